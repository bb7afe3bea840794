import { describe, expect, it } from "vitest";
import { generatePlaceReports } from "../../bench/browser/placeReports";
import { placeReportCollection } from "../../src/contract/placeReport";

describe("benchmark place reports", () => {
  it("satisfy the output contract", () => {
    const collection = generatePlaceReports({ seed: 1, reports: 500, places: 50 });
    const parsed = placeReportCollection.safeParse(collection);
    expect(parsed.error?.issues[0]).toBeUndefined();
    expect(collection.features).toHaveLength(500);
  });

  it("spread over 2022 to 2025 and over the border band on both sides", () => {
    const { features } = generatePlaceReports({ seed: 2, reports: 2000, places: 200 });
    const years = new Set(features.map((feature) => feature.properties.date_start?.slice(0, 4)));
    expect([...years].sort()).toEqual(["2022", "2023", "2024", "2025"]);
    const countries = new Set(features.map((feature) => feature.properties.country));
    expect([...countries].sort()).toEqual(["RU", "UA"]);
    for (const { geometry, properties } of features) {
      const [lon, lat] = geometry.coordinates;
      expect(lon).toBeGreaterThan(31);
      expect(lon).toBeLessThan(42);
      expect(lat).toBeGreaterThan(48);
      expect(lat).toBeLessThan(54);
      expect(Math.sign(properties.border_distance_km ?? 0)).toBe(properties.country === "RU" ? 1 : -1);
    }
    expect(features.some((feature) => feature.properties.campaign === "kursk-2024")).toBe(true);
  });

  it("is the same collection for the same seed", () => {
    expect(generatePlaceReports({ seed: 9, reports: 100 })).toEqual(generatePlaceReports({ seed: 9, reports: 100 }));
  });
});
