import * as turf from "@turf/turf";
import type { BBox, Feature, MultiPolygon, Polygon } from "geojson";
import type { LatLon } from "../../src/geo/greatCircle";
import type { AreaProperties } from "../../src/map/areaFile";

/**
 * Shapes of the admin areas place reports name, for the map to draw a region or district
 * report as its area. Oblasts are Natural Earth's polygons. No district polygons exist
 * offline, so a district's shape is an APPROXIMATION: the convex hull of its own
 * settlements (and its point), buffered, joined with a circle round its point when the
 * hull is smaller, clipped to its oblast; with fewer than three settlements, the circle. The map draws them dashed for that reason.
 */

/**
 * Oblast outlines are simplified by this many degrees: about 1 km in the theatre, as the
 * basemap's outlines (so the two coincide), and about 5 km beyond it, where a report of
 * a whole Siberian region needs its shape, not its coastline.
 */
export const REGION_TOLERANCE_DEG = { theatre: 0.01, beyond: 0.05 } as const;
/** Hulls are grown by this much, so settlements on the edge lie inside and 3 in a row make an area. */
const DISTRICT_BUFFER_KM = 3;
/** A district with too few settlements for a hull: a circle of a mid-sized rayon (about 700 km²). */
export const DISTRICT_CIRCLE_KM = 15;
const MIN_SETTLEMENTS_FOR_HULL = 3;
/** 12 sides: at most 0.5 km inside a true circle of 15 km (a pixel at zoom 8), and a third of the bytes of 32 over 2,000 districts. */
const CIRCLE_STEPS = 12;

type Area = Polygon | MultiPolygon;

export function regionArea(geometry: Area, theatreBox: BBox): Area {
  const tolerance = bboxesOverlap(turf.bbox(geometry), theatreBox) ? REGION_TOLERANCE_DEG.theatre : REGION_TOLERANCE_DEG.beyond;
  return turf.simplify(turf.feature(geometry), { tolerance, highQuality: false }).geometry;
}

/**
 * A district's approximate shape: hull of its settlements and its point when there are at
 * least MIN_SETTLEMENTS_FOR_HULL and they span an area (joined with the circle while it is
 * smaller than the circle), else a circle; clipped to the
 * oblast (the circle of a district on the border stops at the border) unless nothing of
 * it lies inside the oblast, when the unclipped shape is kept.
 */
export function districtArea(point: LatLon, ownSettlements: readonly LatLon[], oblast: Area | null): {
  geometry: Area;
  shape: Exclude<AreaProperties["shape"], "polygon">;
} {
  const centre = turf.point([point.lon, point.lat]);
  const hull = ownSettlements.length >= MIN_SETTLEMENTS_FOR_HULL
    ? turf.convex(turf.featureCollection([centre, ...ownSettlements.map((s) => turf.point([s.lon, s.lat]))]))
    : null;
  const shape = hull ? "hull" : "circle";
  const circle = turf.circle(centre, DISTRICT_CIRCLE_KM, { units: "kilometers", steps: CIRCLE_STEPS });
  let grown: Feature<Area> | null | undefined = hull ? turf.buffer(hull, DISTRICT_BUFFER_KM, { units: "kilometers", steps: 4 }) : circle;
  if (!grown) throw new Error(`district area at ${point.lat},${point.lon}: buffering its hull gave nothing`);
  // A hull smaller than a mid-sized rayon is a few known villages, not the district: it joins the circle.
  if (hull && turf.area(grown) < turf.area(circle)) grown = turf.union(turf.featureCollection([grown, circle])) ?? grown;
  return { geometry: (oblast ? clipTo(grown, oblast) : null)?.geometry ?? grown.geometry, shape };
}

/** The part of a shape inside an oblast; the oblast is first cut to the shape's box, as Sakha's polygon is long. */
function clipTo(shape: Feature<Area>, oblast: Area): Feature<Area> | null {
  const [west, south, east, north] = turf.bbox(shape);
  const margin = 0.01;
  // A polygon clipped to a box stays a polygon; turf's return type does not say so.
  const cut = turf.bboxClip(turf.feature(oblast), [west - margin, south - margin, east + margin, north + margin]).geometry as Area;
  const near = withoutEmptyRings(cut);
  return near ? turf.intersect(turf.featureCollection([shape, turf.feature(near)])) : null;
}

/** bboxClip leaves rings (and polygons) that lay outside the box empty; intersect refuses those. */
function withoutEmptyRings(area: Area): Area | null {
  const polygons = (area.type === "Polygon" ? [area.coordinates] : area.coordinates)
    .filter((rings) => rings.length > 0 && rings[0]!.length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4));
  return polygons.length === 0 ? null : { type: "MultiPolygon", coordinates: polygons };
}

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
