import type { GazetteerEntry } from "./types";

/**
 * Merges gazetteer sources in order: a later source adds entries and replaces
 * earlier ones with the same id (a full GeoNames dump refines the default).
 * Spellings of a replaced entry are kept, so the supplement's exonyms survive.
 */
export function mergeGazetteers(...sources: GazetteerEntry[][]): GazetteerEntry[] {
  const byId = new Map<string, GazetteerEntry>();
  for (const source of sources) {
    for (const entry of source) {
      const previous = byId.get(entry.id);
      if (!previous) {
        byId.set(entry.id, entry);
        continue;
      }
      const altNames = [...new Set([...entry.altNames, previous.name, ...previous.altNames])].filter(
        (name) => name !== entry.name,
      );
      byId.set(entry.id, { ...entry, altNames });
    }
  }
  return [...byId.values()];
}
