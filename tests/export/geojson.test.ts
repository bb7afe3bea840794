import { describe, expect, it } from "vitest";
import { placeReportCollection, type PlaceReport } from "../../src/contract/placeReport";
import { placeReportsToGeoJson } from "../../src/export/geojson";
import { placeReport } from "../compare/placeReportFixture";

describe("GeoJSON export", () => {
  it("writes a FeatureCollection that the contract schema accepts back", () => {
    const text = placeReportsToGeoJson([placeReport({ place_id: "a" }, [35.6, 50.46]), placeReport({ place_id: "b" })]);
    const parsed = placeReportCollection.parse(JSON.parse(text));
    expect(parsed.features.map((f) => f.properties.place_id)).toEqual(["a", "b"]);
    expect(parsed.features[0]?.geometry.coordinates).toEqual([35.6, 50.46]);
  });

  it("writes an empty FeatureCollection when nothing is visible", () => {
    expect(JSON.parse(placeReportsToGeoJson([]))).toEqual({ type: "FeatureCollection", features: [] });
  });

  it("refuses a report that breaks the contract and names the field", () => {
    const broken = placeReport({ place_id: "x" });
    const bad = { ...broken, properties: { ...broken.properties, date_start: "May 2023" } } as PlaceReport;
    expect(() => placeReportsToGeoJson([placeReport({ place_id: "ok" }), bad])).toThrow(/features\.1\.properties\.date_start/);
  });
});
