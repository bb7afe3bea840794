import type { PlaceReportCollection } from "../contract/placeReport";
import { datasetSizeProblem, fetchDatasetResponse, parseJsonText, type CheckRequest, type Verdict } from "./datasetSource";
import { datasetFromCheckedJson, type ParseResult } from "./placeReports";

/** The dataset the app opens when the URL names none; relative so sub-path hosting works. */
export const DEFAULT_DATA_URL = "./data/sample.geojson";

/**
 * Up to this size a dataset is parsed and checked on the main thread as it arrives (a few
 * ms): starting a worker would cost more. Larger ones are checked against the contract by
 * a worker, started as soon as the response's headers give the size so it boots while the
 * body downloads, while this thread parses them (see parseBesideWorker).
 */
export const INLINE_PARSE_BYTES = 2 * 1024 * 1024;

// The contract's schemas are not on the page's first load: they are fetched while the first
// dataset downloads, and a small dataset is checked with them once both are in.
const loadChecks = () => import("./checkDataset");

export async function fetchDataset(url: string): Promise<ParseResult> {
  void loadChecks();
  // Resolved against the page, so relative URLs mean the same wherever they are read.
  const absolute = typeof document === "undefined" ? url : new URL(url, document.baseURI).href;
  const fetched = await fetchDatasetResponse(absolute, url);
  if (!fetched.ok) return fetched;
  const declared = Number(fetched.response.headers.get("content-length") ?? Number.NaN);
  // Said before the download, when the server gives the size.
  const tooLarge = datasetSizeProblem(declared, url);
  if (tooLarge) return { ok: false, error: tooLarge };
  const worker = declared <= INLINE_PARSE_BYTES ? null : startWorker();
  return parse(await fetched.response.arrayBuffer(), url, worker);
}

export async function readDatasetBytes(bytes: ArrayBuffer, name: string): Promise<ParseResult> {
  const worker = bytes.byteLength <= INLINE_PARSE_BYTES ? null : startWorker();
  return parse(bytes, name, worker);
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
}

/** Small datasets right here; large ones beside a worker (the one already booting, if any). */
function parse(bytes: ArrayBuffer, where: string, worker: Worker | null): Promise<ParseResult> {
  const tooLarge = datasetSizeProblem(bytes.byteLength, where);
  if (tooLarge) {
    worker?.terminate();
    return Promise.resolve({ ok: false, error: tooLarge });
  }
  if (bytes.byteLength <= INLINE_PARSE_BYTES || typeof Worker === "undefined") {
    worker?.terminate();
    return loadChecks().then(({ parseDatasetBytes }) => parseDatasetBytes(bytes, where));
  }
  return parseBesideWorker(bytes, where, worker ?? startWorker()!);
}

/**
 * The worker checks the text against the contract while this thread parses it: JSON.parse
 * makes the reports faster than a structured clone of the worker's copy could bring them
 * over (for 100,000 reports the clone alone took over a second, most of it blocking this
 * thread), and the two run at once. The reports are built only once the worker accepts.
 */
async function parseBesideWorker(bytes: ArrayBuffer, where: string, worker: Worker): Promise<ParseResult> {
  const text = new TextDecoder().decode(bytes);
  const verdict = checkInWorker(worker, { bytes, where });
  const parsed = parseJsonText(text, where);
  if (!parsed.ok) {
    worker.terminate();
    return parsed;
  }
  const checked = await verdict;
  return checked.ok ? { ok: true, dataset: datasetFromCheckedJson(parsed.json as PlaceReportCollection) } : checked;
}

function checkInWorker(worker: Worker, request: CheckRequest): Promise<Verdict> {
  return new Promise<Verdict>((resolve) => {
    worker.onmessage = (event: MessageEvent<Verdict>) => resolve(event.data);
    worker.onerror = (event) => resolve({ ok: false, error: `${request.where}: could not be read (${event.message})` });
    worker.postMessage(request, [request.bytes]);
  }).finally(() => worker.terminate());
}
