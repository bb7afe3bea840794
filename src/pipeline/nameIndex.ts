import type { GazetteerEntry } from "../gazetteer/types";
import { editDistance } from "./editDistance";
import { PLACE_KEY_RULES, placeKey, placeSkeleton } from "./placeKey";

/**
 * Lookup structure over gazetteer entries: exact keys for every spelling, and a
 * symmetric-delete index over consonant skeletons for bounded fuzzy matching.
 * Built once per gazetteer; lookups never scan the whole gazetteer.
 */
export interface NameIndex {
  entries: readonly GazetteerEntry[];
  byKey: Map<string, number[]>;
  /** Skeleton and its one-letter deletions → keys that can be reached fuzzily. */
  fuzzyBuckets: Map<string, string[]>;
  maxTokens: number;
  /** Each key's exact matches, built when first looked up: the same names recur across an archive. */
  exactMatches: Map<string, readonly NameMatch[]>;
}

export interface NameMatch {
  entry: GazetteerEntry;
  /** 0 for an exact key match. */
  editDistance: number;
  matchedKey: string;
}

// Generic words inside gazetteer names: "Belgorod Oblast" is found as "Belgorod".
const GENERIC_IN_NAME = /\s+(?:oblast|oblast'|region|raion|rayon|district|krai|kray|province|respublika|republic|gorodskoy okrug|city|municipality|autonomous okrug)$/i;

const ADJECTIVE_SK = /sk$/;
const ADJECTIVE_STEM_SUFFIX = /(?:an|en|in|ov|ev|iv)$/;

/**
 * Everything `entryKeys` depends on besides the entry, as text. Keys precomputed at
 * data build time carry a digest of it, and are rebuilt instead of used when it differs.
 */
export const ENTRY_KEY_RULES = JSON.stringify([PLACE_KEY_RULES, String(GENERIC_IN_NAME), String(ADJECTIVE_SK), String(ADJECTIVE_STEM_SUFFIX)]);

/** The keys an entry answers to: every spelling, with generic words and adjectival district stems folded. */
export function entryKeys(entry: GazetteerEntry): string[] {
  const keys = new Set<string>();
  for (const name of [entry.name, ...entry.altNames]) {
    const bare = name.replace(GENERIC_IN_NAME, "");
    const key = placeKey(bare);
    if (!key) continue;
    keys.add(key);
    if (entry.kind === "district") for (const stem of districtStems(key)) keys.add(stem);
  }
  return [...keys];
}

/** "Sudzhanskiy" → sudzansk, sudzan, sudz: reporters write "Sudzha district" and "Sudzhansky district". */
function districtStems(key: string): string[] {
  const stems: string[] = [];
  const noSk = key.replace(ADJECTIVE_SK, "");
  if (noSk !== key && noSk.length >= 3) stems.push(noSk);
  const noSuffix = noSk.replace(ADJECTIVE_STEM_SUFFIX, "");
  if (noSuffix !== noSk && noSuffix.length >= 3) stems.push(noSuffix);
  return stems;
}

/** Entries eligible for fuzzy matching: the theatre, administrative units and large places. */
export type FuzzyPool = (entry: GazetteerEntry) => boolean;

// Misspellings worth repairing are those of the theatre's own names; elsewhere a near
// miss is far more often another word (Russian/Busan, Siberia/Liberia).
export const defaultFuzzyPool: FuzzyPool = (entry) => entry.kind !== "country" && ["RU", "UA", "BY"].includes(entry.country);

/** An entry's keys: `entryKeys`, or the same keys computed ahead of time. */
export type KeysOf = (entry: GazetteerEntry, position: number) => readonly string[];

export function buildNameIndex(
  entries: readonly GazetteerEntry[],
  fuzzyPool: FuzzyPool = defaultFuzzyPool,
  keysOf: KeysOf = entryKeys,
): NameIndex {
  const byKey = new Map<string, number[]>();
  const fuzzyBuckets = new Map<string, string[]>();
  let maxTokens = 1;
  entries.forEach((entry, i) => {
    const fuzzy = fuzzyPool(entry);
    for (const key of keysOf(entry, i)) {
      const list = byKey.get(key);
      if (list) {
        pushOnce(list, i);
        continue;
      }
      byKey.set(key, [i]);
      maxTokens = Math.max(maxTokens, key.split(" ").length);
      if (!fuzzy || key.length < 5) continue;
      for (const bucket of skeletonVariants(placeSkeleton(key))) {
        const keys = fuzzyBuckets.get(bucket);
        if (keys) pushOnce(keys, key);
        else fuzzyBuckets.set(bucket, [key]);
      }
    }
  });
  return { entries, byKey, fuzzyBuckets, maxTokens, exactMatches: new Map() };
}

/**
 * Appends unless `value` was the last one appended. Values reach a list in runs (an
 * entry's keys, a new key's variants: "svgz22" loses either 2 to the same "svgz2"),
 * so this keeps lists free of repeats without scanning buckets of thousands of keys.
 */
function pushOnce<T>(list: T[], value: T) {
  if (list[list.length - 1] !== value) list.push(value);
}

function skeletonVariants(skeleton: string): string[] {
  const variants = [skeleton];
  for (let i = 0; i < skeleton.length; i++) variants.push(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return variants;
}

/** Longer keys are never repaired; the longest place names in the theatre's gazetteer are well under it. */
const MAX_FUZZY_KEY_CHARS = 64;

/** Edit budget for a key of this length: none for short names, where one letter makes another place. */
export function editBudget(key: string): number {
  let letters = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== 32) letters++;
  if (letters < 5) return 0;
  return letters < 9 ? 1 : 2;
}

// Not frozen: V8 reads frozen arrays on slower paths (filter, map), and the lists are read for every name.
const NO_MATCHES: readonly NameMatch[] = [];

/** The entries a key names exactly. Shared between lookups: callers filter into new lists, never change one (the type says so). */
export function lookupExact(index: NameIndex, key: string): readonly NameMatch[] {
  let matches = index.exactMatches.get(key);
  if (matches === undefined) {
    // Most words looked up name no place; only keys of the index are kept.
    const positions = index.byKey.get(key);
    if (positions === undefined) return NO_MATCHES;
    matches = positions.map((i) => ({ entry: index.entries[i]!, editDistance: 0, matchedKey: key }));
    index.exactMatches.set(key, matches);
  }
  return matches;
}

/** Fuzzy candidates within the key's edit budget, nearest first. Exact matches are not repeated here. */
export function lookupFuzzy(index: NameIndex, key: string): NameMatch[] {
  const budget = editBudget(key);
  // Each deletion variant copies the key: a word of thousands of letters would cost their square, and names no place.
  if (budget === 0 || key.length > MAX_FUZZY_KEY_CHARS) return [];
  const seen = new Set<string>([key]);
  const matches: NameMatch[] = [];
  for (const bucket of skeletonVariants(placeSkeleton(key))) {
    for (const candidate of index.fuzzyBuckets.get(bucket) ?? []) {
      // Most keys sharing a short skeleton differ in length by more than the budget.
      if (Math.abs(candidate.length - key.length) > budget || seen.has(candidate)) continue;
      seen.add(candidate);
      const d = editDistance(candidate, key, budget);
      if (d > budget || d > editBudget(candidate)) continue;
      for (const i of index.byKey.get(candidate) ?? []) matches.push({ entry: index.entries[i]!, editDistance: d, matchedKey: candidate });
    }
  }
  return matches.sort((a, b) => a.editDistance - b.editDistance);
}
