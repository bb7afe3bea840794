import { describe, expect, it } from "vitest";
import { isIsoDay, isoToDay, dayToIso } from "../../src/data/days";
import { parsePlaceReportDataset } from "../../src/data/placeReports";

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
