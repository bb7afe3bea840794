import { readFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { campaignListSchema } from "../contract/campaign";
import { loadDefaultGazetteerWithAdmin, loadGazetteer } from "../gazetteer/load";
import { mergeGazetteers } from "../gazetteer/merge";
import { loadBorderDistance } from "../geo/loadBorder";
import type { GeoparseContext } from "../pipeline/geoparse";
import { buildNameIndex } from "../pipeline/nameIndex";

export const CAMPAIGNS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/campaigns.json");
export const FOCUS_COUNTRIES = ["RU", "UA"] as const;

export interface LoadedContext {
  context: GeoparseContext;
  /** Bad rows of user gazetteers, as `file:line: problem`; the rest still loads. */
  gazetteerProblems: string[];
}

/** The same few places recur across an archive; their border distance is computed once. */
function memoisePoint(f: (lon: number, lat: number) => number): (lon: number, lat: number) => number {
  const cache = new Map<string, number>();
  return (lon, lat) => {
    const key = `${lon},${lat}`;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = f(lon, lat)));
    return value;
  };
}

/** Everything geoparsing needs, read once per process: gazetteer(s), border, campaigns. */
export async function loadGeoparseContext(extraGazetteers: string[] = []): Promise<LoadedContext> {
  const base = loadDefaultGazetteerWithAdmin();
  const problems: string[] = [];
  const extra = [];
  for (const path of extraGazetteers) {
    const loaded = await loadGazetteer(path, base.adminNames);
    problems.push(...loaded.problems);
    extra.push(loaded.entries);
  }
  const entries = extra.length > 0 ? mergeGazetteers(base.entries, ...extra) : base.entries;
  const campaigns = campaignListSchema.parse(JSON.parse(readFileSync(CAMPAIGNS_PATH, "utf8")));
  return {
    context: { index: buildNameIndex(entries), borderDistanceKm: memoisePoint(loadBorderDistance()), campaigns, focusCountries: FOCUS_COUNTRIES },
    gazetteerProblems: problems,
  };
}
