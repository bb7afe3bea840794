import { placeReportFeature, type PlaceReport, type UnresolvedPlace } from "../contract/placeReport";
import { applyCorrections } from "../corrections/applyCorrections";
import { geoparseArticle, type Article, type GeoparseResult } from "../pipeline/geoparse";
import type { LoadedContext } from "./context";
import { publishedDateWarning } from "./publishedWarning";
import { AtomicFile, BatchedText, writeFileAtomic } from "./atomicWrite";

/**
 * A geoparsed article as the output takes it: each report checked against the output
 * contract and serialised where the article was geoparsed, so with worker threads that
 * work is spread over them and only text crosses back to the writing thread.
 */
export interface OutputArticle {
  id: string;
  path: string;
  /** One JSON text per place report, valid against `placeReportFeature`. */
  reports: string[];
  unresolved: UnresolvedPlace[];
  warnings: string[];
  /** Ids of the editors' decisions that found what they are about in this article. */
  corrections: string[];
  /** With `--explain`: the rules that decided each report's role, dates and claimants. */
  explanations?: string[];
}

/** Geoparses an article and applies the editors' decisions: what a worker or the main thread sends to the output. */
export function ingestArticle(article: Article, loaded: LoadedContext, explain = false): OutputArticle {
  const result = geoparseArticle(article, loaded.context, { explain });
  const doubtfulDate = publishedDateWarning(article.path, article.published, loaded.context.campaigns, new Date().toISOString().slice(0, 10));
  if (doubtfulDate) result.warnings.unshift(doubtfulDate);
  if (!loaded.corrections) return outputArticle(article, result, []);
  const applied = applyCorrections(article.id, result.reports, result.unresolved, loaded.corrections);
  return outputArticle(article, { ...result, reports: applied.reports, unresolved: applied.unresolved }, [...applied.matched]);
}

export function outputArticle(article: Article, result: GeoparseResult, corrections: string[] = []): OutputArticle {
  return {
    id: article.id,
    path: article.path,
    reports: result.reports.map(reportJson),
    unresolved: result.unresolved,
    warnings: result.warnings,
    corrections,
    ...(result.explanations ? { explanations: result.explanations } : {}),
  };
}

/** A report as written: checked against the contract first, whatever produced it. */
export function reportJson(report: PlaceReport): string {
  return JSON.stringify(placeReportFeature.parse(report));
}

/**
 * Where place reports go as they are made, so an archive's output is never held in
 * memory, nor in one string (V8 strings end at about 512 MB: some 35,000 articles of
 * GeoJSON). A GeoJSON output is the same bytes `JSON.stringify` gives for the whole
 * collection; a JSONL output is one report per line.
 */
export interface ReportSink {
  /** One report as `reportJson` gives it. */
  add(reportJson: string): void;
  /** Completes the output with the names no entry was found for, and writes the sidecar beside a file. */
  finish(unresolved: readonly UnresolvedPlace[]): void;
  /** Gives up: a file output stays as it was (what went to stdout has gone). */
  abandon(): void;
}

interface TextOut {
  write(text: string): void;
  commit(): void;
  abandon(): void;
}

/** Opens the output (`-` is stdout). Throws the system's error when a file cannot be created there. */
export function openReportSink(out: string, jsonl: boolean): ReportSink {
  const text: TextOut = out === "-" ? stdoutText() : new AtomicFile(out);
  let first = true;
  if (!jsonl) text.write('{"type":"FeatureCollection","features":[');
  return {
    add(json) {
      if (jsonl) text.write(`${json}\n`);
      else text.write(first ? json : `,${json}`);
      first = false;
    },
    finish(unresolved) {
      if (!jsonl) text.write(`],"unresolved":${JSON.stringify(unresolved)}}\n`);
      text.commit();
      if (out !== "-") writeFileAtomic(sidecarPath(out), [JSON.stringify(unresolved, null, 2), "\n"]);
    },
    abandon() {
      text.abandon();
    },
  };
}

/** `sample.geojson` → `sample.unresolved.json`: the editor's list of names the gazetteer could not place. */
function sidecarPath(out: string): string {
  return out.replace(/(\.geojson|\.jsonl|\.ndjson|\.json)?$/i, ".unresolved.json");
}

// Writes to files and pipes on stdout are synchronous on Linux, so pieces leave as they are batched.
function stdoutText(): TextOut {
  const batched = new BatchedText((text) => process.stdout.write(text));
  return { write: (text) => batched.write(text), commit: () => batched.flush(), abandon: () => batched.clear() };
}
