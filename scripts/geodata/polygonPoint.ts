import * as turf from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

/** The largest ring-set of a (Multi)Polygon by area: the mainland of a country, the main body of an oblast. */
function largestPolygon(geometry: Polygon | MultiPolygon): Feature<Polygon> {
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
 * A representative point of an area: the area centroid of its largest polygon;
 * when that falls outside (crescent-shaped regions wrapped around a bay), the
 * source's own label point if it lies in that polygon, else a point on the
 * surface. turf.pointOnFeature alone can return a coastline vertex.
 */
export function representativePoint(
  geometry: Polygon | MultiPolygon,
  labelPoint?: { lon: number; lat: number },
): { lon: number; lat: number } {
  const main = largestPolygon(geometry);
  const centre = turf.centerOfMass(main);
  if (turf.booleanPointInPolygon(centre, main)) return asLonLat(centre.geometry.coordinates);
  if (labelPoint && turf.booleanPointInPolygon([labelPoint.lon, labelPoint.lat], main)) return labelPoint;
  return asLonLat(turf.pointOnFeature(main).geometry.coordinates);
}

const asLonLat = (coordinates: Position): { lon: number; lat: number } => ({ lon: coordinates[0]!, lat: coordinates[1]! });
