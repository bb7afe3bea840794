import { z } from "zod";
import { entryKeys } from "./nameIndex";
import type { GazetteerEntry } from "../gazetteer/types";
import { schemaProblem } from "../contract/schemaProblem";

/**
 * On-disk form of the default gazetteer's name keys (data/build/name-keys.json).
 *
 * Folding 50,000 spellings into keys is most of the cost of building the name index
 * at start-up, and the result only changes with the gazetteer or the key rules. The
 * build stores the keys with digests of both; a file built for another gazetteer or
 * other rules is refused, and the caller computes the keys instead. A sample of
 * entries is recomputed on load as well, for rule changes that live in code rather
 * than in the rule text.
 */
const NAME_KEYS_FORMAT = "incursion-map/name-keys";
const NAME_KEYS_VERSION = 1;
// One entry in SAMPLE_EVERY is folded again on load: ~600 of the default's 39,000.
const SAMPLE_EVERY = 64;

const nameKeysFileSchema = z.object({
  format: z.literal(NAME_KEYS_FORMAT),
  version: z.literal(NAME_KEYS_VERSION),
  /** sha256 of the key rules (`ENTRY_KEY_RULES`) the keys were computed under. */
  rules: z.string(),
  /** sha256 of the gazetteer file the keys were computed from. */
  gazetteer: z.string(),
  // Rows are checked by hand below: zod over 39,000 small arrays costs as much as the rest of the load.
  keys: z.array(z.unknown()),
});

export interface NameKeysFile extends z.infer<typeof nameKeysFileSchema> {
  keys: string[][];
}

/**
 * What a keys file must have been built from: sha256 digests (hex) of the gazetteer file the
 * entries were read from and of the key rules (`ENTRY_KEY_RULES`), computed by the caller
 * (see `loadDefaultGazetteerWithAdmin`).
 */
export interface NameKeyDigests {
  gazetteer: string;
  rules: string;
}

export function encodeNameKeys(entries: readonly GazetteerEntry[], digests: NameKeyDigests): NameKeysFile {
  return {
    format: NAME_KEYS_FORMAT,
    version: NAME_KEYS_VERSION,
    rules: digests.rules,
    gazetteer: digests.gazetteer,
    keys: entries.map((entry) => entryKeys(entry)),
  };
}

export type DecodedNameKeys = { keys: string[][] } | { refused: string };

const isKeyRow = (row: unknown): row is string[] => Array.isArray(row) && row.every((key) => typeof key === "string");

/** The keys of `entries` stored in a parsed file, or why they cannot be used; `where` names the file. */
export function decodeNameKeys(
  json: unknown,
  entries: readonly GazetteerEntry[],
  digests: NameKeyDigests,
  where: string,
): DecodedNameKeys {
  const file = nameKeysFileSchema.safeParse(json);
  if (!file.success) {
    return { refused: schemaProblem(`${where}: not a name keys file`, file.error, json) };
  }
  const { rules, gazetteer, keys } = file.data;
  if (rules !== digests.rules) return { refused: `${where}: built under other key rules` };
  if (gazetteer !== digests.gazetteer || keys.length !== entries.length) {
    return { refused: `${where}: built from another gazetteer file (${keys.length} entries; this one has ${entries.length})` };
  }
  const bad = keys.findIndex((row) => !isKeyRow(row));
  if (bad >= 0) return { refused: `${where}: keys[${bad}] must be an array of strings, got ${JSON.stringify(keys[bad])}` };
  for (let i = 0; i < entries.length; i += SAMPLE_EVERY) {
    const fresh = entryKeys(entries[i]!);
    const stored = keys[i] as string[];
    if (fresh.join("\n") !== stored.join("\n")) {
      return { refused: `${where}: entry ${i} (${entries[i]!.name}) has keys ${JSON.stringify(stored)}, the rules now give ${JSON.stringify(fresh)}` };
    }
  }
  return { keys: keys as string[][] };
}
