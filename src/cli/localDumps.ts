import { existsSync, readdirSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { AdminNames } from "../gazetteer/geonamesDump";
import { loadGazetteer } from "./loadGazetteer";
import { mergeFetchedDumps } from "../gazetteer/merge";
import type { GazetteerEntry } from "../gazetteer/types";

/**
 * Where `npm run gazetteer -- fetch` stores the GeoNames dumps it cut to the theatre
 * (repo-relative, gitignored). The data build merges whatever dumps it holds into the
 * default gazetteer, so ingest and the map use them without flags.
 */
export const LOCAL_DUMPS_FOLDER = "data/local/geonames";

/** The dump files (.txt) in the folder, sorted; none when it does not exist. */
function localDumpFiles(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder).filter((name) => extname(name).toLowerCase() === ".txt").sort();
}

export interface WithLocalDumps {
  entries: GazetteerEntry[];
  /** The dump files merged, by name; empty when there were none and `entries` is the input itself. */
  dumps: string[];
  /** Rows of the dumps that could not be read, as `file:line: what was wrong`. */
  problems: string[];
}

/** The built entries with the folder's dumps merged in (see `mergeFetchedDumps`); `adminNames` label their rows. */
export async function withLocalDumps(entries: GazetteerEntry[], adminNames: AdminNames, folder: string): Promise<WithLocalDumps> {
  const dumps = localDumpFiles(folder);
  if (dumps.length === 0) return { entries, dumps, problems: [] };
  const loaded = await loadGazetteer(folder, adminNames);
  return { entries: mergeFetchedDumps(entries, loaded.entries), dumps, problems: loaded.problems };
}
