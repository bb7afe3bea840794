import { Worker } from "node:worker_threads";
import type { FromWorker, ToWorker, WorkerTask } from "./worker";

/**
 * A set of benchmark worker threads holding their share of the corpus. Kept alive
 * across runs so each run times only the processing.
 */
export interface WorkerPool {
  /** Starts every worker at once; resolves when the last one finishes. */
  run(): Promise<{ wallMs: number; articles: number; bytes: number; reports: number }>;
  close(): Promise<void>;
}

const WORKER_URL = new URL("./worker.ts", import.meta.url).href;
// Worker threads do not inherit tsx's loader, so each one registers it before importing the TypeScript.
const BOOTSTRAP = `(async () => {
  const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))});
  register();
  await import(${JSON.stringify(WORKER_URL)});
})();`;

export async function startPool(task: WorkerTask, threads: number, paths: readonly string[], files: readonly Uint8Array[]): Promise<WorkerPool> {
  const workers = Array.from({ length: threads }, () => new Worker(BOOTSTRAP, { eval: true, workerData: task }));
  const next = (worker: Worker) =>
    new Promise<FromWorker>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      worker.once("error", onError);
      worker.once("message", (message: FromWorker) => {
        worker.off("error", onError);
        if (message.kind === "failed") reject(new Error(`bench worker (${task}): ${message.message}`));
        else resolve(message);
      });
    });
  await Promise.all(workers.map(next));
  await Promise.all(
    workers.map((worker, w) => {
      const mine = (_: unknown, i: number) => i % threads === w;
      const reply = next(worker);
      worker.postMessage({ kind: "load", paths: paths.filter(mine), files: files.filter(mine) } satisfies ToWorker);
      return reply;
    }),
  );
  return {
    async run() {
      const replies = workers.map(next);
      const started = performance.now();
      workers.forEach((worker) => worker.postMessage({ kind: "go" } satisfies ToWorker));
      const done = await Promise.all(replies);
      const wallMs = performance.now() - started;
      const sum = (key: "articles" | "bytes" | "reports") => done.reduce((n, m) => n + (m.kind === "done" ? m[key] : 0), 0);
      return { wallMs, articles: sum("articles"), bytes: sum("bytes"), reports: sum("reports") };
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
