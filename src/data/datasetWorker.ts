import { readDataset, type DatasetRequest } from "./datasetSource";
import type { ParseResult } from "./placeReports";

/**
 * Fetching, parsing and validating 100,000 reports takes seconds; here it happens off the
 * main thread, so the basemap draws and the controls answer meanwhile. Same schema, same
 * messages as on the main thread.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DatasetRequest>) => void) | null;
  postMessage(result: ParseResult): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void readDataset(event.data)
    .catch((error: unknown): ParseResult => ({ ok: false, error: `${event.data.where}: could not be read (${String(error)})` }))
    .then((result) => scope.postMessage(result));
};
