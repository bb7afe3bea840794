import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/loadGazetteer";
import { mergeGazetteers } from "../../src/gazetteer/merge";
import { parseDumpLine } from "../../src/gazetteer/geonamesDump";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { fixtureAdminNames as adminNames } from "../fixtures/geonames/adminNames";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/geonames");
const sample = join(fixtures, "RU-sample.txt");

describe("GeoNames dump reader", () => {
  it("reads Tëtkino with its alternate names and names its oblast and district from the admin tables", async () => {
    const { entries } = await loadGazetteer(sample, adminNames);
    const tetkino = entries.find((e) => e.name === "Tëtkino");
    expect(tetkino).toMatchObject({
      id: "1000101",
      country: "RU",
      admin1: "Kursk Oblast",
      admin2: "Glushkovskiy Rayon",
      kind: "settlement",
      featureCode: "PPL",
      population: 4383,
    });
    expect(tetkino?.altNames).toEqual(expect.arrayContaining(["Tetkino", "Tyotkino", "Тёткино"]));
  });

  it("turns an ADM2 row into a district named as in the default gazetteer, keeping the dump's spellings", async () => {
    const { entries } = await loadGazetteer(sample, adminNames);
    const district = entries.find((e) => e.kind === "district");
    expect(district).toMatchObject({ id: "486813", name: "Sudzhanskiy Rayon", admin1: "Kursk Oblast", admin2: "Sudzhanskiy Rayon" });
    expect(district?.altNames).toContain("Суджанский район");
  });

  it("drops links and airport codes from alternate names but keeps Cyrillic ones", async () => {
    const { entries } = await loadGazetteer(sample, adminNames);
    const kursk = entries.find((e) => e.name === "Kursk");
    expect(kursk?.altNames).toEqual(["Курськ", "Курск"]);
  });

  it("skips features that are neither settlements nor admin units, and reports bad rows with file and line", async () => {
    const { entries, problems } = await loadGazetteer(sample, adminNames);
    expect(entries.map((e) => e.name)).toEqual(["Tëtkino", "Glotovo", "Sudzhanskiy Rayon", "Kursk"]);
    expect(problems).toEqual([
      `${sample}:6: latitude must be a number in [-90, 90], got "fifty"`,
      `${sample}:7: expected 19 tab-separated columns, got 5`,
    ]);
  });

  it("reads the dumps of a folder and reports the file in it that is not a dump", async () => {
    const { entries, problems } = await loadGazetteer(fixtures, adminNames);
    expect(entries.map((e) => e.name)).toContain("Tëtkino");
    expect(problems.filter((p) => /not-a-dump\.txt: not a GeoNames dump/.test(p))).toHaveLength(1);
  });

  it("rejects a file that is not a GeoNames dump at all with a clear message", async () => {
    await expect(loadGazetteer(join(fixtures, "not-a-dump.txt"))).rejects.toThrow(
      /not-a-dump\.txt: not a GeoNames dump: expected 19 tab-separated columns .* got 1 on the first line/,
    );
  });

  it("leaves admin names empty when no table knows the codes", () => {
    const line = "1\tX\tX\t\t50\t30\tP\tPPL\tUA\t\t99\t\t\t\t10\t\t\t\t";
    const result = parseDumpLine(line, {});
    expect(result).toMatchObject({ kind: "entry", entry: { admin1: null, admin2: null, country: "UA" } });
  });

  it("lets a dump entry replace a default entry with the same id while keeping the old spellings", () => {
    const base: GazetteerEntry = {
      id: "486816", name: "Sudzha", altNames: ["Суджа"], lat: 51.19, lon: 35.27, country: "RU",
      admin1: "Kursk Oblast", admin2: null, kind: "settlement", featureCode: "PPL", population: 6940,
    };
    const fromDump = { ...base, admin2: "Sudzhanskiy Rayon", altNames: ["Sudža"], population: 5500 };
    const merged = mergeGazetteers([base], [fromDump]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ admin2: "Sudzhanskiy Rayon", population: 5500 });
    expect(merged[0]?.altNames).toEqual(["Sudža", "Суджа"]);
  });
});

describe("a folder holding a full country dump", () => {
  it("reads a dump with more rows than a function call takes arguments", async () => {
    const folder = mkdtempSync(join(tmpdir(), "full-dump-"));
    const rows = Array.from({ length: 150_000 }, (_, i) => `${i + 1}\tV${i}\tV${i}\t\t50\t35\tP\tPPL\tRU\t\t41\t\t\t\t0\t\t\t\t`);
    writeFileSync(join(folder, "RU.txt"), `${rows.join("\n")}\n`);
    const { entries, problems } = await loadGazetteer(folder);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(150_000);
  });
});
