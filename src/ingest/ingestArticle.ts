import type { UnresolvedPlace } from "../contract/placeReport";
import { applyCorrections, type CorrectionSet } from "../corrections/applyCorrections";
import { geoparseArticle, type Article, type GeoparseContext, type GeoparseResult } from "../pipeline/geoparse";
import { publishedDateWarning } from "./publishedWarning";
import { reportJson } from "./reportJson";

/**
 * An article to the output's place reports, the same on the command line and in the page:
 * geoparsed, the editors' decisions applied, each report checked against the contract.
 */

/** The countries the reporting is about: a mild prior when names have namesakes abroad. */
export const FOCUS_COUNTRIES = ["RU", "UA"] as const;

export interface LoadedContext {
  context: GeoparseContext;
  /**
   * Bad rows of user gazetteers, as `file:line: problem` (the rest still loads), and
   * precomputed name keys that could not be used (the keys are then computed at start-up).
   */
  gazetteerProblems: string[];
  /** The editors' decisions ready to apply to each article; null when none were given. */
  corrections: CorrectionSet | null;
}

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

/** Geoparses an article and applies the editors' decisions: what a worker thread (the command line's or the page's) sends back. */
export function ingestArticle(article: Article, loaded: LoadedContext, explain = false): OutputArticle {
  const result = geoparseArticle(article, loaded.context, { explain });
  const doubtfulDate = publishedDateWarning(article.path, article.published, loaded.context.campaigns, new Date().toISOString().slice(0, 10));
  if (doubtfulDate) result.warnings.unshift(doubtfulDate);
  if (!loaded.corrections) return outputArticle(article, result, []);
  const applied = applyCorrections(article.id, result.reports, result.unresolved, loaded.corrections);
  return outputArticle(article, { ...result, reports: applied.reports, unresolved: applied.unresolved }, [...applied.matched]);
}

function outputArticle(article: Article, result: GeoparseResult, corrections: string[] = []): OutputArticle {
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
