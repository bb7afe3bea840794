import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, runBuiltCli } from "./builtCli";
import { placeReportCollection, type PlaceReportCollection } from "../../src/contract/placeReport";
import { sentenceFingerprint } from "../../src/corrections/anchor";

const ingest = (...args: string[]) => runBuiltCli("ingest", ...args);

beforeAll(buildCli, 60_000);

// A village no gazetteer has, named in two articles with two spellings.
const FIRST_SENTENCE = "Ukrainian troops captured the village of Zarechnaya Lozovka on Friday, the Defence Ministry said.";
const ONE = `---\ntitle: Raid on the border\noutlet: Test Wire\npublished: 2024-08-10\n---\n${FIRST_SENTENCE} Soldiers quoted in the Reuters article said the raid began at dawn.\n`;
const TWO = `---\ntitle: Fighting goes on\noutlet: Other Daily\npublished: 2024-08-12\n---\nShelling hit the village of Zarechnaia Lozovka near Sudzha on Sunday. Residents of Zarechnya Lozovka were evacuated.\n`;

const entry = (fields: Record<string, unknown>) => ({ by: "desk", at: "2024-08-13T10:00:00Z", ...fields });
const file = (corrections: unknown[]) => JSON.stringify({ type: "IncursionMapCorrections", version: 1, corrections });

describe("npm run ingest with an editors' corrections file", () => {
  const dir = mkdtempSync(join(tmpdir(), "corrections-"));
  const articles = join(dir, "articles");
  const place = entry({
    id: "p1",
    action: "place",
    name: "Zarechnaya Lozovka",
    anchor: { source_id: "one", mention: "Zarechnaya Lozovka", sentence: sentenceFingerprint(FIRST_SENTENCE) },
    target: { name: "Zarechnaya Lozovka", kind: "settlement", point: [35.25, 51.22] },
  });
  const rejectReuters = entry({ id: "r1", action: "reject_everywhere", name: "Reuters" });
  const stale = entry({ id: "s1", action: "role", role: "mention", anchor: { source_id: "one", mention: "Kursk", sentence: "0badf00d" } });
  const bad = entry({ id: "b1", action: "place", name: "Nowhere", target: { name: "Nowhere", kind: "village", point: [500, 0] } });

  beforeAll(() => {
    mkdirSync(articles);
    writeFileSync(join(articles, "one.md"), ONE);
    writeFileSync(join(articles, "two.md"), TWO);
    writeFileSync(join(dir, "decisions.json"), file([place, rejectReuters, stale, bad]));
  });

  const read = (path: string): PlaceReportCollection => placeReportCollection.parse(JSON.parse(readFileSync(path, "utf8")));

  it("leaves the village unresolved without corrections", () => {
    const out = join(dir, "raw.geojson");
    expect(ingest(articles, "--out", out).status).toBe(0);
    const raw = read(out);
    expect(raw.unresolved?.map((u) => u.mention)).toEqual(expect.arrayContaining(["Zarechnaya Lozovka", "Zarechnaia Lozovka", "Reuters"]));
  });

  it("places it in the article it was placed from and in the other article, names what matched nothing, and skips the bad entry", () => {
    const out = join(dir, "corrected.geojson");
    const run = ingest(articles, "--out", out, "--corrections", join(dir, "decisions.json"));
    expect(run.status).toBe(0);
    const reports = read(out).features.filter((f) => f.properties.place_id === "news:zarechnaya-lozovka");
    expect(reports.map((r) => [r.properties.source_id, r.properties.mention, r.properties.review]).sort()).toEqual([
      ["one", "Zarechnaya Lozovka", "corrected"],
      ["two", "Zarechnaia Lozovka", "unreviewed"],
    ]);
    expect(reports[0]!.properties.admin1).toBe("Kursk Oblast");
    // A misspelling no folding joins is found by the gazetteer's fuzzy matching, as for any village.
    expect(reports.find((r) => r.properties.source_id === "two")!.properties.quotes).toHaveLength(2);
    expect(read(out).unresolved?.map((u) => u.mention)).not.toContain("Reuters");
    expect(run.stderr).toMatch(/decisions\.json: s1 \(role "Kursk" in one\): matches nothing/);
    expect(run.stderr).toMatch(/decisions\.json: corrections\[3\] \(id "b1"\): target\.kind: .*entry skipped/);
  });

  it("refuses a corrections file that is not JSON, writing nothing and leaving the output as it was", () => {
    const out = join(dir, "kept.geojson");
    writeFileSync(out, "previous output");
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const run = ingest(articles, "--out", out, "--corrections", join(dir, "broken.json"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: not valid JSON/);
    expect(readFileSync(out, "utf8")).toBe("previous output");
    expect(existsSync(join(dir, "kept.unresolved.json"))).toBe(false);
  });

  it("reads a folder of corrections files and gives the same output on two worker threads", () => {
    const folder = join(dir, "folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.json"), file([place]));
    writeFileSync(join(folder, "b.json"), file([rejectReuters]));
    const one = join(dir, "w1.geojson");
    const two = join(dir, "w2.geojson");
    expect(ingest(articles, "--out", one, "--corrections", folder).status).toBe(0);
    expect(ingest(articles, "--out", two, "--corrections", folder, "--workers", "2").status).toBe(0);
    expect(readFileSync(two, "utf8")).toBe(readFileSync(one, "utf8"));
    expect(read(one).features.some((f) => f.properties.place_id === "news:zarechnaya-lozovka")).toBe(true);
  });
});
