import type { PlaceReport } from "../contract/placeReport";

export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * One frame for both maps, so the same distance looks the same on each side. It frames where
 * things happened: mentions (Moscow, Kyiv) and region or country centroids are left out, as
 * they would zoom the frame out to half a continent.
 */
export function compareBounds(...sides: readonly (readonly PlaceReport[])[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const reports of sides) {
    for (const { geometry, properties } of reports) {
      if (properties.role !== "event") continue;
      if (properties.geo_precision === "region" || properties.geo_precision === "country") continue;
      const [lon, lat] = geometry.coordinates;
      bounds = bounds
        ? [Math.min(bounds[0], lon), Math.min(bounds[1], lat), Math.max(bounds[2], lon), Math.max(bounds[3], lat)]
        : [lon, lat, lon, lat];
    }
  }
  return bounds;
}
