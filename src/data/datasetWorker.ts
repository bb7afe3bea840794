import { compileAcceptor } from "../contract/jsonSchemaCheck";
import { placeReportCollection } from "../contract/placeReport";
import { type CheckRequest, type Verdict } from "./datasetSource";
import { checkDatasetBytes } from "./checkDataset";

/**
 * Validating 100,000 reports against the contract happens here, off the main thread,
 * beside the main thread's own parse of the same text (see loadDataset.ts). Same schema,
 * same messages as on the main thread. The contract is compiled to a validator that only
 * reads (a zod parse copies every report) while the file is still downloading: the worker
 * starts when the response's headers arrive.
 */
const accepts = compileAcceptor(placeReportCollection);

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(verdict: Verdict): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  let verdict: Verdict;
  try {
    verdict = checkDatasetBytes(event.data, accepts);
  } catch (error) {
    verdict = { ok: false, error: `${event.data.where}: could not be read (${String(error)})` };
  }
  scope.postMessage(verdict);
};
