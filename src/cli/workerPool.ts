import { Worker } from "node:worker_threads";
import type { Manifest } from "../articles/metadata";
import type { Correction } from "../contract/corrections";
import type { Article } from "../pipeline/geoparse";
import type { OutputArticle } from "../ingest/ingestArticle";

/** A file to read, an article already read (a JSONL line), or an input already rejected. */
export type Job = { path: string } | { article: Article; where: string } | { rejected: string };

export type WorkerOutcome = { index: number; rejected: string } | { index: number; article: OutputArticle };

/**
 * Geoparses jobs on `threads` worker threads and yields outcomes in input order, so
 * the output is the same whatever the thread count. Jobs are pulled as workers free
 * up, so a stream (JSONL on stdin) is never read ahead more than a few articles.
 */
export async function* ingestOnWorkers(
  jobs: Iterable<Job> | AsyncIterable<Job>,
  threads: number,
  setup: WorkerSetup,
  /** Told once, when the workers are ready, of bad gazetteer rows (every worker reads the same files). */
  onGazetteerProblems: (problems: string[]) => void = () => {},
): AsyncGenerator<WorkerOutcome> {
  const source = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]();
  const started = await Promise.all(Array.from({ length: threads }, () => startWorker(setup)));
  onGazetteerProblems(started[0]?.gazetteerProblems ?? []);
  const workers = started.map((s) => s.worker);
  const done = new Map<number, WorkerOutcome>();
  let sent = 0;
  let nextToYield = 0;
  let exhausted = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => wake?.();

  const feed = async (worker: Worker): Promise<void> => {
    while (!exhausted) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        notify();
        return;
      }
      const index = sent++;
      if ("rejected" in next.value) {
        done.set(index, { index, rejected: next.value.rejected });
        notify();
        continue; // nothing for the worker: take the next job
      }
      worker.postMessage({ index, ...next.value });
      return;
    }
  };
  for (const worker of workers) {
    worker.on("message", (outcome: WorkerOutcome) => {
      done.set(outcome.index, outcome);
      notify();
      void feed(worker);
    });
    worker.on("error", (error) => {
      failure = error;
      notify();
    });
  }
  // Two jobs in flight per worker hide the message round trip.
  for (const worker of workers) {
    await feed(worker);
    await feed(worker);
  }
  try {
    while (!exhausted || nextToYield < sent) {
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

interface WorkerSetup {
  gazetteers: string[];
  manifest: Manifest;
  corrections: Correction[];
  /** Each report's rules, for `--explain`. */
  explain: boolean;
}

function startWorker(setup: WorkerSetup): Promise<{ worker: Worker; gazetteerProblems: string[] }> {
  // Built (npm run ingest), the worker is plain JS beside this file; run from source
  // through tsx, its entry registers the TypeScript loader first.
  const entry = import.meta.url.endsWith(".ts") ? "./workerEntry.mjs" : "./ingestWorker.mjs";
  const worker = new Worker(new URL(entry, import.meta.url), { workerData: setup });
  return new Promise((resolve, reject) => {
    worker.once("message", (ready: { gazetteerProblems: string[] }) => resolve({ worker, gazetteerProblems: ready.gazetteerProblems }));
    worker.once("error", reject);
  });
}
