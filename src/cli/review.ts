import { statSync } from "node:fs";
import type { Manifest } from "../articles/metadata";
import { ARTICLE_EXTENSIONS } from "../articles/articleBytes";
import { scoreReview, type RawArticle, type ReviewScore, type Tally } from "../corrections/reviewScore";
import { geoparseArticle } from "../pipeline/geoparse";
import { parseCommandLine, runCommand, UsageError } from "./command";
import { loadGeoparseContext } from "./context";
import { expandInputs } from "./inputs";
import { Progress } from "./progress";
import { readArticleFile } from "./readArticleFile";
import { loadCorrections, unmatchedLines, type LoadedCorrections } from "./readCorrections";
import { readManifest } from "./readManifest";
import { uniqueId, withSourceId } from "../ingest/sourceIds";

const USAGE = `usage: npm run review -- <corrections files or folders...> <articles...> [--manifest <file.json>] [--gazetteer <path>]... [--json]
  Scores the raw parser (no corrections applied) against the editors' decisions about the same articles.
  .json files are corrections files; a folder holding articles (.md, .txt, .html) is read for articles,
  any other folder for corrections files; everything else is an article.
  --manifest   metadata (title, outlet, url, published, language) for files without front matter, keyed by file name
  --gazetteer  a GeoNames dump (RU.txt), a folder of dumps, or a gazetteer JSON, added to the default; repeatable
  --json       print the scores as JSON instead of a table
exit status: 0 scored, 1 some articles rejected (the rest scored), 2 bad usage or an unusable corrections file`;

interface Options {
  articles: string[];
  corrections: LoadedCorrections;
  manifest: Manifest;
  gazetteers: string[];
  json: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseCommandLine(argv, {
      manifest: { type: "string" },
      gazetteer: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
  });
  const correctionPaths = positionals.filter(isCorrectionsPath);
  const articles = positionals.filter((path) => !isCorrectionsPath(path));
  if (correctionPaths.length === 0) throw new UsageError("no corrections file given (a .json file, or a folder of them)");
  if (articles.length === 0) throw new UsageError("no articles given (files or folders of .md, .txt, .html)");
  return {
    articles,
    corrections: loadCorrections(correctionPaths),
    manifest: values.manifest ? readManifest(values.manifest) : {},
    gazetteers: values.gazetteer ?? [],
    json: values.json,
  };
}

/** A `.json` file, or a folder with no articles in it. */
function isCorrectionsPath(path: string): boolean {
  if (path.toLowerCase().endsWith(".json")) return true;
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return false;
  }
  return folder && expandInputs([path], ARTICLE_EXTENSIONS).files.length === 0;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  // The raw pipeline, as `npm run ingest` runs without --corrections: the decisions are the answers, not an input.
  const loaded = await loadGeoparseContext(options.gazetteers);
  for (const problem of loaded.gazetteerProblems) process.stderr.write(`gazetteer: ${problem}\n`);

  const { files, missing } = expandInputs(options.articles, ARTICLE_EXTENSIONS);
  const rejected = missing.map((path) => `${path}: no such file or folder`);
  const usedIds = new Set<string>();
  const articles: RawArticle[] = [];
  const progress = new Progress(files.length);
  for (const path of files) {
    progress.tick();
    const article = readArticleFile(path, options.manifest);
    if (typeof article === "string") {
      rejected.push(article);
      continue;
    }
    // The ids ingest gives, so anchors written against its output find these reports.
    const id = uniqueId(article.id, usedIds);
    const result = geoparseArticle(article, loaded.context);
    articles.push({
      id,
      reports: id === article.id ? result.reports : result.reports.map((r) => withSourceId(r, id)),
      unresolved: id === article.id ? result.unresolved : result.unresolved.map((row) => ({ ...row, source_id: id })),
    });
  }
  progress.done();

  const { corrections, fileOf } = options.corrections;
  const score = scoreReview(articles, corrections);
  for (const message of rejected) process.stderr.write(`rejected: ${message}\n`);
  const found = new Set(corrections.flatMap((c) => (score.decisions.unmatched.includes(c.id) ? [] : [c.id])));
  for (const line of unmatchedLines(corrections, found, usedIds, fileOf).lines) process.stderr.write(`unmatched: ${line}\n`);
  process.stdout.write(options.json ? `${JSON.stringify({ articles: articles.length, ...score }, null, 2)}\n` : scoreTable(score, articles.length));
  return rejected.length > 0 ? 1 : 0;
}

const MEASURES: [keyof Omit<ReviewScore, "decisions">, string][] = [
  ["placeRecall", "place recall"],
  ["placePrecision", "place precision"],
  ["roleAccuracy", "role accuracy"],
  ["dateAccuracy", "event-date accuracy (within 1 day)"],
];

function scoreTable(score: ReviewScore, articleCount: number): string {
  const percent = (t: Tally) => `${t.ratio === null ? "–" : `${(t.ratio * 100).toFixed(1)}%`} (${t.right}/${t.of})`;
  const width = Math.max(...MEASURES.map(([, label]) => label.length));
  const rows = [["measure", "value"], ...MEASURES.map(([key, label]) => [label, percent(score[key])])];
  const d = score.decisions;
  return [
    ...rows.map(([measure, value]) => `${measure!.padEnd(width)}  ${value}`),
    "",
    `${d.total} decisions on ${articleCount} articles: ${d.matched} found in the raw output; not scored: ${d.unmatched.length} matched nothing, ` +
      `${d.elsewhere.length} about articles not in this run, ${d.aboutNames} about a name in every article`,
    "",
  ].join("\n");
}

runCommand(main, USAGE);
