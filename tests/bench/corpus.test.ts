import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/articles/frontMatter";
import { generateCorpus } from "../../bench/corpus/generate";
import { seededRandom } from "../../bench/corpus/random";
import { romanizationVariant, toCyrillic, typo } from "../../bench/corpus/spellings";
import type { GazetteerEntry } from "../../src/gazetteer/types";

function entry(id: string, name: string, lat: number, lon: number, country: string, population: number, altNames: string[] = []): GazetteerEntry {
  return {
    id, name, altNames, lat, lon, country, admin1: country === "RU" ? "Kursk Oblast" : "Sumy Oblast", admin2: null,
    kind: "settlement", featureCode: "PPL", population,
  };
}

const gazetteer: GazetteerEntry[] = [
  entry("1", "Sudzha", 51.19, 35.27, "RU", 5500, ["Суджа"]),
  entry("2", "Tëtkino", 51.27, 34.3, "RU", 4500, ["Tyotkino", "Тёткино"]),
  entry("3", "Kharkiv", 49.99, 36.23, "UA", 1_430_000, ["Kharkov"]),
  entry("4", "Vovchansk", 50.29, 36.94, "UA", 17_000, ["Volchansk"]),
  entry("5", "Shebekino", 50.41, 36.89, "RU", 40_000),
  { ...entry("6", "Moscow", 55.75, 37.62, "RU", 10_000_000), featureCode: "PPLC" },
  { ...entry("7", "Kyiv", 50.45, 30.52, "UA", 2_800_000), featureCode: "PPLC" },
  entry("8", "Paris", 48.85, 2.35, "FR", 2_100_000),
];

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe("synthetic corpus", () => {
  it("is identical for the same seed", () => {
    const first = generateCorpus(gazetteer, { seed: 42, articles: 20 });
    const second = generateCorpus(gazetteer, { seed: 42, articles: 20 });
    expect(second).toEqual(first);
  });

  it("differs for a different seed", () => {
    const first = generateCorpus(gazetteer, { seed: 42, articles: 20 }).map((article) => article.text);
    const other = generateCorpus(gazetteer, { seed: 43, articles: 20 }).map((article) => article.text);
    expect(other.filter((text, i) => text === first[i])).toHaveLength(0);
  });

  it("writes articles of about 5 KB with front matter the ingest reads", () => {
    for (const article of generateCorpus(gazetteer, { seed: 7, articles: 30 })) {
      const bytes = Buffer.byteLength(article.text);
      expect(bytes).toBeGreaterThan(5000);
      expect(bytes).toBeLessThan(6500);
      const frontMatter = splitFrontMatter(article.text, article.path).metadata;
      expect(frontMatter.published).toBe(article.published);
      expect(article.published >= "2022-01-01" && article.published <= "2025-12-31").toBe(true);
      expect(typeof frontMatter.title).toBe("string");
      expect(typeof frontMatter.outlet).toBe("string");
    }
  });

  it("plants places from Russia and Ukraine only, each spelled somewhere in the text", () => {
    const corpus = generateCorpus(gazetteer, { seed: 3, articles: 30 });
    const planted = corpus.flatMap((article) => article.planted.map((place) => ({ ...place, text: article.text })));
    expect(planted.length).toBeGreaterThan(30 * 5);
    for (const place of planted) {
      expect(["1", "2", "3", "4", "5"]).toContain(place.placeId);
      expect(place.text).toContain(place.surface);
    }
    const spellings = new Set(planted.map((place) => place.spelling));
    expect([...spellings].sort()).toEqual(["alternate", "canonical", "cyrillic", "romanization", "typo"]);
  });
});

describe("spellings", () => {
  it("renders Latin names in Cyrillic letter by letter", () => {
    expect(toCyrillic("Sudzha")).toBe("Суджа");
    expect(toCyrillic("Shebekino")).toBe("Шебекино");
    expect(toCyrillic("Kharkiv")).toBe("Харкив");
  });

  it("makes a typo exactly one edit away from the name", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const misspelt = typo("Vovchansk", random);
      expect(misspelt).not.toBe("Vovchansk");
      expect(levenshtein(misspelt, "Vovchansk") === 1 || isTransposition(misspelt, "Vovchansk")).toBe(true);
      expect(misspelt[0]).toBe("V");
    }
  });

  it("offers other romanizations such as Kharkov for Kharkiv and nothing for a name no rule touches", () => {
    const random = seededRandom(5);
    const variants = new Set(Array.from({ length: 50 }, () => romanizationVariant("Kharkiv", random)));
    expect(variants).toContain("Kharkov");
    expect(variants).toContain("Harkiv");
    expect(romanizationVariant("Lgrl", random)).toBeNull();
  });
});

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differences = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return differences.length === 2 && a[differences[0]!] === b[differences[1]!] && a[differences[1]!] === b[differences[0]!];
}
