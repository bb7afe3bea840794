import { parentPort, workerData } from "node:worker_threads";
import { parseArticleFile } from "../../src/cli/readArticleFile";
import { loadGeoparseContext } from "../../src/cli/context";
import { geoparseArticle, type GeoparseContext } from "../../src/pipeline/geoparse";

/**
 * One benchmark worker thread. It loads what it needs before saying "ready", takes
 * its share of the articles, then processes them only when told "go", so the
 * timing covers the work and not the start-up or the copying of input.
 */

export type WorkerTask = "ingest" | "bare-whitespace" | "bare-unicode";
export type ToWorker = { kind: "load"; paths: string[]; files: Uint8Array[] } | { kind: "go" };
export type FromWorker =
  | { kind: "ready" }
  | { kind: "done"; articles: number; bytes: number; reports: number; words: number; ms: number }
  | { kind: "failed"; message: string };

const port = parentPort;
if (port === null) throw new Error("bench/ingest/worker.ts: expected to run in a worker thread");
const task = workerData as WorkerTask;

const context: GeoparseContext | null = task === "ingest" ? (await loadGeoparseContext()).context : null;
let paths: string[] = [];
let files: Uint8Array[] = [];
const decoder = new TextDecoder("utf-8");
const UNICODE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

port.on("message", (message: ToWorker) => {
  try {
    if (message.kind === "load") {
      ({ paths, files } = message);
      port.postMessage({ kind: "ready" } satisfies FromWorker);
      return;
    }
    const started = performance.now();
    let reports = 0;
    let words = 0;
    let bytes = 0;
    files.forEach((file, i) => {
      bytes += file.length;
      if (context !== null) {
        const result = geoparseArticle(parseArticleFile(paths[i]!, file, undefined), context);
        // Serialising is part of ingest: every report is written out as JSON.
        reports += result.reports.length;
        words += JSON.stringify(result.reports).length;
      } else if (task === "bare-whitespace") {
        words += decoder.decode(file).split(/\s+/).length;
      } else {
        words += decoder.decode(file).match(UNICODE_WORD)?.length ?? 0;
      }
    });
    const ms = performance.now() - started;
    port.postMessage({ kind: "done", articles: files.length, bytes, reports, words, ms } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ kind: "failed", message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies FromWorker);
  }
});
port.postMessage({ kind: "ready" } satisfies FromWorker);
