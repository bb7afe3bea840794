import { readFileSync } from "node:fs";
import { featureFilter, validateStyleMin, type FilterSpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import campaigns from "../../data/campaigns.json";
import { isoToDay } from "../../src/data/days";
import { parsePlaceReportDataset, type DatedPlaceReport } from "../../src/data/placeReports";
import { basemapUrls } from "../../src/map/basemapData";
import { offlineStyle } from "../../src/map/offlineStyle";
import { buildPlaceMarkers, changedMarkers, markerStates } from "../../src/map/placeMarkers";
import { LABEL_SOURCE, REPORT_SOURCE, labelFilter, reportLayers } from "../../src/map/reportLayers";
import { reportsInWindow } from "../../src/store/selectors";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;
const markers = buildPlaceMarkers(placeReports);

const windows = [
  ["2023-05-22", "2023-05-23"],
  ["2023-05-23", "2023-05-23"],
  ["2024-08-06", "2024-08-07"],
  ["2022-01-01", "2025-01-01"],
  ["2021-01-01", "2021-12-31"],
] as const;

const visibleIn = (from: string, to: string, showMentions = false): DatedPlaceReport[] =>
  reportsInWindow(placeReports, { fromDay: isoToDay(from), toDay: isoToDay(to) }, showMentions);

const shownNames = (visible: readonly DatedPlaceReport[]): string[] => {
  const states = markerStates(markers, visible);
  return markers.collection.features.filter((_, id) => states.shown[id]).map((f) => f.properties.name).sort();
};

describe("place markers", () => {
  it("make one marker per place and position, and none for country-level reports", () => {
    const names = markers.collection.features.map((f) => f.properties.name).sort();
    expect(names).toEqual(["Gora-Podol", "Grayvoronskiy Rayon", "Kharkiv", "Kozinka", "Moscow", "Sudzha", "Tëtkino"]);
    const russia = placeReports.find((f) => f.properties.name === "Russia")!;
    expect(markers.markerOfReport[russia.properties.report_index]).toBe(-1);
  });

  it.each(windows)("show exactly the places of the selector's reports for %s..%s", (from, to) => {
    for (const showMentions of [false, true]) {
      const visible = visibleIn(from, to, showMentions);
      const expected = [...new Set(visible.filter((f) => f.properties.geo_precision !== "country").map((f) => f.properties.name))].sort();
      expect(shownNames(visible)).toEqual(expected);
    }
  });

  it("size each shown place by the distinct sources inside the window", () => {
    const visible = visibleIn("2023-05-22", "2023-05-23");
    const states = markerStates(markers, visible);
    // Counted here the plain way, with strings, as the check on the numbered count.
    const sources = new Map<string, Set<string>>();
    for (const { properties: p } of visible) sources.set(p.place_id, (sources.get(p.place_id) ?? new Set()).add(p.source_id));
    markers.collection.features.forEach(({ properties }, id) => {
      expect(states.sources[id]).toBe(states.shown[id] ? sources.get(properties.place_id)!.size : 0);
    });
    const kozinka = markers.collection.features.findIndex((f) => f.properties.name === "Kozinka");
    expect(states.sources[kozinka]).toBe(2);
    expect(markerStates(markers, visibleIn("2023-05-22", "2023-05-22")).sources[kozinka]).toBe(1);
  });

  it("take the campaign of the latest shown report", () => {
    const sudzha = markers.collection.features.findIndex((f) => f.properties.name === "Sudzha");
    const relabelled = placeReports.map((f) => f.properties.source_id === "c2"
      ? { ...f, properties: { ...f.properties, campaign: "later" } } : f);
    const all = reportsInWindow(relabelled, { fromDay: isoToDay("2024-08-01"), toDay: isoToDay("2024-08-31") }, false);
    expect(markerStates(markers, all).campaign[sudzha]).toBe("later");
    const early = reportsInWindow(relabelled, { fromDay: isoToDay("2024-08-01"), toDay: isoToDay("2024-08-07") }, false);
    expect(markerStates(markers, early).campaign[sudzha]).toBe("kursk-2024");
  });

  it("report as changed only the markers whose state differs", () => {
    const before = markerStates(markers, visibleIn("2023-05-22", "2023-05-23"));
    const after = markerStates(markers, visibleIn("2023-05-22", "2023-05-22"));
    const names = changedMarkers(before, after).map((id) => markers.collection.features[id]!.properties.name).sort();
    // Kozinka loses a source; the district's report spans both days and stays as it was.
    expect(names).toEqual(["Kozinka"]);
    expect(changedMarkers(after, after)).toEqual([]);
  });
});

describe("the label filter", () => {
  it("lets through the labels of shown markers only, districts and exact places", () => {
    const states = markerStates(markers, visibleIn("2023-05-22", "2023-05-23"));
    const shownIds = markers.collection.features.map((_, id) => id).filter((id) => states.shown[id]);
    const { filter } = featureFilter(labelFilter(shownIds) as FilterSpecification, "test");
    const labelled = markers.collection.features
      .filter((f) => filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> }))
      .map((f) => f.properties.name).sort();
    expect(labelled).toEqual(["Gora-Podol", "Grayvoronskiy Rayon", "Kozinka"]);
  });

  it("lets nothing through when nothing is shown", () => {
    const { filter } = featureFilter(labelFilter([]) as FilterSpecification, "test");
    expect(markers.collection.features.some((f) =>
      filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> }))).toBe(false);
  });
});

describe("the offline style", () => {
  it("is a valid MapLibre style with the report layers on top and no glyph server", () => {
    const base = offlineStyle(basemapUrls("http://localhost/newsroom/"));
    const empty = { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } };
    const style = {
      ...base,
      sources: { ...base.sources, [REPORT_SOURCE]: empty, [LABEL_SOURCE]: empty },
      layers: [...base.layers, ...reportLayers(campaigns)],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
  });
});
