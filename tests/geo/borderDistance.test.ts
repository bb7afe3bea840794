import { beforeAll, describe, expect, it } from "vitest";
import { createBorderDistance } from "../../src/geo/borderDistance";
import type { BorderFile } from "../../src/geo/borderFile";
import { loadBorder } from "../../src/cli/loadBorder";

// Runs after `npm run build:data`, against data/build/border.json.
let border: BorderFile;
let distanceKm: (lon: number, lat: number) => number;
beforeAll(() => {
  border = loadBorder();
  distanceKm = createBorderDistance(border);
});

describe("signed distance to the Russia–Ukraine border", () => {
  it("puts Sudzha about 12 km inside Russia", () => {
    // Natural Earth 10m puts the town 12.0 km from the line; reporting says "about 10 km".
    expect(distanceKm(35.271, 51.191)).toBeGreaterThan(9);
    expect(distanceKm(35.271, 51.191)).toBeLessThan(13);
  });

  it("puts Kharkiv 30 to 40 km outside Russia", () => {
    const km = distanceKm(36.25475, 49.98177);
    expect(km).toBeLessThan(-30);
    expect(km).toBeGreaterThan(-40);
  });

  it("puts Kursk city deep inside Russia", () => {
    expect(distanceKm(36.18457, 51.72689)).toBeGreaterThan(50);
  });

  it("is about zero on the border line itself, from either side", () => {
    const line = border.features[0].geometry.coordinates[0]!;
    const [a, b] = [line[200]!, line[201]!];
    const [lon, lat] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    expect(Math.abs(distanceKm(lon, lat))).toBeLessThan(0.05);
  });

  it("counts Crimea as outside Russia: only the recognised land border is kept", () => {
    expect(distanceKm(34.1, 44.95)).toBeLessThan(-300);
    const ends = border.features[0].geometry.coordinates.flatMap((l) => [l[0]!, l[l.length - 1]!]);
    // The line runs from the Belarus tripoint (~52.1N) to the Sea of Azov (~47.1N); nothing on the Crimean isthmuses (~46N).
    expect(Math.max(...ends.map((p) => p[1]))).toBeGreaterThan(52);
    expect(Math.min(...border.features[0].geometry.coordinates.flat().map((p) => p[1]))).toBeGreaterThan(46.9);
  });

  it("agrees with a plain great-circle check to the nearest border vertex", () => {
    // Kozinka: the nearest vertex is an upper bound; the segment distance must be just below it.
    const vertices = border.features[0].geometry.coordinates.flat();
    const toRad = Math.PI / 180;
    const [lon, lat] = [35.6026, 50.4613];
    const nearestVertexKm = Math.min(
      ...vertices.map(([vLon, vLat]) => {
        const h = Math.sin(((vLat - lat) * toRad) / 2) ** 2 + Math.cos(lat * toRad) * Math.cos(vLat * toRad) * Math.sin(((vLon - lon) * toRad) / 2) ** 2;
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
      }),
    );
    const km = distanceKm(lon, lat);
    expect(km).toBeGreaterThan(0);
    expect(km).toBeLessThanOrEqual(nearestVertexKm + 1e-6);
    expect(km).toBeGreaterThan(nearestVertexKm - 3);
  });
});
