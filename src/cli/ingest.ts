import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { Manifest } from "../articles/metadata";
import { ARTICLE_EXTENSIONS } from "../articles/readArticle";
import type { PlaceReport, UnresolvedPlace } from "../contract/placeReport";
import { runCommand, UsageError } from "./command";
import { loadGeoparseContext } from "./context";
import { expandInputs } from "./inputs";
import { readJsonlArticles } from "./jsonl";
import { Progress } from "./progress";
import { readArticleFile } from "./readArticleFile";
import { loadCorrections, unmatchedLines, type LoadedCorrections } from "./readCorrections";
import { readManifest } from "./readManifest";
import { ingestArticle, openReportSink, reportJson, type OutputArticle, type ReportSink } from "./reportSink";
import { uniqueId, withSourceId } from "./sourceIds";
import { ingestOnWorkers, type Job } from "./workerPool";

const USAGE = `usage: npm run ingest -- <files or folders...> --out <file.geojson> [--manifest <file.json>] [--gazetteer <path>]... [--corrections <path>]... [--jsonl] [--workers N] [--explain]
  --out        output GeoJSON FeatureCollection, or with --jsonl one feature per line; '-' for stdout
  --manifest   metadata (title, outlet, url, published, language) for files without front matter, keyed by file name
  --gazetteer  a GeoNames dump (RU.txt), a folder of dumps, or a gazetteer JSON, added to the default; repeatable
  --corrections  an editors' corrections file (from the map's review mode) or a folder of them; repeatable
  --jsonl      inputs are JSONL articles (one {"text", "title", "published", ...} per line; '-' for stdin)
  --workers    worker threads (default 1; 0 = one per core); files and JSONL alike
  --explain    print on stderr, per place report, the rules that decided its role, dates and each quote's claimant (one thread)
exit status: 0 all ingested, 1 some inputs rejected (the rest written), 2 bad usage (nothing written), 130 interrupted (nothing written)`;

// The shell's code for a run stopped by a signal it sent (128 + SIGINT).
const INTERRUPTED = 130;

interface Options {
  inputs: string[];
  out: string;
  manifest: Manifest;
  gazetteers: string[];
  corrections: LoadedCorrections;
  jsonl: boolean;
  workers: number;
  explain: boolean;
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        manifest: { type: "string" },
        gazetteer: { type: "string", multiple: true },
        corrections: { type: "string", multiple: true },
        jsonl: { type: "boolean", default: false },
        workers: { type: "string", default: "1" },
        explain: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError("");
  if (positionals.length === 0) throw new UsageError("no input files or folders given");
  if (!values.out) throw new UsageError("--out <file> is required");
  if (!/^\d+$/.test(values.workers)) throw new UsageError(`--workers must be a whole number, got "${values.workers}"`);
  const workers = Number(values.workers) === 0 ? availableParallelism() : Number(values.workers);
  return {
    inputs: positionals,
    out: values.out,
    manifest: values.manifest ? readManifest(values.manifest) : {},
    gazetteers: values.gazetteer ?? [],
    corrections: loadCorrections(values.corrections ?? []),
    jsonl: values.jsonl,
    // The explanations are written where the article is geoparsed: on this thread.
    workers: values.explain ? 1 : workers,
    explain: values.explain,
  };
}

type Outcome = { rejected: string } | { article: OutputArticle };

const reportGazetteerProblems = (problems: string[]) => {
  for (const problem of problems) process.stderr.write(`gazetteer: ${problem}\n`);
};

/**
 * Geoparsed articles in input order: on worker threads, or on this thread. With workers,
 * only they load the gazetteer; this thread reads inputs and writes the output.
 */
async function* outcomes(options: Options, files: string[]): AsyncGenerator<Outcome> {
  if (options.workers > 1 && (options.jsonl || files.length > 1)) {
    const setup = { gazetteers: options.gazetteers, manifest: options.manifest, corrections: options.corrections.corrections };
    yield* ingestOnWorkers(jobsOf(options, files), options.workers, setup, reportGazetteerProblems);
    return;
  }
  const loaded = await loadGeoparseContext(options.gazetteers, options.corrections.corrections);
  reportGazetteerProblems(loaded.gazetteerProblems);
  // Read one file at a time: an archive never has to fit in memory.
  const items = options.jsonl ? readJsonlArticles(files) : (function* () {
    for (const path of files) yield readArticleFile(path, options.manifest);
  })();
  for await (const item of items) {
    yield typeof item === "string" ? { rejected: item } : { article: ingestArticle(item, loaded, options.explain) };
  }
}

