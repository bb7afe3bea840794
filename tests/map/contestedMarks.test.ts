import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isoToDay } from "../../src/contract/days";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import { drawnMarks } from "../../src/map/drawnMarks";
import { buildPlaceMarkers, changedMarkers, markerStates } from "../../src/map/placeMarkers";
import { REPORT_LAYERS, reportLayers } from "../../src/map/reportLayers";
import { reportsInWindow } from "../../src/store/selectors";
import { indexDataset } from "../../src/data/datasetIndex";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.claims.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "claims fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;
const dataset = indexDataset(placeReports);
const markers = buildPlaceMarkers(dataset);
const visibleIn = (from: string, to: string, kinds: Parameters<typeof reportsInWindow>[3] = null) =>
  reportsInWindow(dataset, { fromDay: isoToDay(from), toDay: isoToDay(to) }, false, kinds);
const contestedNames = (from: string, to: string, kinds: Parameters<typeof reportsInWindow>[3] = null) => {
  const states = markerStates(markers, visibleIn(from, to, kinds));
  return markers.collection.features.filter((_, id) => states.contested[id]).map((f) => f.properties.name);
};

describe("contested places on the map", () => {
  it("marks a place contested while one of its shown reports is", () => {
    expect(contestedNames("2023-05-22", "2023-05-23")).toEqual(["Kozinka"]);
    expect(contestedNames("2024-08-06", "2024-08-08")).toEqual([]);
  });

  it("marks it whichever side's report the filter keeps, and not once the filter hides both", () => {
    expect(contestedNames("2023-05-22", "2023-05-23", ["russian_official"])).toEqual(["Kozinka"]);
    expect(contestedNames("2023-05-22", "2023-05-23", ["independent"])).toEqual([]);
  });

  it("counts a change of the mark alone as a change of the marker", () => {
    const now = markerStates(markers, visibleIn("2023-05-22", "2023-05-23"));
    const kozinka = markers.collection.features.findIndex((f) => f.properties.name === "Kozinka");
    const before = { ...now, contested: now.contested.slice() };
    before.contested[kozinka] = 0;
    expect(changedMarkers(before, now)).toEqual([kozinka]);
  });

  it("tells the legend a contested ring is drawn only while one is", () => {
    const kindsIn = (from: string, to: string) => drawnMarks(markers, markerStates(markers, visibleIn(from, to)), new Set()).kinds;
    expect(kindsIn("2023-05-22", "2023-05-23")).toContain("contested");
    expect(kindsIn("2024-08-06", "2024-08-08")).not.toContain("contested");
  });

  it("draws the ring above the dots and below the selection", () => {
    const ids = reportLayers([]).map((layer) => layer.id);
    expect(ids.indexOf(REPORT_LAYERS.contested)).toBeGreaterThan(ids.indexOf(REPORT_LAYERS.points));
    expect(ids.indexOf(REPORT_LAYERS.contested)).toBeLessThan(ids.indexOf(REPORT_LAYERS.selected));
  });
});
