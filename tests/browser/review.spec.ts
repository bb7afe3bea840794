import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { placeReportCollection } from "../../src/contract/placeReport";
import { buildCli, runBuiltCli } from "../cli/builtCli";
import { CompareExportDriver } from "./support/compareExportDriver";
import { ReviewDriver } from "./support/reviewDriver";
import { mapSuite } from "./support/suite";

// Two articles naming a village no gazetteer has, with two spellings; ingested by the real CLI.
const ONE = `---\ntitle: Raid on the border\noutlet: Test Wire\npublished: 2024-08-10\n---\nUkrainian troops captured the village of Zarechnaya Lozovka on Friday, the Defence Ministry said. Shelling also hit Sudzha on Friday. Soldiers quoted in the Reuters article said the raid began at dawn.\n`;
const TWO = `---\ntitle: Fighting goes on\noutlet: Other Daily\npublished: 2024-08-12\n---\nShelling hit the village of Zarechnaia Lozovka near Sudzha on Sunday.\n`;

const served = mkdtempSync(join(tmpdir(), "review-spec-"));
const suite = mapSuite([served]);
const articles = join(served, "articles");

function ingest(out: string, ...extra: string[]) {
  const run = runBuiltCli("ingest", articles, "--out", out, ...extra);
  if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  return placeReportCollection.parse(JSON.parse(readFileSync(out, "utf8")));
}

beforeAll(() => {
  buildCli();
  mkdirSync(articles);
  writeFileSync(join(articles, "one.md"), ONE);
  writeFileSync(join(articles, "two.md"), TWO);
  ingest(join(served, "review.geojson"));
}, 60_000);

const VILLAGE = "news:zarechnaya-lozovka";
const round = (n: number) => Math.round(n * 1000) / 1000;

describe("review mode", () => {
  it("places an unresolved village by clicking the map: both articles resolve, it survives a reload, and the downloaded file gives the CLI the same reports", async () => {
    const map = await suite.driver();
    const reviewer = new ReviewDriver(map);
    await map.openMap({ data: map.fixtureUrl("review.geojson"), review: "1" });
    const queue = await reviewer.queue();
    // One row for both spellings, across the two articles.
    expect(queue.find((q) => q.name === "Zarechnaya Lozovka")?.count).toBe("×2");

    const preview = await reviewer.placeByClickingMap("Zarechnaya Lozovka", 35.25, 51.22);
    expect(preview).toMatch(/Kursk Oblast/);
    expect(preview).toMatch(/km inside Russia/);
    await expect.poll(() => reviewer.reportsOf(VILLAGE).then((r) => r.map((x) => x.source_id).sort())).toEqual(["one", "two"]);
    expect((await reviewer.queue()).map((q) => q.name)).not.toContain("Zarechnaya Lozovka");
    expect(await map.listedPlaces()).toContain("Zarechnaya Lozovka");

    await map.reload();
    await expect.poll(() => reviewer.reportsOf(VILLAGE).then((r) => r.length)).toBe(2);

    // The exports carry the placed village as the map shows it.
    const exporter = new CompareExportDriver(map);
    const exported = placeReportCollection.parse(JSON.parse((await exporter.exportData("geojson")).bytes.toString("utf8")));
    expect(exported.features.filter((f) => f.properties.place_id === VILLAGE).map((f) => f.properties.review)).toEqual(["corrected", "unreviewed"]);
    expect(exported.unresolved?.map((u) => u.mention) ?? []).not.toContain("Zarechnaya Lozovka");
    const csv = (await exporter.exportData("csv")).bytes.toString("utf8");
    expect(csv.split("\r\n").filter((line) => line.includes("Zarechnaya Lozovka"))).toHaveLength(2);
    expect((await exporter.exportSnapshot({ size: "screen" })).bytes.length).toBeGreaterThan(10_000);

    const file = await reviewer.downloadCorrections();
    writeFileSync(join(served, "decisions.json"), file);
    const cli = ingest(join(served, "corrected.geojson"), "--corrections", join(served, "decisions.json"));
    const fromCli = cli.features.filter((f) => f.properties.place_id === VILLAGE)
      .map((f) => [f.properties.source_id, f.properties.role, f.properties.date_start, f.properties.review, f.geometry.coordinates.map(round)]);
    const inMap = (await reviewer.reportsOf(VILLAGE)).map((r) => [r.source_id, r.role, r.date_start, r.review, r.coordinates.map(round)]);
    expect(fromCli.length).toBe(2);
    expect(inMap.sort()).toEqual(fromCli.sort());
  });

  it("places a name by searching the gazetteer, flips a role and rejects a name everywhere, with undo", async () => {
    const map = await suite.driver();
    const reviewer = new ReviewDriver(map);
    await map.openMap({ data: map.fixtureUrl("review.geojson"), review: "1" });
    await reviewer.placeBySearch("Zarechnaya Lozovka", "Sudzha", "Sudzha");
    await expect.poll(() => reviewer.reportsOf("news:zarechnaya-lozovka").then((r) => r.length)).toBe(0);
    // Sudzha's report in each article now also carries the sentence that named the village.
    // The decisions core arrives with the first decision: the reports change once it has.
    await expect.poll(() => reviewer.quotedMentionsOf("Sudzha")).toEqual(expect.arrayContaining(["one:Zarechnaya Lozovka", "two:Zarechnaia Lozovka"]));
    expect((await reviewer.queue()).map((q) => q.name)).not.toContain("Zarechnaya Lozovka");

    expect((await reviewer.queue()).map((q) => q.name)).toContain("Reuters");
    await reviewer.rejectQueued("Reuters");
    await expect.poll(() => reviewer.queue().then((q) => q.map((x) => x.name))).not.toContain("Reuters");
    await reviewer.undoCorrection();
    await expect.poll(() => reviewer.queue().then((q) => q.map((x) => x.name))).toContain("Reuters");
  });

  it("works on a phone (390×844) with the keyboard alone: review mode, the queue, the search and saving", async () => {
    const map = await suite.driver({ width: 390, height: 844 });
    const reviewer = new ReviewDriver(map);
    await map.openMap({ data: map.fixtureUrl("review.geojson") });
    expect(await map.controlsOffScreen()).toEqual([]);
    // The toolbar is one menu on a phone: open it, then review mode.
    await map.tabTo("toolbar-options-toggle");
    await map.press("Enter");
    await map.tabTo("toggle-review");
    await map.press("Enter");
    expect(await map.controlsOffScreen()).toEqual([]);
    await map.tabTo("queue-place", "Zarechnaya Lozovka");
    await map.press("Enter");
    // The search box has the focus as the dialog opens, its text selected, so typing replaces it.
    await map.type("Sudzha");
    await map.tabTo("place-candidate");
    expect(await map.focusedText()).toMatch(/Sudzha/);
    await map.press("Enter");
    expect(await map.controlsOffScreen()).toEqual([]);
    await map.tabTo("place-save");
    await map.press("Enter");
    await expect.poll(() => reviewer.queue().then((q) => q.map((x) => x.name))).not.toContain("Zarechnaya Lozovka");
  });

  it("flips the role of a report from the sourcing panel and says an editor corrected it", async () => {
    const map = await suite.driver();
    const reviewer = new ReviewDriver(map);
    await map.openMap({ data: map.fixtureUrl("review.geojson"), review: "1", mentions: "1" });
    await map.selectListedPlace("Sudzha");
    await reviewer.flipRole("one");
    await expect.poll(() => reviewer.reviewedNote()).toMatch(/Corrected by an editor \(the parser had it read as an event\)/);
  });
});
