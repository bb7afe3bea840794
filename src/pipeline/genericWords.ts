import type { PlaceKind } from "../contract/placeReport";

/**
 * Generic words that follow a name and say its kind ("Belgorod region", "Sudzha district",
 * "Donetsk city"). Their own module, free of the word lists, so the map's review mode can
 * read names the way the pipeline does.
 */
export const GENERIC_KIND: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>(Object.entries({
  region: "region", regions: "region", oblast: "region", oblasts: "region", province: "region",
  provinces: "region", krai: "region", kray: "region", area: "region", governorate: "region",
  district: "district", districts: "district", raion: "district", rayon: "district", raions: "district",
  city: "settlement", town: "settlement", village: "settlement", settlement: "settlement", hamlet: "settlement",
  область: "region", район: "district",
}) as [string, PlaceKind][]);

/** The kind a generic word asks for, any case; null for any other word. */
export function genericKindOfWord(word: string): PlaceKind | null {
  return GENERIC_KIND.get(word.toLowerCase()) ?? null;
}
