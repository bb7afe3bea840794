import { describe, expect, it } from "vitest";
import { isIsoDay, isoToDay, dayToIso } from "../../src/data/days";
import { readFileSync } from "node:fs";
import { parsePlaceReportDataset, withOneLayout } from "../../src/data/placeReports";

describe("loading a place-report collection", () => {
  it("says which property is wrong and where", () => {
    const result = parsePlaceReportDataset(
      { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: [35, 50] }, properties: { place_id: 3 } }] },
      "bad.geojson",
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^bad\.geojson: features\.0\.properties\.place_id: .*string/);
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

describe("reports held in one layout", () => {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
  // Mixed on purpose: an undated report (no day fields) and one that says where its date came from.
  fixture.features[1].properties.date_start = null;
  fixture.features[1].properties.date_end = null;
  fixture.features[2].properties.date_source = "text";
  const parsed = parsePlaceReportDataset(fixture, "small.geojson");
  if (!parsed.ok) throw new Error(parsed.error);
  const settled = withOneLayout(parsed.dataset.placeReports);

  it("gives every report the same properties in the same order", () => {
    const layouts = new Set(settled.map((r) => Object.keys(r.properties).join(",")));
    expect(layouts.size).toBe(1);
  });
  it("keeps every value", () => {
    settled.forEach((report, i) => {
      const original = parsed.dataset.placeReports[i]!;
      expect(report.geometry).toBe(original.geometry);
      for (const [key, value] of Object.entries(report.properties)) expect(value).toEqual(original.properties[key as keyof typeof original.properties]);
      for (const [key, value] of Object.entries(original.properties)) expect(report.properties[key as keyof typeof report.properties]).toEqual(value);
    });
  });
});
