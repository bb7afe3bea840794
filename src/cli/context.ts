import { readFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { campaignListSchema } from "../contract/campaign";
import { parseOrThrow } from "../contract/schemaProblem";
import { claimantLexiconFile, compileClaimantLexicon } from "../pipeline/claimants";
import { loadDefaultGazetteerWithAdmin, loadDefaultNameKeys, loadGazetteer, type DefaultGazetteer } from "./loadGazetteer";
import { mergeGazetteers } from "../gazetteer/merge";
import { loadBorderDistance } from "./loadBorder";
import type { GazetteerEntry } from "../gazetteer/types";
import { buildNameIndex, defaultFuzzyPool, entryKeys, type KeysOf } from "../pipeline/nameIndex";
import type { Correction } from "../contract/corrections";
import { prepareCorrections, type CorrectionSet } from "../corrections/applyCorrections";
import { FOCUS_COUNTRIES, type LoadedContext } from "../ingest/ingestArticle";
import { adminFromSettlements, type PlaceLookup } from "../corrections/targets";

export type { LoadedContext };

const CAMPAIGNS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/campaigns.json");
const CLAIMANTS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/claimants.json");


/**
 * The same few places recur across an archive; their border distance is computed once.
 * Keyed by the coordinates as numbers: formatting them into a string key cost more than the lookup.
 */
export function memoisePoint(f: (lon: number, lat: number) => number): (lon: number, lat: number) => number {
  const byLon = new Map<number, Map<number, number>>();
  return (lon, lat) => {
    let byLat = byLon.get(lon);
    if (byLat === undefined) byLon.set(lon, (byLat = new Map()));
    let value = byLat.get(lat);
    if (value === undefined) byLat.set(lat, (value = f(lon, lat)));
    return value;
  };
}

/** Everything geoparsing needs, read once per process: gazetteer(s), border, campaigns. */
export async function loadGeoparseContext(extraGazetteers: string[] = [], corrections: readonly Correction[] = []): Promise<LoadedContext> {
  const base = loadDefaultGazetteerWithAdmin();
  const problems: string[] = [];
  const extra = [];
  for (const path of extraGazetteers) {
    const loaded = await loadGazetteer(path, base.adminNames);
    for (const problem of loaded.problems) problems.push(problem);
    extra.push(loaded.entries);
  }
  let entries = extra.length > 0 ? mergeGazetteers(base.entries, ...extra) : base.entries;
  const campaigns = parseOrThrow(campaignListSchema, JSON.parse(readFileSync(CAMPAIGNS_PATH, "utf8")), "data/campaigns.json");
  const borderDistanceKm = memoisePoint(loadBorderDistance());
  const claimants = compileClaimantLexicon(parseOrThrow(claimantLexiconFile, JSON.parse(readFileSync(CLAIMANTS_PATH, "utf8")), "data/claimants.json"));
  let correctionSet: CorrectionSet | null = null;
  if (corrections.length > 0) {
    // Placed names and aliases join the gazetteer, so they resolve in every article with the usual folding.
    correctionSet = prepareCorrections(corrections, { ...placeLookup(entries), borderDistanceKm, campaigns });
    entries = mergeGazetteers(entries, [...correctionSet.targets.values()]);
  }
  const keysOf = precomputedKeys(base, entries, problems);
  return {
    context: { index: buildNameIndex(entries, defaultFuzzyPool, keysOf), borderDistanceKm, campaigns, focusCountries: FOCUS_COUNTRIES, claimants },
    gazetteerProblems: problems,
    corrections: correctionSet,
  };
}

function placeLookup(entries: readonly GazetteerEntry[]): PlaceLookup {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { placeById: (id) => byId.get(id) ?? null, adminAt: adminFromSettlements(entries) };
}

/**
 * Keys of the default gazetteer's entries as the data build stored them; entries a user
 * gazetteer added or replaced get theirs computed. Unusable stored keys are reported.
 */
function precomputedKeys(base: DefaultGazetteer, entries: readonly GazetteerEntry[], problems: string[]): KeysOf {
  const loaded = loadDefaultNameKeys(base);
  if ("refused" in loaded) {
    problems.push(`${loaded.refused}; keys computed at start-up instead (\`npm run build:data\` rebuilds the file)`);
    return entryKeys;
  }
  // The default gazetteer alone: its entries are in the order the keys were stored.
  if (entries === base.entries) return (_entry, position) => loaded.keys[position]!;
  const stored = new Map<GazetteerEntry, readonly string[]>();
  base.entries.forEach((entry, i) => stored.set(entry, loaded.keys[i]!));
  return (entry) => stored.get(entry) ?? entryKeys(entry);
}
