import { availableParallelism } from "node:os";
import type { Manifest } from "../articles/metadata";
import { ARTICLE_EXTENSIONS } from "../articles/articleBytes";
import type { UnresolvedPlace } from "../contract/placeReport";
import { parseCommandLine, runCommand, UsageError } from "./command";
import { expandInputs } from "./inputs";
import { readJsonlArticles } from "./jsonl";
import { Progress } from "./progress";
import { loadCorrections, unmatchedLines, type LoadedCorrections } from "./readCorrections";
import { readManifest } from "./readManifest";
import { openReportSink, type ReportSink } from "./reportSink";
import type { Outcome } from "../ingest/articleOutcome";
import { sayLine } from "./terminalText";
import { outputProblem, type ReadPath } from "./outputTarget";
import { uniqueId } from "../ingest/sourceIds";
import { underSourceId } from "../ingest/articleCollection";
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
  manifestPath: string | null;
  correctionPaths: string[];
  gazetteers: string[];
  corrections: LoadedCorrections;
  jsonl: boolean;
  workers: number;
  explain: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseCommandLine(argv, {
      out: { type: "string" },
      manifest: { type: "string" },
      gazetteer: { type: "string", multiple: true },
      corrections: { type: "string", multiple: true },
      jsonl: { type: "boolean", default: false },
      workers: { type: "string", default: "1" },
      explain: { type: "boolean", default: false },
  });
  if (positionals.length === 0) throw new UsageError("no input files or folders given");
  if (!values.out) throw new UsageError("--out <file> is required");
  if (!/^\d+$/.test(values.workers)) throw new UsageError(`--workers must be a whole number, got "${values.workers}"`);
  // A number past any machine's threads is not a request anyone means: it stays a count, capped below.
  const workers = Number(values.workers) === 0 ? availableParallelism() : Math.min(Number(values.workers), Number.MAX_SAFE_INTEGER);
  return {
    inputs: positionals,
    out: values.out,
    manifest: values.manifest ? readManifest(values.manifest) : {},
    manifestPath: values.manifest ?? null,
    correctionPaths: values.corrections ?? [],
    gazetteers: values.gazetteer ?? [],
    corrections: loadCorrections(values.corrections ?? []),
    jsonl: values.jsonl,
    // --explain geoparses on one worker thread; --workers is ignored.
    workers: values.explain ? 1 : workers,
    explain: values.explain,
  };
}

const reportGazetteerProblems = (problems: string[]) => {
  for (const problem of problems) sayLine(`gazetteer: ${problem}`);
};

/**
 * Geoparsed articles in input order, on worker threads: only they load the gazetteer; this
 * thread reads inputs, writes the output and stays free for signals, so Ctrl-C stops a run
 * at once, even in the middle of one long article.
 */
async function* outcomes(options: Options, files: string[]): AsyncGenerator<Outcome> {
  const setup = { gazetteers: options.gazetteers, manifest: options.manifest, corrections: options.corrections.corrections, explain: options.explain };
  yield* ingestOnWorkers(jobsOf(options, files), options.workers, setup, reportGazetteerProblems);
}

