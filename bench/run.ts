import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { parseBenchArgs, type BenchArgs } from "./args";
import { runBrowserBench, type BrowserResult } from "./browser/browserBench";
import { runCompareBench } from "./ingest/compareBench";
import { runIngestBench, type IngestResult } from "./ingest/ingestBench";
import { browserTable, compareLine, ingestTable } from "./report";

/**
 * `npm run bench`: ingest throughput and browser responsiveness, printed as Markdown
 * tables and written as JSON to bench/out/ for comparison between commits.
 */

async function main(argv: readonly string[]): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run bench -- [--only ingest|browser] [--articles N] [--runs K] [--reports N] [--scrubs N] [--no-build]\n       npm run bench -- --compare <git ref> [--articles N] [--runs K]`);
    return 2;
  }
  const log = (line: string) => console.error(line);
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  if (args.compare !== null) {
    const compare = await runCompareBench({ ref: args.compare, articles: args.articles, runs: Math.max(args.runs, 9), seed: 20240806 }, log);
    console.log(`Machine: ${machine}\n\n${compareLine(compare)}`);
    return writeResults({ machine, args, compare }, log);
  }
  let ingest: IngestResult | null = null;
  let browser: BrowserResult | null = null;
  if (args.only !== "browser") ingest = await runIngestBench({ articles: args.articles, runs: args.runs, seed: 20240806 }, log);
  if (args.only !== "ingest") {
    browser = await runBrowserBench(
      { reports: args.reports, runs: Math.min(args.runs, 2), scrubs: args.scrubs, scrubBudgetMs: 40_000, playMs: 5000, build: args.build }, log);
  }
  const tables = [ingest && ingestTable(ingest), browser && browserTable(browser)].filter(Boolean);
  console.log(`Machine: ${machine}\n\n${tables.join("\n\n")}`);
  return writeResults({ machine, args, ingest, browser }, log);
}

async function writeResults(results: object, log: (line: string) => void): Promise<number> {
  await mkdir("bench/out", { recursive: true });
  const file = `bench/out/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await writeFile(file, JSON.stringify(results, null, 2));
  log(`results: ${file}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
