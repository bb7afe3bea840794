import type { GazetteerEntry } from "../gazetteer/types";
import { distanceKm, type LatLon } from "../geo/greatCircle";
import { lookupExact, lookupFuzzy, type NameIndex } from "../pipeline/nameIndex";
import { nameKeyOf } from "./anchor";

export interface PlaceCandidate {
  entry: GazetteerEntry;
  /** 0 for the same spelling key, more for a longer name it begins or a near spelling. */
  editDistance: number;
  /** From the middle of the article's other places; null when it has none. */
  distanceKm: number | null;
}

const MAX_CANDIDATES = 12;
const MIN_PREFIX = 3;

/**
 * Gazetteer entries for a spelling an editor types: the same key under the gazetteer's
 * folding, names it begins, and near spellings; nearest to the article's places first
 * among equally good spellings, so the namesakes far away stay visible but lower.
 */
export function searchPlaces(index: NameIndex, query: string, near: LatLon | null): PlaceCandidate[] {
  const key = nameKeyOf(query);
  if (key.length === 0) return [];
  const found = new Map<GazetteerEntry, number>();
  const add = (entry: GazetteerEntry, d: number) => {
    const seen = found.get(entry);
    if (seen === undefined || d < seen) found.set(entry, d);
  };
  for (const m of lookupExact(index, key)) add(m.entry, 0);
  for (const m of lookupFuzzy(index, key)) add(m.entry, m.editDistance);
  if (key.length >= MIN_PREFIX) {
    for (const [candidate, positions] of index.byKey) {
      if (candidate.length > key.length && candidate.startsWith(key)) for (const i of positions) add(index.entries[i]!, 0.5);
    }
  }
  return [...found]
    .map(([entry, d]) => ({ entry, editDistance: d, distanceKm: near ? Math.round(distanceKm(near, entry)) : null }))
    .sort((a, b) => a.editDistance - b.editDistance || (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || b.entry.population - a.entry.population)
    .slice(0, MAX_CANDIDATES);
}

/** The middle of the places an article names: what "near" means for its candidates. */
export function middleOf(points: readonly LatLon[]): LatLon | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat).sort((a, b) => a - b);
  const lons = points.map((p) => p.lon).sort((a, b) => a - b);
  const mid = Math.floor(points.length / 2);
  return { lat: lats[mid]!, lon: lons[mid]! };
}
