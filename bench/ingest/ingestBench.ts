import { availableParallelism } from "node:os";
import { loadGeoparseContext } from "../../src/cli/context";
import { loadDefaultGazetteerWithAdmin, loadDefaultNameKeys } from "../../src/cli/loadGazetteer";
import { buildNameIndex, defaultFuzzyPool } from "../../src/pipeline/nameIndex";
import { generateCorpus } from "../corpus/generate";
import { median } from "../stats";
import { runCliBench, type CliRun } from "./cliBench";
import { startPool, type WorkerPool } from "./pool";
import type { WorkerTask } from "./worker";

/**
 * Ingest throughput on a synthetic corpus for 1, 2 and all cores, beside a bare
 * word-splitting pass over the same bytes in the same run: the ratio between the
 * two is what the project holds, since absolute figures drift on shared machines.
 */

export interface IngestOptions {
  articles: number;
  runs: number;
  seed: number;
}

interface Throughput {
  articlesPerS: number;
  mbPerS: number;
}

export interface IngestResult {
  articles: number;
  corpusMb: number;
  meanArticleKb: number;
  reportsPerRun: number;
  /** Median ms to read data/build/gazetteer.json into entries. */
  gazetteerLoadMs: number;
  /** Median ms to read the name keys the data build stored for them (data/build/name-keys.json). */
  nameKeysLoadMs: number;
  /** Median ms to build the name index from the entries and their keys. */
  nameIndexMs: number;
  /** The three above, the first time in this process (cold, as a CLI start sees them). */
  firstIndexLoadMs: number;
  /** Median ms for everything geoparsing needs (gazetteer, index, border, campaigns). */
  contextLoadMs: number;
  ingest: Record<string, Throughput>;
  bareWhitespace: Throughput;
  bareUnicodeWords: Throughput;
  /** Ingest on one core divided by each bare pass on one core. */
  ratioToWhitespace: number;
  ratioToUnicodeWords: number;
  peakRssMb: number;
  cores: number;
  /** The bundled CLI end to end on the same articles as files, per thread count. */
  cli: CliRun[];
}

export async function runIngestBench(options: IngestOptions, log: (line: string) => void): Promise<IngestResult> {
  const loads = timeLoads(5);
  const contextLoadMs = median(await timeRepeatedly(3, () => loadGeoparseContext()));
  log(`ingest: gazetteer ${loads.gazetteerLoadMs.toFixed(0)} ms, name keys ${loads.nameKeysLoadMs.toFixed(0)} ms, name index ${loads.nameIndexMs.toFixed(0)} ms (first ${loads.firstIndexLoadMs.toFixed(0)} ms), context ${contextLoadMs.toFixed(0)} ms`);

  const { entries } = loadDefaultGazetteerWithAdmin();
  const corpus = generateCorpus(entries, { seed: options.seed, articles: options.articles });
  const encoder = new TextEncoder();
  const files = corpus.map((article) => encoder.encode(article.text));
  const paths = corpus.map((article) => article.path);
  const totalBytes = files.reduce((n, file) => n + file.length, 0);

  const cores = availableParallelism();
  const threadCounts = [...new Set([1, 2, cores])].sort((a, b) => a - b);
  const pools: [string, WorkerPool][] = [];
  const start = async (label: string, task: WorkerTask, threads: number) => {
    pools.push([label, await startPool(task, threads, paths, files)]);
  };
  const samples = new Map<string, Throughput[]>();
  let reportsPerRun = 0;
  try {
    await start("bare-whitespace", "bare-whitespace", 1);
    await start("bare-unicode", "bare-unicode", 1);
    for (const threads of threadCounts) await start(`ingest-${threads}`, "ingest", threads);
    // One untimed pass first, so every figure is for JIT-compiled code.
    for (const [, pool] of pools) await pool.run();
    for (let run = 0; run < options.runs; run++) {
      // Interleaved, so drift on a shared machine hits bare and ingest alike.
      for (const [label, pool] of pools) {
        const result = await pool.run();
        if (label.startsWith("ingest")) reportsPerRun = result.reports;
        const sample = { articlesPerS: (result.articles / result.wallMs) * 1000, mbPerS: result.bytes / 1e6 / (result.wallMs / 1000) };
        samples.set(label, [...(samples.get(label) ?? []), sample]);
      }
      log(`ingest: run ${run + 1}/${options.runs} done`);
    }
  } finally {
    await Promise.all(pools.map(([, pool]) => pool.close()));
  }
  const medianOf = (label: string): Throughput => {
    const runs = samples.get(label) ?? [];
    return { articlesPerS: median(runs.map((s) => s.articlesPerS)), mbPerS: median(runs.map((s) => s.mbPerS)) };
  };
  log("ingest: the CLI end to end");
  const cli = runCliBench(corpus.map((article) => article.text), threadCounts, Math.min(options.runs, 3));
  const ingest = Object.fromEntries(threadCounts.map((threads) => [String(threads), medianOf(`ingest-${threads}`)]));
  const bareWhitespace = medianOf("bare-whitespace");
  const bareUnicodeWords = medianOf("bare-unicode");
  const oneCore = ingest["1"]!;
  return {
    articles: options.articles,
    corpusMb: totalBytes / 1e6,
    meanArticleKb: totalBytes / options.articles / 1000,
    reportsPerRun,
    ...loads,
    contextLoadMs,
    ingest,
    bareWhitespace,
    bareUnicodeWords,
    ratioToWhitespace: oneCore.mbPerS / bareWhitespace.mbPerS,
    ratioToUnicodeWords: oneCore.mbPerS / bareUnicodeWords.mbPerS,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    cores,
    cli,
  };
}

function timeLoads(times: number): Pick<IngestResult, "gazetteerLoadMs" | "nameKeysLoadMs" | "nameIndexMs" | "firstIndexLoadMs"> {
  const gazetteer: number[] = [];
  const keys: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const loaded = loadDefaultGazetteerWithAdmin();
    const gazetteerDone = performance.now();
    const stored = loadDefaultNameKeys(loaded);
    if ("refused" in stored) throw new Error(`bench: ${stored.refused}; run \`npm run build:data\``);
    const keysDone = performance.now();
    buildNameIndex(loaded.entries, defaultFuzzyPool, (_entry, position) => stored.keys[position]!);
    gazetteer.push(gazetteerDone - started);
    keys.push(keysDone - gazetteerDone);
    index.push(performance.now() - keysDone);
  }
  return {
    gazetteerLoadMs: median(gazetteer),
    nameKeysLoadMs: median(keys),
    nameIndexMs: median(index),
    firstIndexLoadMs: gazetteer[0]! + keys[0]! + index[0]!,
  };
}

async function timeRepeatedly(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    out.push(performance.now() - started);
  }
  return out;
}
