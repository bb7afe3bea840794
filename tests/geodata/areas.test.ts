import * as turf from "@turf/turf";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { DISTRICT_CIRCLE_KM, REGION_TOLERANCE_DEG, districtArea, regionArea } from "../../scripts/geodata/areas";

/** A box for an oblast, lon 35–37, lat 50–51. */
const oblast: Polygon = { type: "Polygon", coordinates: [[[35, 50], [37, 50], [37, 51], [35, 51], [35, 50]]] };
const inside = (area: ReturnType<typeof districtArea>, lon: number, lat: number) =>
  turf.booleanPointInPolygon([lon, lat], area.geometry);
/** A point `km` east of (lon, lat). */
const east = (lon: number, lat: number, km: number) => turf.destination([lon, lat], km, 90, { units: "kilometers" }).geometry.coordinates;

describe("a district's area", () => {
  const centre = { lon: 36, lat: 50.5 };
  const settlements = [{ lon: 35.8, lat: 50.4 }, { lon: 36.2, lat: 50.4 }, { lon: 36.3, lat: 50.7 }];

  it("is the hull of its settlements and its point, grown by 3 km", () => {
    const area = districtArea(centre, settlements, oblast);
    expect(area.shape).toBe("hull");
    for (const p of [centre, ...settlements]) expect(inside(area, p.lon, p.lat)).toBe(true);
    const [lon2, lat2] = east(36.3, 50.7, 2);
    const [lon5, lat5] = east(36.3, 50.7, 5);
    expect(inside(area, lon2!, lat2!)).toBe(true);
    expect(inside(area, lon5!, lat5!)).toBe(false);
  });

  it("joins a hull smaller than the circle with the circle, so a few villages in a line never make a sliver", () => {
    const sliver = [{ lon: 35.99, lat: 50.45 }, { lon: 36.01, lat: 50.55 }, { lon: 36.0, lat: 50.6 }];
    const area = districtArea(centre, sliver, oblast);
    expect(area.shape).toBe("hull");
    for (const p of [centre, ...sliver]) expect(inside(area, p.lon, p.lat)).toBe(true);
    const [lon14, lat14] = east(36, 50.5, DISTRICT_CIRCLE_KM - 1);
    expect(inside(area, lon14!, lat14!)).toBe(true);
  });

  it("is a 15 km circle round its point with fewer than three settlements, or three in a row", () => {
    const inARow = [{ lon: 35.9, lat: 50.5 }, { lon: 36.1, lat: 50.5 }, { lon: 36.2, lat: 50.5 }];
    for (const own of [[], settlements.slice(0, 2), inARow]) {
      const area = districtArea(centre, own, oblast);
      expect(area.shape).toBe("circle");
      const [lon14, lat14] = east(36, 50.5, DISTRICT_CIRCLE_KM - 1);
      const [lon16, lat16] = east(36, 50.5, DISTRICT_CIRCLE_KM + 1);
      expect(inside(area, lon14!, lat14!)).toBe(true);
      expect(inside(area, lon16!, lat16!)).toBe(false);
    }
  });

  it("stops at its oblast's edge", () => {
    const nearEdge = { lon: 35.05, lat: 50.5 };
    const clipped = districtArea(nearEdge, [], oblast);
    const whole = districtArea(nearEdge, [], null);
    expect(turf.bbox(clipped.geometry)[0]).toBeCloseTo(35, 6);
    expect(turf.bbox(whole.geometry)[0]).toBeLessThan(34.9);
    expect(turf.area(clipped.geometry) / turf.area(whole.geometry)).toBeLessThan(0.75);
  });

  it("keeps its whole shape when none of it lies in its oblast, rather than vanish", () => {
    const area = districtArea({ lon: 38, lat: 50.5 }, [], oblast);
    expect(turf.area(area.geometry)).toBeGreaterThan(600e6);
  });
});

describe("a region's area", () => {
  const theatre: [number, number, number, number] = [20, 42, 50, 60];
  /** A zigzag edge with 3 km (0.03°) teeth: kept at the theatre's tolerance, smoothed beyond it. */
  const zigzag = (lon0: number): Polygon => {
    const edge = Array.from({ length: 21 }, (_, i) => [lon0 + i * 0.05, 50 + (i % 2) * 0.03]);
    return { type: "Polygon", coordinates: [[...edge, [lon0 + 1, 49], [lon0, 49], edge[0]!]] };
  };
  const vertexCount = (p: ReturnType<typeof regionArea>) => (p.type === "Polygon" ? p.coordinates[0]!.length : NaN);

  it(`is simplified by ${REGION_TOLERANCE_DEG.theatre}° in the theatre and ${REGION_TOLERANCE_DEG.beyond}° beyond it`, () => {
    expect(vertexCount(regionArea(zigzag(36), theatre))).toBe(24);
    expect(vertexCount(regionArea(zigzag(100), theatre))).toBeLessThan(6);
  });
});
