import type { PlaceReportProperties } from "./placeReport";

/**
 * Values of the place-report contract that the page needs at start-up, free of the schema
 * library: the map, the store and the link read them before any dataset is checked, and the
 * schemas (src/contract/placeReport.ts) are loaded with the first dataset.
 */
export const CLAIMANT_KINDS = ["russian_official", "ukrainian_official", "armed_group", "independent", "outlet", "unknown"] as const;

/** The fields of an unresolved row, as the contract's schema lists them (a test holds the two equal). */
export const UNRESOLVED_FIELDS = [
  "source_path", "mention", "sentence", "source_id", "source_title", "source_outlet", "source_url", "source_published",
  "start", "end", "role", "date_start", "date_end", "time_precision", "date_source", "provisional_place_id",
] as const;

/**
 * A report drawn at a container or neighbour rather than at the place itself: a settlement
 * (or facility) whose precision is coarser than a point.
 */
export function isApproximatePlacement(p: Pick<PlaceReportProperties, "kind" | "geo_precision">): boolean {
  return (p.kind === "settlement" || p.kind === "facility") && p.geo_precision !== "exact";
}
