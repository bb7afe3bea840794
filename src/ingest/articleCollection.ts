import type { PlaceReport, PlaceReportCollection, UnresolvedPlace } from "../contract/placeReport";
import type { OutputArticle } from "./ingestArticle";
import { reportJson } from "./reportJson";
import { withSourceId } from "./sourceIds";

/**
 * An article's reports and unresolved names under the source id the run gave it: an
 * article whose id an earlier one had (two files with one name) gets a number appended.
 */
export function underSourceId(article: OutputArticle, id: string): { reports: string[]; unresolved: UnresolvedPlace[] } {
  if (id === article.id) return { reports: article.reports, unresolved: article.unresolved };
  return {
    reports: article.reports.map((json) => reportJson(withSourceId(JSON.parse(json) as PlaceReport, id))),
    unresolved: article.unresolved.map((u) => (u.source_id === undefined ? u : { ...u, source_id: id })),
  };
}

/** Geoparsed articles as one collection, as `npm run ingest` writes them: reports in article order, unresolved names beside them. */
export function articleCollection(articles: readonly { article: OutputArticle; id: string }[]): PlaceReportCollection {
  const features: PlaceReport[] = [];
  const unresolved: UnresolvedPlace[] = [];
  for (const { article, id } of articles) {
    const output = underSourceId(article, id);
    for (const json of output.reports) features.push(JSON.parse(json) as PlaceReport);
    for (const u of output.unresolved) unresolved.push(u);
  }
  return { type: "FeatureCollection", features, unresolved };
}
