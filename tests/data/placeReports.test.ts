import { describe, expect, it } from "vitest";
import { isIsoDay, isoToDay, dayToIso } from "../../src/contract/days";
import { readFileSync } from "node:fs";
import { placeReportCollection } from "../../src/contract/placeReport";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";

describe("loading a place-report collection", () => {
  it("says which property is wrong and where", () => {
    const result = parsePlaceReportDataset(
      { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: [35, 50] }, properties: { place_id: 3 } }] },
      "bad.geojson",
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^bad\.geojson: features\[0\]\.properties\.place_id: .*string/);
  });

  it("rejects something that is not a FeatureCollection", () => {
    const result = parsePlaceReportDataset({ type: "Topology" }, "x.json");
    expect(result.ok).toBe(false);
  });
});

describe("day numbers", () => {
  it("round-trips ISO days through day numbers", () => {
    expect(dayToIso(isoToDay("2024-08-06"))).toBe("2024-08-06");
    expect(isoToDay("1970-01-02")).toBe(1);
  });

  it("rejects impossible dates", () => {
    expect(isIsoDay("2023-02-30")).toBe(false);
    expect(isIsoDay("2024-02-29")).toBe(true);
  });
});

describe("reports as the app holds them", () => {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
  // Mixed on purpose: an undated report (no day fields) and one that says where its date came from.
  fixture.features[1].properties.date_start = null;
  fixture.features[1].properties.date_end = null;
  fixture.features[2].properties.date_source = "text";
  // Fields outside the contract, at every level, as another tool might add them.
  fixture.extra = true;
  fixture.features[0].id = "f0";
  fixture.features[0].bbox = [0, 0, 1, 1];
  fixture.features[0].geometry.crs = "x";
  fixture.features[0].properties.colour = "red";
  fixture.features[0].properties.quotes[0].html = "<b>x</b>";
  fixture.unresolved = [{ source_path: "a.md", mention: "Nowhere", sentence: "Nowhere was hit.", note: "x" }];
  const parsed = parsePlaceReportDataset(fixture, "small.geojson");
  if (!parsed.ok) throw new Error(parsed.error);
  const schemaOutput = placeReportCollection.parse(fixture);

  it("gives every report the same properties in the same order", () => {
    const layouts = new Set(parsed.dataset.placeReports.map((r) => Object.keys(r.properties).join(",")));
    expect(layouts.size).toBe(1);
  });
  it("holds exactly what the schema parser keeps, plus position and day numbers", () => {
    parsed.dataset.placeReports.forEach((report, i) => {
      const { report_index, day_start, day_end, ...contract } = report.properties;
      const expected = schemaOutput.features[i]!;
      expect(report_index).toBe(i);
      expect(day_start).toBe(expected.properties.date_start ? isoToDay(expected.properties.date_start) : undefined);
      expect(day_end).toBe(expected.properties.date_start ? isoToDay(expected.properties.date_end ?? expected.properties.date_start) : undefined);
      expect(JSON.parse(JSON.stringify(contract))).toEqual(expected.properties);
      expect(report.geometry).toEqual(expected.geometry);
    });
    expect(parsed.dataset.unresolved).toEqual(schemaOutput.unresolved);
  });
});
