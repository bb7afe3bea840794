import * as turf from "@turf/turf";
import { claimantKind, isApproximatePlacement, type ClaimantKind, type PlaceReport } from "../contract/placeReport";

interface DeepestPoint {
  placeId: string;
  name: string;
  borderDistanceKm: number;
  /** What the distance is measured to: the village itself, or the centre of a district or region. */
  kind: "settlement" | "district" | "region";
}

export interface CampaignStats {
  /** Distinct place_ids of kind `settlement`, any role: every village the coverage names. */
  settlementsNamed: number;
  /**
   * Distinct districts and regions where an event is reported: coverage that names no
   * village ("fighting in the Sudzha district") still counts, at its precision.
   */
  districtsNamed: number;
  regionsNamed: number;
  eventReports: number;
  /** Distinct `source_id`s (articles), not outlets. */
  distinctSources: number;
  /**
   * The event place inside Russia furthest from the border: a settlement or a district
   * (measured to its centre), a region's centre only when nothing finer is reported;
   * null when none.
   */
  deepestInsideRussia: DeepestPoint | null;
  /**
   * km² of the convex hull of distinct event places located at least to district level.
   * Region- and country-level points are centroids, not places where anything happened, so
   * they would inflate the hull. null with fewer than 3 distinct points; 0 when they are collinear.
   */
  extentKm2: number | null;
  /** How many distinct points the hull was built from, so a reader can judge the extent. */
  extentPointCount: number;
  /** Distinct event places each kind of claimant speaks of (placesByClaimantKind). */
  placesByClaimantKind: Record<ClaimantKind, number>;
  /** Distinct event places with a contested report. */
  contestedPlaces: number;
}

// A village drawn near a named settlement is placed as closely as a district's point.
const LOCATED = new Set(["exact", "district", "near"]);

export function computeCampaignStats(reports: readonly PlaceReport[]): CampaignStats {
  const events = reports.filter((r) => r.properties.role === "event");
  const settlements = new Set(
    reports.filter((r) => r.properties.kind === "settlement").map((r) => r.properties.place_id),
  );
  const sources = new Set(reports.map((r) => r.properties.source_id));
  const { km2, pointCount } = convexHullAreaKm2(events.filter((r) => LOCATED.has(r.properties.geo_precision)));
  const eventPlaces = (kind: string) => new Set(events.filter((r) => r.properties.kind === kind).map((r) => r.properties.place_id)).size;
  return {
    settlementsNamed: settlements.size,
    districtsNamed: eventPlaces("district"),
    regionsNamed: eventPlaces("region"),
    eventReports: events.length,
    distinctSources: sources.size,
    deepestInsideRussia: deepestInsideRussia(events),
    extentKm2: km2,
    extentPointCount: pointCount,
    placesByClaimantKind: placesByClaimantKind(events),
    contestedPlaces: new Set(events.filter(backsAPlace).filter((r) => r.properties.contested).map((r) => r.properties.place_id)).size,
  };
}

/** Country-level reports sit at a centroid: "Russia" is not a place anyone claims to have reached. */
const backsAPlace = (r: PlaceReport) => r.properties.kind !== "country";

/**
 * For each kind of claimant, the distinct places where an event report has a quote of that
 * kind: how much of a side's map rests on whose word. A place counts once per kind, and
 * under every kind that speaks of it; mentions and country-level reports are left out.
 */
export function placesByClaimantKind(reports: readonly PlaceReport[]): Record<ClaimantKind, number> {
  const places = Object.fromEntries(claimantKind.options.map((kind) => [kind, new Set<string>()])) as Record<ClaimantKind, Set<string>>;
  for (const { properties: p } of reports) {
    if (p.role !== "event" || p.kind === "country") continue;
    for (const quote of p.quotes) if (quote.claimant_kind) places[quote.claimant_kind].add(p.place_id);
  }
  return Object.fromEntries(claimantKind.options.map((kind) => [kind, places[kind].size])) as Record<ClaimantKind, number>;
}

function deepestInsideRussia(events: readonly PlaceReport[]): DeepestPoint | null {
  const inRussia = events.map((r) => r.properties).filter((p) =>
    // A village drawn at its district's or neighbour's point has that point's distance, not its own.
    p.country === "RU" && p.border_distance_km !== null && !isApproximatePlacement(p));
  const deepestOf = (kinds: readonly string[]) => {
    let deepest: DeepestPoint | null = null;
    for (const p of inRussia) {
      if (!kinds.includes(p.kind) || p.border_distance_km === null) continue;
      if (deepest === null || p.border_distance_km > deepest.borderDistanceKm) {
        deepest = { placeId: p.place_id, name: p.name, borderDistanceKm: p.border_distance_km, kind: p.kind as DeepestPoint["kind"] };
      }
    }
    return deepest;
  };
  // A region's centre says little about how far anyone went: only when nothing finer exists.
  return deepestOf(["settlement", "district"]) ?? deepestOf(["region"]);
}

function convexHullAreaKm2(events: readonly PlaceReport[]): { km2: number | null; pointCount: number } {
  const byPlace = new Map<string, [number, number]>();
  for (const r of events) byPlace.set(r.properties.place_id, r.geometry.coordinates);
  const points = [...byPlace.values()];
  if (points.length < 3) return { km2: null, pointCount: points.length };
  const hull = turf.convex(turf.featureCollection(points.map((c) => turf.point(c))));
  // turf.convex returns null (or a degenerate ring) for collinear points: no area to speak of.
  return { km2: hull ? turf.area(hull) / 1e6 : 0, pointCount: points.length };
}
