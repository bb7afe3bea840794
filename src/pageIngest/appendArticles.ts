import type { PlaceReport, PlaceReportCollection } from "../contract/placeReport";
import type { DatedPlaceReport, PlaceReportDataset } from "../data/placeReports";

/** The source ids a dataset already uses: articles added to it get ids of their own. */
export function sourceIdsOf(dataset: PlaceReportDataset): Set<string> {
  return new Set(dataset.placeReports.map((r) => r.properties.source_id));
}

/** The open dataset with newly geoparsed articles after it, as one collection in the contract's form. */
export function appendArticles(dataset: PlaceReportDataset, added: PlaceReportCollection): PlaceReportCollection {
  return {
    type: "FeatureCollection",
    features: [...dataset.placeReports.map(contractReport), ...added.features],
    unresolved: [...dataset.unresolved, ...(added.unresolved ?? [])],
  };
}

/** A held report without the day numbers and index the app adds at load. */
function contractReport({ geometry, properties }: DatedPlaceReport): PlaceReport {
  const { report_index: _index, day_start: _start, day_end: _end, ...contract } = properties;
  return { type: "Feature", geometry, properties: contract } as PlaceReport;
}

const ADDED = / \+ (\d+) articles?$/;

/** "sample corpus + 3 articles"; adding 2 more makes it "sample corpus + 5 articles". */
export function datasetNameWithArticles(name: string | null, articles: number): string {
  const earlier = name === null ? null : ADDED.exec(name);
  const base = earlier ? name!.slice(0, earlier.index) : name;
  const total = articles + (earlier ? Number(earlier[1]) : 0);
  const count = `${total} article${total === 1 ? "" : "s"}`;
  return base ? `${base} + ${count}` : count;
}
