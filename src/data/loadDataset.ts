import { readDataset, type DatasetRequest } from "./datasetSource";
import { withOneLayout, type ParseResult } from "./placeReports";

/** The dataset the app opens when the URL names none; relative so sub-path hosting works. */
export const DEFAULT_DATA_URL = "./data/sample.geojson";

export function fetchDataset(url: string): Promise<ParseResult> {
  // A worker resolves relative URLs against its own script, so resolve against the page here.
  const absolute = typeof document === "undefined" ? url : new URL(url, document.baseURI).href;
  return readOffMainThread({ kind: "url", url: absolute, where: url }).then(settle);
}

export function readDatasetFile(file: File): Promise<ParseResult> {
  return readOffMainThread({ kind: "file", file, where: file.name }).then(settle);
}

function settle(result: ParseResult): ParseResult {
  return result.ok ? { ok: true, dataset: { ...result.dataset, placeReports: withOneLayout(result.dataset.placeReports) } } : result;
}

/** One short-lived worker per dataset; where workers do not exist (tests in Node), inline. */
function readOffMainThread(request: DatasetRequest): Promise<ParseResult> {
  if (typeof Worker === "undefined") return readDataset(request);
  const worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  return new Promise<ParseResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<ParseResult>) => resolve(event.data);
    worker.onerror = (event) => resolve({ ok: false, error: `${request.where}: could not be read (${event.message})` });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
