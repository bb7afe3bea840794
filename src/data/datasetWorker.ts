import { checkDatasetBytes, type CheckRequest, type Verdict } from "./datasetSource";

/**
 * Validating 100,000 reports against the contract takes about a second; here it happens
 * off the main thread, beside the main thread's own parse of the same text (see
 * loadDataset.ts). Same schema, same messages as on the main thread.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(verdict: Verdict): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  let verdict: Verdict;
  try {
    verdict = checkDatasetBytes(event.data);
  } catch (error) {
    verdict = { ok: false, error: `${event.data.where}: could not be read (${String(error)})` };
  }
  scope.postMessage(verdict);
};
