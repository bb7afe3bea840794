import type { IncursionStore } from "../store/store";
import { DEFAULT_DATA_URL, fetchDataset, readDatasetFile } from "./loadDataset";
import type { ParseResult } from "./placeReports";

/** Loads a dataset into the store; on failure the current map stays and the error is shown. */
export async function openDatasetUrl(store: IncursionStore, dataUrl: string | null): Promise<boolean> {
  const result = await fetchDataset(dataUrl ?? DEFAULT_DATA_URL);
  return apply(store, result, { url: dataUrl, name: dataUrl ?? "sample corpus" });
}

export async function openDatasetFile(store: IncursionStore, file: File): Promise<boolean> {
  return apply(store, await readDatasetFile(file), { url: null, name: file.name });
}

function apply(store: IncursionStore, result: ParseResult, source: { url: string | null; name: string }): boolean {
  if (!result.ok) {
    store.getState().setLoadError(result.error);
    return false;
  }
  store.getState().loadDataset(result.dataset, source);
  return true;
}
