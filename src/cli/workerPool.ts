import { Worker } from "node:worker_threads";
import type { Manifest } from "../articles/metadata";
import type { GeoparseResult } from "../pipeline/geoparse";

export type WorkerOutcome = { index: number; rejected: string } | { index: number; article: { id: string; path: string }; result: GeoparseResult };

/**
 * Geoparses files on `threads` worker threads and yields outcomes in input order,
 * so the output is the same whatever the thread count.
 */
export async function* ingestOnWorkers(files: string[], threads: number, setup: { gazetteers: string[]; manifest: Manifest }): AsyncGenerator<WorkerOutcome> {
  const workers = await Promise.all(Array.from({ length: Math.min(threads, Math.max(files.length, 1)) }, () => startWorker(setup)));
  const done = new Map<number, WorkerOutcome>();
  let nextToSend = 0;
  let nextToYield = 0;
  let wake: (() => void) | null = null;
  const send = (worker: Worker) => {
    if (nextToSend < files.length) worker.postMessage({ index: nextToSend, path: files[nextToSend++] });
  };
  let failure: unknown = null;
  for (const worker of workers) {
    worker.on("message", (outcome: WorkerOutcome) => {
      done.set(outcome.index, outcome);
      send(worker);
      wake?.();
    });
    worker.on("error", (error) => {
      failure = error;
      wake?.();
    });
    // Two jobs in flight per worker hide the message round trip.
    send(worker);
    send(worker);
  }
  try {
    while (nextToYield < files.length) {
      const outcome = done.get(nextToYield);
      if (outcome) {
        done.delete(nextToYield++);
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function startWorker(setup: { gazetteers: string[]; manifest: Manifest }): Promise<Worker> {
  // Run from source (npm run ingest goes through tsx), the worker registers the TypeScript loader itself.
  const worker = new Worker(new URL("./workerEntry.mjs", import.meta.url), { workerData: setup });
  return new Promise((resolve, reject) => {
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  });
}
