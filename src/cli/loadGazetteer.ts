import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { decodeGazetteer, type GazetteerWithAdmin } from "../gazetteer/compactFile";
import { decodeNameKeys, type DecodedNameKeys, type NameKeyDigests } from "../pipeline/nameKeysFile";
import { ENTRY_KEY_RULES } from "../pipeline/nameIndex";
import { assertGeoNamesDump, parseDumpLine, type AdminNames } from "../gazetteer/geonamesDump";
import { gazetteerEntrySchema, type GazetteerEntry } from "../gazetteer/types";
import { schemaProblem } from "../contract/schemaProblem";

/**
 * The file-system edge of the gazetteer: the built default
 * (data/build/gazetteer.json) and the sources a newsroom adds with
 * `--gazetteer` (GeoNames dumps, folders of them, or gazetteer JSON).
 */
export const DEFAULT_GAZETTEER_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/build/gazetteer.json");

export interface DefaultGazetteer extends GazetteerWithAdmin {
  /** sha256 of the file's bytes and of the key rules: what its precomputed name keys must be built from. */
  digests: NameKeyDigests;
}

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

export function loadDefaultGazetteerWithAdmin(path = DEFAULT_GAZETTEER_PATH): DefaultGazetteer {
  if (!existsSync(path)) {
    throw new Error(`${path}: the default gazetteer has not been built; run \`npm run build:data\``);
  }
  const bytes = readFileSync(path);
  const digests = { gazetteer: sha256(bytes), rules: sha256(ENTRY_KEY_RULES) };
  return { ...decodeGazetteer(JSON.parse(bytes.toString("utf8")), path), digests };
}

export const DEFAULT_NAME_KEYS_PATH = resolve(dirname(DEFAULT_GAZETTEER_PATH), "name-keys.json");

/** The default gazetteer's precomputed name keys, or why they cannot be used (missing, unreadable, stale). */
export function loadDefaultNameKeys({ entries, digests }: DefaultGazetteer, path = DEFAULT_NAME_KEYS_PATH): DecodedNameKeys {
  if (!existsSync(path)) return { refused: `${path}: not built` };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { refused: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return decodeNameKeys(json, entries, digests, path);
}

export function loadDefaultGazetteer(path = DEFAULT_GAZETTEER_PATH): GazetteerEntry[] {
  return loadDefaultGazetteerWithAdmin(path).entries;
}

export interface LoadedGazetteer {
  entries: GazetteerEntry[];
  /** Rows that could not be read, as `file:line: what was wrong`. The rest of the file still loads. */
  problems: string[];
}

/**
 * Reads a GeoNames dump (.txt), a folder of them, or a gazetteer JSON (the
 * built format, or a plain array of entries). Whole-file problems (missing
 * path, not a dump at all) throw, except for files inside a folder, which
 * become problems; bad rows are collected in `problems`.
 */
export async function loadGazetteer(path: string, adminNames: AdminNames = {}): Promise<LoadedGazetteer> {
  if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((name) => extname(name).toLowerCase() === ".txt").sort();
    if (files.length === 0) throw new Error(`${path}: folder holds no GeoNames dump (.txt) files`);
    const loaded: LoadedGazetteer = { entries: [], problems: [] };
    for (const file of files) {
      try {
        const part = await readGeoNamesDump(join(path, file), adminNames);
        // One by one: a full country dump has more rows than a call takes arguments.
        for (const entry of part.entries) loaded.entries.push(entry);
        for (const problem of part.problems) loaded.problems.push(problem);
      } catch (error) {
        // One stray file in a folder of dumps costs that file, not the folder.
        loaded.problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    return loaded;
  }
  if (extname(path).toLowerCase() === ".json") return readGazetteerJson(path);
  return readGeoNamesDump(path, adminNames);
}

async function readGeoNamesDump(path: string, adminNames: AdminNames): Promise<LoadedGazetteer> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  const loaded: LoadedGazetteer = { entries: [], problems: [] };
  const opening: string[] = [];
  let lineNumber = 0;
  const parse = (line: string, number: number): void => {
    const result = parseDumpLine(line, adminNames);
    if (result.kind === "entry") loaded.entries.push(result.entry);
    else if (result.kind === "error") loaded.problems.push(`${path}:${number}: ${result.message}`);
  };
  for await (const line of lines) {
    lineNumber++;
    if (opening.length < 5) {
      // Hold the first lines back until we know this is a dump at all.
      opening.push(line);
      if (opening.length === 5) checkOpening(path, opening).forEach((l, i) => parse(l, i + 1));
      continue;
    }
    parse(line, lineNumber);
  }
  if (opening.length < 5) checkOpening(path, opening).forEach((l, i) => parse(l, i + 1));
  return loaded;
}

function checkOpening(path: string, opening: string[]): string[] {
  assertGeoNamesDump(path, opening);
  return opening;
}

function readGazetteerJson(path: string): LoadedGazetteer {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const rows: unknown[] = Array.isArray(json) ? json : decodeGazetteer(json, path).entries;
  const loaded: LoadedGazetteer = { entries: [], problems: [] };
  rows.forEach((row, index) => {
    // Files from outside the build are checked row by row.
    const parsed = gazetteerEntrySchema.safeParse(row);
    if (parsed.success) loaded.entries.push(parsed.data);
    else {
      loaded.problems.push(schemaProblem(`${path}: entry ${index}`, parsed.error, row));
    }
  });
  return loaded;
}
