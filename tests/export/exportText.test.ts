import { describe, expect, it } from "vitest";
import { parseCsv } from "./parseCsvForTest";
import { placeReportsToCsv } from "../../src/export/csv";
import { placeReportsToGeoJson } from "../../src/export/geojson";
import { buildSnapshot, defaultExportText } from "../../src/export/snapshot";
import { layoutSnapshot, type DrawOp } from "../../src/export/snapshotLayout";
import { campaign, placeReport } from "../compare/placeReportFixture";

const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 0);
const frame = { mapWidthPx: 800, mapHeightPx: 500, pixelRatio: 1, zoom: 9, centreLat: 50.5 };
const campaigns = [campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" })];
const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.op === "text" ? [op.text] : [])).join("\n");

describe("export text a journalist edits", () => {
  it("defaults the title to the campaign whose window is shown, the subtitle to the dates", () => {
    const text = defaultExportText({ timeWindow: { from: "2023-05-22", to: "2023-06-15" }, campaigns, sourceCount: 3 });
    expect(text.title).toBe("Raid A");
    expect(text.subtitle).toContain("22 May 2023");
    expect(text.sourceLine).toMatch(/3 news articles/);
  });

  it("burns the edited title, subtitle, byline, notes and source line into the image", () => {
    const snapshot = buildSnapshot({
      timeWindow: { from: "2023-05-22", to: "2023-05-23" }, campaigns, visibleReports: [placeReport({ place_id: "p1" })], mapCredits: [],
      text: { title: "Raiders cross at Kozinka", subtitle: "Villages named, 22–23 May", byline: "Map: Jane Doe", notes: "Approximate places are rings.", sourceLine: "Source: wire reports" },
    });
    const all = texts(layoutSnapshot(snapshot, frame, measure).ops);
    for (const expected of ["Raiders cross at Kozinka", "Villages named, 22–23 May", "Map: Jane Doe", "Approximate places are rings.", "Source: wire reports"]) {
      expect(all).toContain(expected);
    }
  });

  it("draws the title card opaque", () => {
    const snapshot = buildSnapshot({ timeWindow: { from: "2023-05-22", to: "2023-05-23" }, campaigns, visibleReports: [], mapCredits: [] });
    const card = layoutSnapshot(snapshot, frame, measure).ops.find((op) => op.op === "rect" && op.y > 0 && op.y < 50);
    expect(card).toMatchObject({ fill: "#ffffff" });
  });

  it("takes the legend's colours from the map's style when given", () => {
    const snapshot = buildSnapshot({
      timeWindow: { from: "2023-05-22", to: "2023-05-23" }, campaigns,
      visibleReports: [placeReport({ place_id: "p1", campaign: null }), placeReport({ place_id: "p2", campaign: "raid-a" })], mapCredits: [],
      mapColours: new Map([["raid-a", "#e6550d"], ["", "#555555"]]),
    });
    expect(snapshot.legend.map((e) => e.colour)).toEqual(["#e6550d", "#555555"]);
  });
});

describe("data exports", () => {
  it("leaves country centroids out of the GeoJSON unless asked, and keeps the unresolved names", () => {
    const reports = [placeReport({ place_id: "p1" }), placeReport({ place_id: "country:RU", kind: "country", geo_precision: "country" })];
    const unresolved = [{ source_path: "a.md", mention: "Guevo", sentence: "Fighting in Guevo." }];
    const out = JSON.parse(placeReportsToGeoJson(reports, { unresolved }));
    expect(out.features.map((f: { properties: { place_id: string } }) => f.properties.place_id)).toEqual(["p1"]);
    expect(out.unresolved).toEqual(unresolved);
    expect(JSON.parse(placeReportsToGeoJson(reports, { includeCountries: true })).features).toHaveLength(2);
  });

  it("writes date_source in the CSV", () => {
    const [header = [], row = []] = parseCsv(placeReportsToCsv([placeReport({ place_id: "p1", date_source: "published" })]));
    expect(row[header.indexOf("date_source")]).toBe("published");
  });
});
