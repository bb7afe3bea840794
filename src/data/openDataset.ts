import { datasetSizeProblem } from "./datasetSource";
import { DEFAULT_DATA_URL, fetchDataset, readDatasetBytes } from "./loadDataset";
import { forgetOpenedDataset, keepOpenedDataset, keptDataset } from "./persistDataset";
import type { ParseResult, PlaceReportDataset } from "./placeReports";

/** Where an opened dataset goes: the store's two dataset actions (the store imports data/, not the other way). */
export interface DatasetTarget {
  getState(): {
    loadDataset(dataset: PlaceReportDataset, source: { url: string | null; name: string }): void;
    setLoadError(message: string | null): void;
  };
}

/** Loads a dataset into the store; on failure the current map stays and the error is shown. */
export async function openDatasetUrl(store: DatasetTarget, dataUrl: string | null): Promise<boolean> {
  const result = await fetchDataset(dataUrl ?? DEFAULT_DATA_URL);
  return apply(store, result, { url: dataUrl, name: dataUrl ?? "sample corpus" });
}

/** A picked or dropped file; once it opens, it is kept for the next visit. */
export async function openDatasetFile(store: DatasetTarget, file: File): Promise<boolean> {
  // Said before the file is read into memory.
  const tooLarge = datasetSizeProblem(file.size, file.name);
  if (tooLarge) return apply(store, { ok: false, error: tooLarge }, { url: null, name: file.name });
  const bytes = await file.arrayBuffer();
  // The parse may hand the bytes to a worker (transferred): keep a copy first.
  const copy = bytes.slice(0);
  const result = await readDatasetBytes(bytes, file.name);
  // Kept before it shows, so a reload right after opening finds it.
  if (result.ok) await keepOpenedDataset({ name: file.name, bytes: copy });
  return apply(store, result, { url: null, name: file.name });
}

/** At start-up without `?data=`: the dataset opened on the last visit, if one was kept. */
export async function openKeptDataset(store: DatasetTarget): Promise<boolean> {
  const kept = await keptDataset();
  if (!kept) return false;
  const opened = apply(store, await readDatasetBytes(kept.bytes, kept.name), { url: null, name: kept.name });
  if (!opened) await forgetOpenedDataset();
  return opened;
}

/** Back to the sample corpus; the kept file is forgotten. */
export async function openSample(store: DatasetTarget): Promise<boolean> {
  await forgetOpenedDataset();
  return openDatasetUrl(store, null);
}

function apply(store: DatasetTarget, result: ParseResult, source: { url: string | null; name: string }): boolean {
  if (!result.ok) {
    store.getState().setLoadError(result.error);
    return false;
  }
  store.getState().loadDataset(result.dataset, source);
  return true;
}
