import { describe, expect, it } from "vitest";
import { buildNameIndex, defaultFuzzyPool, editBudget, entryKeys, lookupExact, lookupFuzzy } from "../../src/pipeline/nameIndex";
import { placeKey } from "../../src/pipeline/placeKey";
import { miniGazetteer } from "../fixtures/miniGazetteer";

const index = buildNameIndex(miniGazetteer);
const names = (matches: readonly { entry: { name: string } }[]) => matches.map((m) => m.entry.name);

describe("the name index", () => {
  it("finds Belgorod Oblast under the bare name Belgorod", () => {
    expect(names(lookupExact(index, placeKey("Belgorod")))).toEqual(["Belgorod Oblast"]);
  });
  it("finds Sudzhanskiy Rayon under the stem of its adjective", () => {
    expect(names(lookupExact(index, "sudz"))).toContain("Sudzhanskiy Rayon");
  });
  it("finds both Volchansk in Sverdlovsk oblast and Vovchansk spelled the Russian way", () => {
    expect(names(lookupExact(index, placeKey("Volchansk"))).sort()).toEqual(["Volchansk", "Vovchansk"]);
  });
  it("repairs a typo or a swap of letters in a theatre name", () => {
    expect(names(lookupFuzzy(index, placeKey("Kozikna")))).toEqual(["Kozinka"]);
    expect(names(lookupExact(index, placeKey("Kozynka")))).toEqual(["Kozinka"]);
    expect(names(lookupFuzzy(index, placeKey("Kozinla")))).toEqual(["Kozinka"]);
  });
  it("never repairs short names, where one letter makes another word", () => {
    expect(editBudget(placeKey("Gora"))).toBe(0);
    expect(lookupFuzzy(index, placeKey("Gori"))).toEqual([]);
  });
  it("does not fuzzily match places outside the theatre", () => {
    expect(lookupExact(index, placeKey("London"))).toHaveLength(1);
    expect(lookupFuzzy(index, placeKey("Londun"))).toEqual([]);
  });
  it("lists an entry once under a key even when it is given twice", () => {
    const twice = buildNameIndex(miniGazetteer, defaultFuzzyPool, (entry) => [...entryKeys(entry), ...entryKeys(entry)]);
    expect(twice.byKey).toEqual(index.byKey);
  });
  it("lists a key once in a bucket two of its deletions lead to", () => {
    const sovkhoz = { ...miniGazetteer.find((e) => e.country === "RU" && e.kind === "settlement")!, id: "test:1", name: "Sovkhoz 22", altNames: [] };
    const buckets = buildNameIndex([sovkhoz]).fuzzyBuckets;
    expect(buckets.get("svgz2")).toEqual(["sovgoz 22"]);
  });
});
