import * as turf from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { distanceKm, type LatLon } from "../../src/geo/greatCircle";

/**
 * How far a district's point may lie from the nearest of its own settlements. A rayon of
 * European Russia is 30–60 km across and a Ukrainian raion (since 2020) up to ~120 km, so
 * an administrative centre sits among its settlements; one 60 km from all of them is the
 * centre of some other place with a similar name.
 */
const MAX_KM_FROM_OWN_SETTLEMENTS = 60;

/**
 * The distance is only judged against two or more settlements: GeoNames gives a few
 * villages another district's code (Velikopetrovka, in the south of Chelyabinsk Oblast,
 * carries Kaslinskiy Rayon's, 290 km north), and one such village must not pull its
 * district's point away from a centre found by name.
 */
const MIN_SETTLEMENTS_TO_JUDGE_DISTANCE = 2;

export type DistrictPointProblem = "outside its oblast" | `${number} km from its nearest settlement`;

/**
 * What is wrong with a district's point, or null: it must lie inside its oblast's polygon
 * (when the oblast has one) and within MAX_KM_FROM_OWN_SETTLEMENTS of one of the
 * district's own settlements (when the gazetteer knows enough of them to judge).
 */
export function districtPointProblem(
  point: LatLon,
  oblast: Polygon | MultiPolygon | null,
  ownSettlements: readonly LatLon[],
): DistrictPointProblem | null {
  if (oblast && !turf.booleanPointInPolygon([point.lon, point.lat], oblast)) return "outside its oblast";
  if (ownSettlements.length < MIN_SETTLEMENTS_TO_JUDGE_DISTANCE) return null;
  const nearestKm = Math.min(...ownSettlements.map((s) => distanceKm(point, s)));
  return nearestKm > MAX_KM_FROM_OWN_SETTLEMENTS ? `${Math.round(nearestKm)} km from its nearest settlement` : null;
}

export interface DistrictPoint {
  point: LatLon;
  placedBy: "centre" | "settlements";
  /** Set when neither the centre nor the settlements' centroid passes the check: the build warns. */
  problem: DistrictPointProblem | null;
}

/**
 * The district's point: its administrative centre when that passes the check, else the
 * centroid of its own settlements when that does (a namesake centre found in the wrong
 * place, a coastal town just off a simplified coastline), else the better of the two,
 * with its problem kept for the build's warning. Null with neither a centre nor settlements.
 */
export function placeDistrictPoint(
  centre: LatLon | null,
  ownSettlements: readonly LatLon[],
  oblast: Polygon | MultiPolygon | null,
): DistrictPoint | null {
  const centroid = meanOf(ownSettlements);
  const candidates: [LatLon, DistrictPoint["placedBy"]][] = [];
  if (centre) candidates.push([centre, "centre"]);
  if (centroid) candidates.push([centroid, "settlements"]);
  if (candidates.length === 0) return null;
  const checked = candidates.map(([point, placedBy]) => ({ point, placedBy, problem: districtPointProblem(point, oblast, ownSettlements) }));
  // Inside the oblast but far from the settlements beats outside it.
  return checked.find((c) => c.problem === null) ??
    checked.find((c) => c.problem !== "outside its oblast") ?? checked[0]!;
}

function meanOf(points: readonly LatLon[]): LatLon | null {
  if (points.length === 0) return null;
  return {
    lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
    lon: points.reduce((sum, p) => sum + p.lon, 0) / points.length,
  };
}
