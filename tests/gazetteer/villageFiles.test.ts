import { describe, expect, it } from "vitest";
import { applyVillageFiles } from "../../src/gazetteer/supplement";
import type { GazetteerEntry } from "../../src/gazetteer/types";

const place = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  altNames: [],
  lat: 51.2,
  lon: 35.3,
  country: "RU",
  admin1: "Kursk Oblast",
  admin2: "Sudzhanskiy Rayon",
  kind: "settlement",
  featureCode: "PPL",
  population: 0,
  source: "test row",
  ...extra,
});

const existing: GazetteerEntry = {
  id: "486813",
  name: "Sudzhanskiy Rayon",
  altNames: [],
  lat: 51.19,
  lon: 35.27,
  country: "RU",
  admin1: "Kursk Oblast",
  admin2: null,
  kind: "district",
  featureCode: "ADM2",
  population: 0,
};

describe("village files (data/gazetteer/villages/*.json)", () => {
  it("adds the places of every file, without their source", () => {
    const { entries, problems } = applyVillageFiles(
      [existing],
      [
        { file: "data/gazetteer/villages/a.json", json: { places: [place("sup:one", "One")] } },
        { file: "data/gazetteer/villages/b.json", json: { places: [place("sup:two", "Two")] } },
      ],
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(["486813", "sup:one", "sup:two"]);
    expect(entries[1]).not.toHaveProperty("source");
  });

  it("reports a bad entry with its file and index, and still reads the good ones", () => {
    const { entries, problems } = applyVillageFiles(
      [existing],
      [
        {
          file: "data/gazetteer/villages/kursk.json",
          json: { places: [place("sup:one", "One"), place("sup:two", "Two"), place("sup:three", "Three", { lat: "51.2" })] },
        },
      ],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/gazetteer\/villages\/kursk\.json: places\[2\]\.lat: .*expected number/i);
    expect(entries.map((e) => e.id)).toEqual(["486813", "sup:one", "sup:two"]);
  });

  it("reports an entry without a source", () => {
    const { source: _source, ...unsourced } = place("sup:one", "One");
    const { problems } = applyVillageFiles([], [{ file: "v.json", json: { places: [unsourced] } }]);
    expect(problems).toEqual([expect.stringMatching(/^v\.json: places\[0\]\.source: /)]);
  });

  it("reports a file that is not an object with a places array", () => {
    const { problems } = applyVillageFiles([], [{ file: "v.json", json: [place("sup:one", "One")] }]);
    expect(problems).toEqual([expect.stringMatching(/^v\.json: /)]);
  });

  it("treats a duplicate id, within a file, across files or against the gazetteer, as a problem", () => {
    const { entries, problems } = applyVillageFiles(
      [existing],
      [
        { file: "a.json", json: { places: [place("sup:one", "One"), place("sup:one", "One again")] } },
        { file: "b.json", json: { places: [place("sup:one", "Once more"), place("486813", "Clash")] } },
      ],
    );
    expect(problems).toEqual([
      "a.json: places[1].id: duplicate id sup:one (first at a.json: places[0])",
      "b.json: places[0].id: duplicate id sup:one (first at a.json: places[0])",
      "b.json: places[1].id: id 486813 already exists in the gazetteer",
    ]);
    expect(entries.map((e) => e.id)).toEqual(["486813", "sup:one"]);
  });
});
