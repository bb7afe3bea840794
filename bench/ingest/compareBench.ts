import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArticleFile } from "../../src/cli/readArticleFile";
import { loadGeoparseContext } from "../../src/cli/context";
import { loadDefaultGazetteerWithAdmin } from "../../src/cli/loadGazetteer";
import { geoparseArticle, type Article, type GeoparseContext, type GeoparseResult } from "../../src/pipeline/geoparse";
import { generateCorpus } from "../corpus/generate";
import { median } from "../stats";

/**
 * `npm run bench -- --compare <git ref>`: the pipeline of a commit against the working
 * tree, in one process, on the same articles. Shared machines drift by tens of percent
 * within minutes, so whole runs cannot resolve a 5 % change; here the two alternate every
 * few articles, in alternating order, and only their ratio is kept. `--compare HEAD` on a
 * clean tree measures the noise floor: changes inside its spread are not changes.
 */
export interface CompareOptions {
  ref: string;
  articles: number;
  runs: number;
  seed: number;
}

export interface CompareResult {
  ref: string;
  commit: string;
  articles: number;
  runs: number;
  /** Time of the ref's pipeline over the working tree's, per run: above 1, the working tree is faster. */
  speedups: number[];
  medianSpeedup: number;
  /** Articles whose place reports (as JSON) differ between the two. */
  differingArticles: number;
}

type Geoparse = (article: Article, context: GeoparseContext) => GeoparseResult;
// Small enough that both sides see the same state of a shared machine, large enough to time.
const BATCH = 25;

export async function runCompareBench(options: CompareOptions, log: (line: string) => void): Promise<CompareResult> {
  const commit = resolveCommit(options.ref);
  const folder = resolve("bench/out", `compare-${commit.slice(0, 12)}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  try {
    // The ref's sources sit inside the repo so they resolve the same node_modules.
    execFileSync("sh", ["-c", `git archive ${commit} src | tar -x -C "${folder}"`]);
    const then = (await import(pathToFileURL(join(folder, "src/pipeline/geoparse.ts")).href)) as { geoparseArticle: Geoparse };
    // Both sides read the working tree's gazetteer, index and border: the comparison is of the pipeline.
    const { context } = await loadGeoparseContext();
    const { entries } = loadDefaultGazetteerWithAdmin();
    const encoder = new TextEncoder();
    const articles = generateCorpus(entries, { seed: options.seed, articles: options.articles }).map((a) =>
      parseArticleFile(a.path, encoder.encode(a.text), undefined),
    );
    // Checking that both give the same reports is also the untimed pass that warms both up.
    const differingArticles = articles.filter((article) => {
      let before: string;
      try {
        before = JSON.stringify(then.geoparseArticle(article, context).reports);
      } catch (error) {
        throw new Error(`--compare ${options.ref}: its pipeline fails on the working tree's context (${(error as Error).message})`);
      }
      return before !== JSON.stringify(geoparseArticle(article, context).reports);
    }).length;
    const speedups: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      speedups.push(pairedRun(articles, context, then.geoparseArticle, geoparseArticle, run));
      log(`compare: run ${run + 1}/${options.runs}: ${speedups[run]!.toFixed(3)}`);
    }
    if (serialisedCharacters === 0) throw new Error("--compare: no reports were produced");
    return { ref: options.ref, commit, articles: articles.length, runs: options.runs, speedups, medianSpeedup: median(speedups), differingArticles };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function resolveCommit(ref: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`--compare: ${JSON.stringify(ref)} is not a commit of this repository`);
  }
}

/** One pass over the articles, batch by batch, each batch timed on both sides; returns then ÷ now. */
function pairedRun(articles: Article[], context: GeoparseContext, then: Geoparse, now: Geoparse, run: number): number {
  let thenMs = 0;
  let nowMs = 0;
  for (let from = 0; from < articles.length; from += BATCH) {
    const batch = articles.slice(from, from + BATCH);
    const thenFirst = (from / BATCH + run) % 2 === 0;
    if (thenFirst) thenMs += timeBatch(batch, context, then);
    nowMs += timeBatch(batch, context, now);
    if (!thenFirst) thenMs += timeBatch(batch, context, then);
  }
  return thenMs / nowMs;
}

// Every serialised report is counted here, so no work can be optimised away.
let serialisedCharacters = 0;

function timeBatch(batch: Article[], context: GeoparseContext, geoparse: Geoparse): number {
  const started = performance.now();
  // Serialising is part of ingest, as in the throughput benchmark.
  for (const article of batch) serialisedCharacters += JSON.stringify(geoparse(article, context).reports).length;
  return performance.now() - started;
}
