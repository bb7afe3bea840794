import { fetchDatasetResponse, parseDatasetBytes, type DatasetRequest } from "./datasetSource";
import { withOneLayout, type ParseResult } from "./placeReports";

/** The dataset the app opens when the URL names none; relative so sub-path hosting works. */
export const DEFAULT_DATA_URL = "./data/sample.geojson";

/**
 * Up to this size a dataset is parsed on the main thread as it arrives (a few ms):
 * starting a worker would cost more. Larger ones go to a worker, which is started as
 * soon as the response's headers say so and boots while the body downloads.
 */
export const INLINE_PARSE_BYTES = 2 * 1024 * 1024;

export async function fetchDataset(url: string): Promise<ParseResult> {
  // Resolved against the page, so relative URLs mean the same wherever they are read.
  const absolute = typeof document === "undefined" ? url : new URL(url, document.baseURI).href;
  const fetched = await fetchDatasetResponse(absolute, url);
  if (!fetched.ok) return fetched;
  const declared = Number(fetched.response.headers.get("content-length") ?? Number.NaN);
  const worker = declared <= INLINE_PARSE_BYTES ? null : startWorker();
  return parse(await fetched.response.arrayBuffer(), url, worker);
}

export async function readDatasetFile(file: File): Promise<ParseResult> {
  const worker = file.size <= INLINE_PARSE_BYTES ? null : startWorker();
  return parse(await file.arrayBuffer(), file.name, worker);
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
}

/** Small datasets right here; large ones in a worker (the one already booting, if any). */
function parse(bytes: ArrayBuffer, where: string, worker: Worker | null): Promise<ParseResult> {
  if (bytes.byteLength <= INLINE_PARSE_BYTES || typeof Worker === "undefined") {
    worker?.terminate();
    return Promise.resolve(parseDatasetBytes(bytes, where));
  }
  return readInWorker(worker ?? startWorker()!, { kind: "bytes", bytes, where }, [bytes]);
}

/** Parsed here, the reports already share one layout; received from a worker, they are rebuilt in it. */
function readInWorker(worker: Worker, request: DatasetRequest, transfer: Transferable[]): Promise<ParseResult> {
  return new Promise<ParseResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<ParseResult>) => resolve(withReportsInOneLayout(event.data));
    worker.onerror = (event) => resolve({ ok: false, error: `${request.where}: could not be read (${event.message})` });
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}

function withReportsInOneLayout(result: ParseResult): ParseResult {
  return result.ok ? { ok: true, dataset: { ...result.dataset, placeReports: withOneLayout(result.dataset.placeReports) } } : result;
}