async function* jobsOf(options: Options, files: string[]): AsyncGenerator<Job> {
  if (!options.jsonl) {
    for (const path of files) yield { path };
    return;
  }
  for await (const item of readJsonlArticles(files)) yield typeof item === "string" ? { rejected: item } : { article: item };
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const rejected: string[] = [];
  const unresolved: UnresolvedPlace[] = [];
  const usedIds = new Set<string>();
  const matchedCorrections = new Set<string>();
  let ingested = 0;
  let written = 0;
  const { files, missing } = expandInputs(options.inputs, options.jsonl ? [".jsonl", ".ndjson"] : ARTICLE_EXTENSIONS);
  for (const path of missing) rejected.push(`${path}: no such file or folder`);
  const progress = new Progress(options.jsonl ? null : files.length);
  // Ctrl-C on a long run: the output stays as it was, and no temporary file is left beside it.
  // Listening starts before the output is opened, so no signal finds a file without a handler.
  let sink: ReportSink | null = null;
  const interrupted = () => {
    sink?.abandon();
    process.stderr.write(`\ninterrupted after ${progress.count} articles: ${options.out === "-" ? "output incomplete" : "nothing written"}\n`);
    process.exit(INTERRUPTED);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  sink = openSink(options);
  try {
    for await (const outcome of outcomes(options, files)) {
      // Files read and geoparsed on this thread never wait for the event loop; let signals in now and then.
      if (progress.count % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
      progress.tick();
      if ("rejected" in outcome) {
        rejected.push(outcome.rejected);
        continue;
      }
      ingested++;
      const { article } = outcome;
      // Two inputs with one file name still get distinct source ids.
      const id = uniqueId(article.id, usedIds);
      for (const warning of article.warnings) process.stderr.write(`warning: ${warning}\n`);
      if (article.explanations) process.stderr.write(`explain: ${article.path}\n${article.explanations.map((line) => `  ${line}\n`).join("")}`);
      for (const json of article.reports) {
        sink.add(id === article.id ? json : reportJson(withSourceId(JSON.parse(json) as PlaceReport, id)));
        written++;
      }
      unresolved.push(...article.unresolved);
      for (const id of article.corrections) matchedCorrections.add(id);
    }
    progress.done();
    sink.finish(unresolved);
  } catch (error) {
    sink.abandon();
    throw error;
  }
  // Written: a signal from here on stops a run whose output is complete.
  process.off("SIGINT", interrupted);
  process.off("SIGTERM", interrupted);

  for (const u of unresolved) process.stderr.write(`unresolved: ${u.source_path}: "${u.mention}" in: ${u.sentence}\n`);
  for (const message of rejected) process.stderr.write(`rejected: ${message}\n`);
  const { corrections, fileOf } = options.corrections;
  if (corrections.length > 0) {
    const { lines, elsewhere } = unmatchedLines(corrections, matchedCorrections, usedIds, fileOf);
    for (const line of lines) process.stderr.write(`unmatched: ${line}\n`);
    process.stderr.write(`${corrections.length} corrections: ${matchedCorrections.size} applied, ${lines.length} unmatched${elsewhere > 0 ? `, ${elsewhere} about articles not in this run` : ""}\n`);
  }
  process.stderr.write(`${written} place reports from ${ingested} articles; ${unresolved.length} unresolved; ${rejected.length} rejected\n`);
  return rejected.length > 0 ? 1 : 0;
}

/** The output, opened before any work so a folder that cannot take it is said at once. */
function openSink(options: Options): ReportSink {
  try {
    return openReportSink(options.out, options.jsonl);
  } catch (error) {
    // The system's message names the temporary file; the user named the output.
    throw new UsageError(`--out ${options.out}: cannot create the file there (${(error as Error).message.replace(/, open '.*'$/, "")})`);
  }
}

runCommand(main, USAGE);
