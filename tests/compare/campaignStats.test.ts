import { describe, expect, it } from "vitest";
import { computeCampaignStats } from "../../src/compare/campaignStats";
import { placeReport } from "./placeReportFixture";

// A right triangle of 1° legs on the equator, on turf's sphere of mean radius 6371.0088 km:
// ½ · (2π · 6371.0088 km / 360)² = ½ · 111.195² ≈ 6182 km².
const triangle = [
  placeReport({ place_id: "a", border_distance_km: 3, source_id: "s1" }, [0, 0]),
  placeReport({ place_id: "b", border_distance_km: 12.4, source_id: "s1" }, [1, 0]),
  placeReport({ place_id: "c", border_distance_km: 7, source_id: "s2" }, [0, 1]),
];

describe("campaign stats", () => {
  it("measures the convex hull of a 1° equatorial triangle as about 6182 km²", () => {
    const stats = computeCampaignStats(triangle);
    expect(Math.round(stats.extentKm2 ?? -1)).toBeGreaterThanOrEqual(6178);
    expect(Math.round(stats.extentKm2 ?? -1)).toBeLessThanOrEqual(6186);
    expect(stats.extentPointCount).toBe(3);
  });

  it("counts a place reported twice once in the hull and in settlements named", () => {
    const twice = [...triangle, placeReport({ place_id: "a", source_id: "s3" }, [0, 0])];
    const stats = computeCampaignStats(twice);
    expect(stats.settlementsNamed).toBe(3);
    expect(stats.eventReports).toBe(4);
    expect(stats.distinctSources).toBe(3);
    expect(stats.extentPointCount).toBe(3);
  });

  it("gives no extent (null) with fewer than three distinct event points", () => {
    expect(computeCampaignStats(triangle.slice(0, 2)).extentKm2).toBeNull();
    expect(computeCampaignStats([]).extentKm2).toBeNull();
  });

  it("gives zero extent for three collinear points", () => {
    const line = [0, 1, 2].map((x) => placeReport({ place_id: `p${x}` }, [x, 0]));
    expect(computeCampaignStats(line).extentKm2).toBe(0);
  });

  it("leaves region- and country-level centroids out of the hull", () => {
    const withRussia = [...triangle, placeReport({ place_id: "ru", kind: "country", geo_precision: "country" }, [99, 61])];
    expect(Math.round(computeCampaignStats(withRussia).extentKm2 ?? -1)).toBe(
      Math.round(computeCampaignStats(triangle).extentKm2 ?? -1),
    );
  });

  it("names the Russian settlement deepest from the border among event reports", () => {
    const stats = computeCampaignStats([
      ...triangle,
      placeReport({ place_id: "far-mention", role: "mention", border_distance_km: 400 }),
      placeReport({ place_id: "kharkiv", country: "UA", border_distance_km: 30 }),
      placeReport({ place_id: "oblast", kind: "region", geo_precision: "region", border_distance_km: 90 }),
    ]);
    expect(stats.deepestInsideRussia).toEqual({ placeId: "b", name: "b", borderDistanceKm: 12.4, kind: "settlement" });
  });

  it("takes no village drawn at its district's or neighbour's point for the deepest, and puts one near a town in the hull", () => {
    const near = placeReport({ place_id: "near:486816:kremyanoye", geo_precision: "near", border_distance_km: 300 }, [1, 1]);
    const inDistrict = placeReport({ place_id: "near:486813:glotovo", geo_precision: "district", border_distance_km: 200 });
    const stats = computeCampaignStats([...triangle, near, inDistrict]);
    expect(stats.deepestInsideRussia?.placeId).toBe("b");
    expect(stats.extentPointCount).toBe(5);
  });

  it("counts settlements named in mentions too, but only events as event reports", () => {
    const stats = computeCampaignStats([
      placeReport({ place_id: "kyiv", role: "mention", country: "UA" }),
      placeReport({ place_id: "oblast", kind: "region" }),
    ]);
    expect(stats.settlementsNamed).toBe(1);
    expect(stats.eventReports).toBe(1);
    expect(stats.deepestInsideRussia).toBeNull();
  });

  it("counts a campaign reported only at district level: its district named and its depth", () => {
    const stats = computeCampaignStats([
      placeReport({ place_id: "adm1:RU.41", name: "Kursk Oblast", kind: "region", geo_precision: "region", border_distance_km: 95 }),
      placeReport({ place_id: "486813", name: "Sudzhanskiy Rayon", kind: "district", geo_precision: "district", border_distance_km: 12 }),
      placeReport({ place_id: "kyiv", role: "mention", country: "UA", border_distance_km: -200 }),
    ]);
    expect(stats.districtsNamed).toBe(1);
    expect(stats.regionsNamed).toBe(1);
    // The region's centre, 95 km in, is not where anyone is reported: the district is.
    expect(stats.deepestInsideRussia).toEqual({ placeId: "486813", name: "Sudzhanskiy Rayon", borderDistanceKm: 12, kind: "district" });
  });

  it("takes a district deeper than every village for the deepest point", () => {
    const stats = computeCampaignStats([
      ...triangle,
      placeReport({ place_id: "d", kind: "district", geo_precision: "district", border_distance_km: 30 }),
    ]);
    expect(stats.deepestInsideRussia).toMatchObject({ placeId: "d", kind: "district" });
  });
});
