import { describe, expect, it } from "vitest";
import { loadDefaultGazetteerWithAdmin, loadDefaultNameKeys } from "../../src/cli/loadGazetteer";
import { decodeNameKeys, encodeNameKeys } from "../../src/pipeline/nameKeysFile";
import { buildNameIndex, defaultFuzzyPool, entryKeys, type NameIndex } from "../../src/pipeline/nameIndex";
import { miniGazetteer } from "../fixtures/miniGazetteer";

const DIGEST = { gazetteer: "a".repeat(64), rules: "d".repeat(64) };
const roundTrip = (file: unknown) => decodeNameKeys(JSON.parse(JSON.stringify(file)), miniGazetteer, DIGEST, "keys.json");

describe("precomputed name keys", () => {
  it("are read back as the keys entryKeys gives", () => {
    const decoded = roundTrip(encodeNameKeys(miniGazetteer, DIGEST));
    expect(decoded).toEqual({ keys: miniGazetteer.map((entry) => entryKeys(entry)) });
  });

  it("are refused when built from another gazetteer file", () => {
    const decoded = decodeNameKeys(encodeNameKeys(miniGazetteer, DIGEST), miniGazetteer, { ...DIGEST, gazetteer: "b".repeat(64) }, "keys.json");
    expect(decoded).toEqual({ refused: expect.stringMatching(/^keys\.json: built from another gazetteer file/) });
  });

  it("are refused when the key rules changed since the build", () => {
    const file = { ...encodeNameKeys(miniGazetteer, DIGEST), rules: "c".repeat(64) };
    expect(roundTrip(file)).toEqual({ refused: "keys.json: built under other key rules" });
  });

  it("are refused when a sampled entry's stored keys differ from what the code gives now", () => {
    const file = encodeNameKeys(miniGazetteer, DIGEST);
    file.keys[0] = ["stale"];
    expect(roundTrip(file)).toEqual({ refused: expect.stringMatching(/entry 0 \(.+\) has keys \["stale"\]/) });
  });

  it("are refused, with the row, when a row is not a list of strings", () => {
    const file = encodeNameKeys(miniGazetteer, DIGEST) as { keys: unknown[] };
    file.keys[1] = [42];
    expect(roundTrip(file)).toEqual({ refused: "keys.json: keys[1] must be an array of strings, got [42]" });
  });

  it("are refused when the file is something else", () => {
    expect(roundTrip({ rows: [] })).toEqual({ refused: expect.stringMatching(/^keys\.json: not a name keys file: format: /) });
  });
});

const listing = (index: NameIndex) => ({
  byKey: [...index.byKey].sort(([a], [b]) => (a < b ? -1 : 1)),
  fuzzyBuckets: [...index.fuzzyBuckets].sort(([a], [b]) => (a < b ? -1 : 1)),
  maxTokens: index.maxTokens,
});

// Runs after `npm run build:data`, against the built data/build/name-keys.json.
describe("the default gazetteer's built name keys", () => {
  const gazetteer = loadDefaultGazetteerWithAdmin();
  const loaded = loadDefaultNameKeys(gazetteer);

  it("match the gazetteer file and the key rules in force", () => {
    expect("refused" in loaded ? loaded.refused : "accepted").toBe("accepted");
  });

  it("build the same name index as keys computed at start-up, without repeats in any list", () => {
    if (!("keys" in loaded)) throw new Error("name keys refused");
    const precomputed = buildNameIndex(gazetteer.entries, defaultFuzzyPool, (_entry, i) => loaded.keys[i]!);
    const computed = buildNameIndex(gazetteer.entries);
    expect(listing(precomputed)).toEqual(listing(computed));
    const repeats = [...precomputed.byKey.values(), ...precomputed.fuzzyBuckets.values()].filter((list) => new Set<unknown>(list).size !== list.length);
    expect(repeats).toEqual([]);
  }, 30_000);
});
