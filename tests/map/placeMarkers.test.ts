import { readFileSync } from "node:fs";
import { featureFilter, validateStyleMin, type FilterSpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import campaigns from "../../data/campaigns.json";
import { isoToDay } from "../../src/data/days";
import { parsePlaceReportDataset, type DatedPlaceReport } from "../../src/data/placeReports";
import { emptyBasemap } from "../../src/map/basemapData";
import { offlineStyle } from "../../src/map/offlineStyle";
import { REPORT_LAYERS, REPORT_SOURCE, reportFilter, reportLayers, type ReportFilterInput } from "../../src/map/reportLayers";
import { reportsInWindow } from "../../src/store/selectors";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;

/** Runs a layer filter the way MapLibre's worker does, on plain feature properties. */
function drawnBy(layer: keyof typeof REPORT_LAYERS, input: ReportFilterInput): DatedPlaceReport[] {
  const { filter } = featureFilter(reportFilter(layer, input) as FilterSpecification, "test");
  return placeReports.filter((f) =>
    filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> }));
}

const windows = [
  ["2023-05-22", "2023-05-23"],
  ["2023-05-23", "2023-05-23"],
  ["2024-08-06", "2024-08-07"],
  ["2022-01-01", "2025-01-01"],
  ["2021-01-01", "2021-12-31"],
] as const;

describe("report layer filters on the GPU", () => {
  it.each(windows)("draw exactly the selector's reports for %s..%s, except country-level ones", (from, to) => {
    for (const showMentions of [false, true]) {
      const range = { fromDay: isoToDay(from), toDay: isoToDay(to) };
      const input = { range, showMentions, selection: null };
      const drawn = [...drawnBy("points", input), ...drawnBy("districts", input), ...drawnBy("regions", input)];
      const expected = reportsInWindow(placeReports, range, showMentions)
        .filter((f) => f.properties.geo_precision !== "country");
      const indexes = (reports: DatedPlaceReport[]) => reports.map((f) => f.properties.report_index).sort((a, b) => a - b);
      expect(indexes(drawn)).toEqual(indexes(expected));
    }
  });

  it("rings only the selected place", () => {
    const input = { range: { fromDay: isoToDay("2023-05-01"), toDay: isoToDay("2023-05-31") }, showMentions: false, selection: "gn:kozinka" };
    expect(new Set(drawnBy("selected", input).map((f) => f.properties.name))).toEqual(new Set(["Kozinka"]));
  });

  it("draws nothing before a window is known", () => {
    expect(drawnBy("points", { range: null, showMentions: true, selection: null })).toEqual([]);
  });
});

describe("the offline style", () => {
  it("is a valid MapLibre style with the report layers on top and no glyph server", () => {
    const base = offlineStyle(emptyBasemap());
    const style = {
      ...base,
      sources: { ...base.sources, [REPORT_SOURCE]: { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } } },
      layers: [...base.layers, ...reportLayers(campaigns, { range: null, showMentions: false, selection: null })],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
  });
});