async function* jobsOf(options: Options, files: string[]): AsyncGenerator<Job> {
  if (!options.jsonl) {
    for (const path of files) yield { path };
    return;
  }
  for await (const item of readJsonlArticles(files)) yield typeof item === "string" ? { rejected: item } : item;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv);
  const inputs = expandInputs(parsed.inputs, parsed.jsonl ? [".jsonl", ".ndjson"] : ARTICLE_EXTENSIONS);
  const { files } = inputs;
  const outProblem = outputProblem(parsed.out, readPaths(parsed, files));
  if (outProblem) throw new UsageError(outProblem);
  const rejected = [...inputs.missing.map((path) => `${path}: no such file or folder`), ...inputs.refused];
  for (const skipped of inputs.skipped) sayLine(`warning: ${skipped}`);
  if (files.length === 0 && rejected.length > 0) {
    // A mistyped path must not replace yesterday's output with an empty one.
    for (const message of rejected) sayLine(`rejected: ${message}`);
    sayLine(`no input could be read; ${parsed.out === "-" ? "nothing written" : `${parsed.out} left as it was`}`);
    return 2;
  }
  const options = { ...parsed, workers: cappedWorkers(parsed, files.length) };
  const unresolved: UnresolvedPlace[] = [];
  const usedIds = new Set<string>();
  const matchedCorrections = new Set<string>();
  let ingested = 0;
  let written = 0;
  const progress = new Progress(options.jsonl ? null : files.length);
  // Ctrl-C on a long run: the output stays as it was, and no temporary file is left beside it.
  // Listening starts before the output is opened, so no signal finds a file without a handler.
  let sink: ReportSink | null = null;
  const interrupted = () => {
    sink?.abandon();
    process.stderr.write("\n");
    sayLine(`interrupted after ${progress.count} articles: ${options.out === "-" ? "output incomplete" : "nothing written"}`);
    process.exit(INTERRUPTED);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  sink = openSink(options);
  const openedSink = sink;
  // Any other way out that can still run code (an uncaught error, process.exit) removes the temporary file.
  process.once("exit", () => openedSink.abandon());
  if (options.out === "-") stopQuietlyWhenStdoutCloses(openedSink);
  const signals = new SignalWindow();
  try {
    for await (const outcome of outcomes(options, files)) {
      // Outcomes the workers already sent are taken without the event loop turning; a pending signal is let in between them.
      await signals.letIn();
      progress.tick();
      if ("rejected" in outcome) {
        rejected.push(outcome.rejected);
        continue;
      }
      ingested++;
      const { article } = outcome;
      // Two inputs with one file name still get distinct source ids.
      const id = uniqueId(article.id, usedIds);
      for (const warning of article.warnings) sayLine(`warning: ${warning}`);
      if (article.explanations) {
        sayLine(`explain: ${article.path}`);
        for (const line of article.explanations) sayLine(`  ${line}`);
      }
      const output = underSourceId(article, id);
      for (const json of output.reports) {
        sink.add(json);
        written++;
      }
      for (const u of output.unresolved) unresolved.push(u);
      for (const id of article.corrections) matchedCorrections.add(id);
    }
    progress.done();
    // A signal that came during the last article stops the run before the output is replaced.
    await signals.letIn(true);
    if (ingested === 0 && rejected.length > 0 && options.out !== "-") {
      sink.abandon();
      for (const message of rejected) sayLine(`rejected: ${message}`);
      sayLine(`no article could be read; ${options.out} left as it was`);
      return 1;
    }
    sink.finish(unresolved);
  } catch (error) {
    sink.abandon();
    throw error;
  }
  // Written: a signal from here on stops a run whose output is complete.
  process.off("SIGINT", interrupted);
  process.off("SIGTERM", interrupted);

  for (const u of unresolved) sayLine(`unresolved: ${u.source_path}: "${u.mention}" in: ${u.sentence}`);
  for (const message of rejected) sayLine(`rejected: ${message}`);
  const { corrections, fileOf } = options.corrections;
  if (corrections.length > 0) {
    const { lines, elsewhere } = unmatchedLines(corrections, matchedCorrections, usedIds, fileOf);
    for (const line of lines) sayLine(`unmatched: ${line}`);
    process.stderr.write(`${corrections.length} corrections: ${matchedCorrections.size} applied, ${lines.length} unmatched${elsewhere > 0 ? `, ${elsewhere} about articles not in this run` : ""}\n`);
  }
  sayLine(`${written} place reports from ${ingested} articles; ${unresolved.length} unresolved; ${rejected.length} rejected`);
  return rejected.length > 0 ? 1 : 0;
}

/** What the run reads, which `--out` must not name. */
function readPaths(options: Options, files: readonly string[]): ReadPath[] {
  return [
    ...options.inputs.filter((path) => path !== "-").map((path) => ({ path, role: "an input" })),
    ...files.filter((path) => path !== "-").map((path) => ({ path, role: "an input" })),
    ...(options.manifestPath ? [{ path: options.manifestPath, role: "the manifest" }] : []),
    ...options.gazetteers.map((path) => ({ path, role: "a gazetteer" })),
    ...options.correctionPaths.map((path) => ({ path, role: "a corrections file" })),
  ];
}

/** Threads beyond the cores only compete, and beyond the files have nothing to do: said when capped. */
function cappedWorkers(options: Options, fileCount: number): number {
  const cores = availableParallelism();
  const cap = options.jsonl ? cores : Math.max(1, Math.min(cores, fileCount));
  if (options.workers <= cap) return options.workers;
  sayLine(`note: --workers ${options.workers} capped at ${cap} (${cap === cores ? `${cores} cores` : `${fileCount} input files`})`);
  return cap;
}

/**
 * `--out -` into a reader that stops early (\`| head\`): the pipe closes, and the run ends
 * quietly, as other command-line tools do, instead of with a stack trace.
 */
function stopQuietlyWhenStdoutCloses(sink: ReportSink): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    sink.abandon();
    process.exit(0);
  });
}

/**
 * Lets pending signals in: Node runs signal handlers only when the event loop turns, and
 * taking outcomes the workers have already sent never lets it. Turning it costs little,
 * but not nothing, so it turns at most every few milliseconds unless asked to now.
 */
class SignalWindow {
  private lastMs = performance.now();

  async letIn(now = false): Promise<void> {
    if (!now && performance.now() - this.lastMs < 20) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastMs = performance.now();
  }
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
