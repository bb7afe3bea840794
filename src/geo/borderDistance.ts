import { distance } from "@turf/distance";
import type { BorderFile } from "./borderFile";

/**
 * Segments whose flat distance is within this of the best are re-measured with
 * turf; the flat projection is off by well under 3% within a few hundred km.
 */
const REFINE_MARGIN_KM = 0.5;
const REFINE_MARGIN_RATIO = 1.03;
/** At most this many candidates are re-measured: neighbours of the nearest vertex. */
const REFINED_SEGMENTS = 4;
const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

/**
 * Signed distance in km from a point to the Russia–Ukraine land border:
 * positive inside Russia (the incursion depth journalists quote), negative
 * outside. Pure: takes the parsed border file.
 *
 * Speed: every segment is first measured in a flat projection centred on the
 * point (cheap, a few per cent off at most); for the few nearest of them,
 * the great-circle distance (turf) to the foot of the perpendicular is the
 * answer. Border segments are a few km long, so the foot found in the flat
 * projection is the true nearest point to within metres. The
 * inside test runs a ray cast over the polygon edges of the point's latitude band.
 */
export function createBorderDistance(border: BorderFile): (lon: number, lat: number) => number {
  const segments = flattenSegments(border.features[0].geometry.coordinates);
  const inside = createInsideTest(border.features[1].geometry.coordinates);
  const segmentCount = segments.length / 4;

  return (lon, lat) => {
    const kmPerLon = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat * Math.PI) / 180);
    // The few nearest segments by flat distance, kept sorted: [distance, index] pairs.
    const nearest: number[] = [];
    for (let i = 0; i < segmentCount; i++) {
      const o = i * 4;
      const d = flatDistanceKm(
        (segments[o]! - lon) * kmPerLon,
        (segments[o + 1]! - lat) * KM_PER_DEGREE_LAT,
        (segments[o + 2]! - lon) * kmPerLon,
        (segments[o + 3]! - lat) * KM_PER_DEGREE_LAT,
      );
      if (nearest.length === REFINED_SEGMENTS * 2 && d >= nearest[nearest.length - 2]!) continue;
      let at = nearest.length;
      while (at > 0 && nearest[at - 2]! > d) at -= 2;
      nearest.splice(at, 0, d, i);
      if (nearest.length > REFINED_SEGMENTS * 2) nearest.length = REFINED_SEGMENTS * 2;
    }
    const best = nearest[0]!;
    let exact = Infinity;
    for (let k = 0; k < nearest.length; k += 2) {
      if (nearest[k]! > best * REFINE_MARGIN_RATIO + REFINE_MARGIN_KM) break;
      const o = nearest[k + 1]! * 4;
      const t = closestFraction(
        (segments[o]! - lon) * kmPerLon,
        (segments[o + 1]! - lat) * KM_PER_DEGREE_LAT,
        (segments[o + 2]! - lon) * kmPerLon,
        (segments[o + 3]! - lat) * KM_PER_DEGREE_LAT,
      );
      const foot = [
        segments[o]! + t * (segments[o + 2]! - segments[o]!),
        segments[o + 1]! + t * (segments[o + 3]! - segments[o + 1]!),
      ];
      exact = Math.min(exact, distance([lon, lat], foot, { units: "kilometers" }));
    }
    return inside(lon, lat) ? exact : -exact;
  };
}

function flattenSegments(lines: [number, number][][]): Float64Array {
  const values: number[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) values.push(...line[i - 1]!, ...line[i]!);
  }
  return Float64Array.from(values);
}

/** Where along segment (ax, ay)–(bx, by) the point nearest the origin lies, from 0 to 1. */
function closestFraction(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  return lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
}

/** Distance from the origin to segment (ax, ay)–(bx, by), in the segment's units. */
function flatDistanceKm(ax: number, ay: number, bx: number, by: number): number {
  const t = closestFraction(ax, ay, bx, by);
  return Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
}

/** Latitude band height of the edge index used by the inside test. */
const BAND_DEGREES = 0.25;

/**
 * Even-odd ray casting over all rings (holes included, so they count as
 * outside). Edges are indexed by latitude band: a horizontal ray only needs
 * the edges that span its latitude, a few dozen of Russia's ~15k.
 */
function createInsideTest(polygons: [number, number][][][]): (lon: number, lat: number) => boolean {
  const bands = new Map<number, number[]>();
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j]!;
      const [x2, y2] = ring[i]!;
      const first = Math.floor(Math.min(y1, y2) / BAND_DEGREES);
      const last = Math.floor(Math.max(y1, y2) / BAND_DEGREES);
      for (let band = first; band <= last; band++) {
        const edges = bands.get(band) ?? [];
        edges.push(x1, y1, x2, y2);
        bands.set(band, edges);
      }
    }
  }
  const indexed = new Map([...bands].map(([band, edges]) => [band, Float64Array.from(edges)]));
  return (lon, lat) => {
    const edges = indexed.get(Math.floor(lat / BAND_DEGREES));
    if (!edges) return false;
    let inside = false;
    for (let o = 0; o < edges.length; o += 4) {
      const x1 = edges[o]!;
      const y1 = edges[o + 1]!;
      const x2 = edges[o + 2]!;
      const y2 = edges[o + 3]!;
      if (y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) inside = !inside;
    }
    return inside;
  };
}
