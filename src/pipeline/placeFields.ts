import type { GazetteerEntry } from "../gazetteer/types";

/** How exactly a report's point stands for the place: an entry's kind decides it. */
export const GEO_PRECISION = { settlement: "exact", facility: "exact", district: "district", region: "region", country: "country" } as const;

/** A report's border distance, to 0.1 km; countries and runs without border data have none. */
export function reportBorderDistanceKm(entry: GazetteerEntry, borderDistanceKm: ((lon: number, lat: number) => number) | null): number | null {
  if (entry.kind === "country" || !borderDistanceKm) return null;
  return Math.round(borderDistanceKm(entry.lon, entry.lat) * 10) / 10;
}
