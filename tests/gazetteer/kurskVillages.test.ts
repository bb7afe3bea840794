import { beforeAll, describe, expect, it } from "vitest";
import { loadDefaultGazetteer } from "../../src/cli/loadGazetteer";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { buildNameIndex, type NameIndex } from "../../src/pipeline/nameIndex";
import { placeKey } from "../../src/pipeline/placeKey";

// Runs after `npm run build:data`, against the built data/build/gazetteer.json:
// villages of data/gazetteer/villages/kursk.json reach the default gazetteer.
let index: NameIndex;
beforeAll(() => {
  index = buildNameIndex(loadDefaultGazetteer());
});

const resolve = (name: string): GazetteerEntry[] =>
  (index.byKey.get(placeKey(name)) ?? []).map((i) => index.entries[i]!).filter((e) => e.admin1 === "Kursk Oblast");

describe("the Kursk border villages in the default gazetteer", () => {
  // Coordinates as data/gazetteer/villages/kursk.json gives them, rounded to 4 decimals.
  it.each([
    ["Zaoleshenka", "Заолешенка", "Sudzhanskiy Rayon", 51.2028, 35.2581],
    ["Malaya Loknya", "Малая Локня", "Sudzhanskiy Rayon", 51.3325, 35.2275],
    ["Lyubimovka", "Любимовка", "Korenevskiy Rayon", 51.3119, 35.0428],
    ["Giryi", "Гирьи", "Belovskiy Rayon", 51.085, 35.5756],
  ])("resolves %s (and %s) to the one village of %s at %f, %f", (name, cyrillic, admin2, lat, lon) => {
    for (const spelling of [name, cyrillic]) {
      const matches = resolve(spelling).filter((e) => e.admin2 === admin2);
      expect(matches.map((e) => e.id)).toEqual([expect.stringMatching(/^sup:/)]);
      const [village] = matches;
      expect(village).toMatchObject({ kind: "settlement", country: "RU", featureCode: "PPL" });
      expect(village!.lat).toBeCloseTo(lat, 4);
      expect(village!.lon).toBeCloseTo(lon, 4);
    }
  });
});
