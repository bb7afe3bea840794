import * as turf from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

/** The largest ring-set of a (Multi)Polygon by area: the mainland of a country, the main body of an oblast. */
export function largestPolygon(geometry: Polygon | MultiPolygon): Feature<Polygon> {
  if (geometry.type === "Polygon") return turf.polygon(geometry.coordinates);
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const area = turf.area(turf.polygon(rings));
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  if (!best) throw new Error("empty MultiPolygon");
  return turf.polygon(best);
}

/**
 * A representative point of an area: the area centroid of its largest polygon,
 * or a point guaranteed on the surface when that centroid falls outside
 * (crescent-shaped oblasts, countries wrapped around a sea).
 */
export function representativePoint(geometry: Polygon | MultiPolygon): { lon: number; lat: number } {
  const main = largestPolygon(geometry);
  const centre = turf.centerOfMass(main);
  const point = turf.booleanPointInPolygon(centre, main) ? centre : turf.pointOnFeature(main);
  const [lon, lat] = point.geometry.coordinates as [number, number];
  return { lon, lat };
}
