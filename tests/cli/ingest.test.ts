import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, builtCliPath, runBuiltCli } from "./builtCli";
import { placeReportCollection } from "../../src/contract/placeReport";

// What `npm run ingest` runs: the CLI bundled to plain JS (built once for this file, below).
const ingest = (...args: string[]) => runBuiltCli("ingest", ...args);
// The same CLI run from its TypeScript source, as during development.
const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const SOURCE = join(process.cwd(), "src/cli/ingest.ts");
const ingestFromSource = (...args: string[]) => spawnSync(TSX, [SOURCE, ...args], { encoding: "utf8", timeout: 60_000 });

beforeAll(buildCli, 60_000);

const GOOD = `---
title: Troops enter Sudzha
outlet: Test Wire
published: 2024-08-07
---
Ukrainian troops entered Sudzha in the Kursk region on Tuesday, officials said.
`;

describe("npm run ingest on a folder with bad files among good ones", () => {
  const dir = mkdtempSync(join(tmpdir(), "ingest-"));
  const articles = join(dir, "articles");
  const out = join(dir, "out.geojson");
  let run: ReturnType<typeof ingest>;

  beforeAll(() => {
    mkdirSync(articles);
    writeFileSync(join(articles, "good.md"), GOOD);
    writeFileSync(join(articles, "empty.md"), "");
    writeFileSync(join(articles, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(articles, "latin1.txt"), Buffer.concat([Buffer.from("Troops entered Sudzha "), Buffer.from([0xe9, 0x20, 0x41])]));
    writeFileSync(join(articles, "unclosed.md"), "---\ntitle: No end\nTroops entered Sudzha.\n");
    writeFileSync(join(articles, "bad-yaml.md"), "---\ntitle: [unclosed\n---\nTroops entered Sudzha.\n");
    writeFileSync(join(articles, "month.md"), "---\npublished: May 2022\n---\nTroops reached the border near Kharkiv.\n");
    writeFileSync(join(articles, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, 0x61));
    run = ingest(articles, "--out", out);
  }, 90_000);

  it("uses the name keys built with the data instead of computing them at start-up", () => {
    expect(run.stderr).not.toMatch(/name-keys\.json/);
  });

  it("exits 1 and still writes the good article's reports", () => {
    expect(run.status).toBe(1);
    const collection = placeReportCollection.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(collection.features.map((f) => f.properties.name)).toContain("Sudzha");
    expect(new Set(collection.features.map((f) => f.properties.source_path))).toEqual(new Set([join(articles, "good.md")]));
  });

  it.each([
    ["empty.md", /file is empty/],
    ["binary.txt", /binary file/],
    ["latin1.txt", /invalid UTF-8 at byte 22/],
    ["unclosed.md", /front matter opened on line 1 is never closed/],
    ["bad-yaml.md", /front matter is not valid YAML/],
    ["month.md", /'published' must be YYYY-MM-DD, got "May 2022"/],
    ["huge.txt", /50\.0 MB, larger than/],
  ])("rejects %s on stderr with the file and what was wrong", (file, message) => {
    const line = run.stderr.split("\n").find((l) => l.startsWith(`rejected: ${join(articles, file)}:`));
    expect(line).toMatch(message);
  });

  it("writes the unresolved-name sidecar beside the output", () => {
    expect(JSON.parse(readFileSync(join(dir, "out.unresolved.json"), "utf8"))).toEqual([]);
  });
});

describe("npm run ingest usage", () => {
  it("exits 2 and writes nothing on bad usage, leaving an existing output untouched", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-usage-"));
    const out = join(dir, "out.geojson");
    writeFileSync(out, "previous");
    const run = ingest("--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no input files or folders given/);
    expect(readFileSync(out, "utf8")).toBe("previous");
    const badManifest = join(dir, "manifest.json");
    writeFileSync(badManifest, JSON.stringify({ "a.txt": { published: "23 May 2023" } }));
    const run2 = ingest(dir, "--out", join(dir, "new.geojson"), "--manifest", badManifest);
    expect(run2.status).toBe(2);
    expect(run2.stderr).toMatch(/manifest/);
    expect(existsSync(join(dir, "new.geojson"))).toBe(false);
  }, 60_000);

  it("streams JSONL articles in and place reports out, rejecting a bad line by file:line", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-jsonl-"));
    const input = join(dir, "articles.jsonl");
    writeFileSync(input, [JSON.stringify({ id: "x1", text: "Troops entered Sudzha on Tuesday.", published: "2024-08-07" }), "{not json", ""].join("\n"));
    const run = ingest("--jsonl", input, "--out", "-");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`rejected: ${input}:2: not valid JSON`));
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((f) => [f.properties.source_id, f.properties.name, f.properties.date_start])).toEqual([["x1", "Sudzha", "2024-08-06"]]);
  }, 60_000);
});

describe("npm run ingest on worker threads", () => {
  it("writes the same reports with two workers as with one", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-workers-"));
    const args = ["data/sample", "--manifest", "data/sample/manifest.json"];
    const one = ingest(...args, "--out", join(dir, "one.geojson"));
    const two = ingest(...args, "--out", join(dir, "two.geojson"), "--workers", "2");
    expect([one.status, two.status]).toEqual([0, 0]);
    const features = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")).features;
    expect(features("two.geojson")).toEqual(features("one.geojson"));
    expect(features("one.geojson").length).toBeGreaterThan(20);
  }, 90_000);

  it("runs its workers from the TypeScript source too, with the same output", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-source-workers-"));
    const args = ["data/sample", "--manifest", "data/sample/manifest.json"];
    const built = ingest(...args, "--out", join(dir, "built.geojson"), "--workers", "2");
    const source = ingestFromSource(...args, "--out", join(dir, "source.geojson"), "--workers", "2");
    expect([built.status, source.status]).toEqual([0, 0]);
    const features = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")).features;
    expect(features("source.geojson")).toEqual(features("built.geojson"));
  }, 90_000);
});

describe("npm run ingest with a GeoNames dump", () => {
  it("resolves a village only the dump knows, and names the dump's bad rows by file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-dump-"));
    writeFileSync(join(dir, "glotovo.md"), "---\npublished: 2024-03-13\n---\nFighters entered the village of Glotovo in the Belgorod region on Tuesday.\n");
    const out = join(dir, "out.geojson");
    const without = ingest(join(dir, "glotovo.md"), "--out", out);
    expect(JSON.parse(readFileSync(out, "utf8")).unresolved.map((u: { mention: string }) => u.mention)).toEqual(["Glotovo"]);
    const withDump = ingest(join(dir, "glotovo.md"), "--out", out, "--gazetteer", "tests/fixtures/geonames/RU-sample.txt");
    expect([without.status, withDump.status]).toEqual([0, 0]);
    const glotovo = JSON.parse(readFileSync(out, "utf8")).features.find((f: { properties: { name: string } }) => f.properties.name === "Glotovo");
    expect(glotovo?.properties).toMatchObject({ place_id: "1000102", admin1: "Belgorod Oblast", role: "event", date_start: "2024-03-12" });
    expect(withDump.stderr).toMatch(/gazetteer: tests\/fixtures\/geonames\/RU-sample\.txt:\d+: /);
  }, 60_000);

  it("on worker threads, reports the dump's bad rows once and resolves the village the same way", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-dump-workers-"));
    const text = "---\npublished: 2024-03-13\n---\nFighters entered the village of Glotovo in the Belgorod region on Tuesday.\n";
    writeFileSync(join(dir, "a.md"), text);
    writeFileSync(join(dir, "b.md"), text);
    const out = join(dir, "out.geojson");
    const run = ingest(dir, "--out", out, "--gazetteer", "tests/fixtures/geonames/RU-sample.txt", "--workers", "2");
    expect(run.status).toBe(0);
    const problems = run.stderr.split("\n").filter((line) => line.startsWith("gazetteer: "));
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems).size).toBe(problems.length);
    const names = JSON.parse(readFileSync(out, "utf8")).features.map((f: { properties: { name: string } }) => f.properties.name);
    expect(names.filter((name: string) => name === "Glotovo")).toHaveLength(2);
  }, 90_000);
});

describe("npm run ingest streaming JSONL on worker threads", () => {
  it("writes the same lines with two workers as with one, bad lines rejected in place", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-jsonl-workers-"));
    const input = join(dir, "articles.jsonl");
    const lines = ["Troops entered Sudzha on Tuesday.", "Shelling hit Kharkiv on Monday.", "Fighters crossed into the Belgorod region."].map((text, i) =>
      JSON.stringify({ id: `a${i}`, text, published: "2024-08-07" }),
    );
    writeFileSync(input, [lines[0], "{broken", lines[1], lines[2]].join("\n"));
    const one = ingest("--jsonl", input, "--out", "-");
    const two = ingest("--jsonl", input, "--out", "-", "--workers", "2");
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(new RegExp(`rejected: ${input}:2: not valid JSON`));
    expect(one.stdout.trim().split("\n").map((l) => JSON.parse(l).properties.source_id)).toEqual(["a0", "a1", "a2"]);
  }, 90_000);
});

describe("npm run ingest output", () => {
  const args = ["data/sample", "--manifest", "data/sample/manifest.json"];

  it("writes the collection as it goes, the same bytes JSON.stringify gives for the whole of it, to a file or stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-out-"));
    const out = join(dir, "out.geojson");
    const toFile = ingest(...args, "--out", out);
    const toStdout = ingest(...args, "--out", "-");
    expect([toFile.status, toStdout.status]).toEqual([0, 0]);
    const written = readFileSync(out, "utf8");
    const collection = placeReportCollection.parse(JSON.parse(written));
    expect(collection.features.length).toBeGreaterThan(20);
    expect(written).toBe(`${JSON.stringify(collection)}\n`);
    expect(toStdout.stdout).toBe(written);
    expect(readdirSync(dir).sort()).toEqual(["out.geojson", "out.unresolved.json"]);
  }, 60_000);

  it.each(["1", "2"])("gives two inputs with one file name distinct source ids (%s worker)", (workers) => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-same-name-"));
    for (const folder of ["first", "second"]) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, "a.md"), GOOD);
    }
    const out = join(dir, "out.geojson");
    const run = ingest(join(dir, "first"), join(dir, "second"), "--out", out, "--workers", workers);
    expect(run.status).toBe(0);
    const collection = placeReportCollection.parse(JSON.parse(readFileSync(out, "utf8")));
    const sudzha = collection.features.filter((f) => f.properties.name === "Sudzha");
    expect(sudzha.map((f) => [f.id, f.properties.source_id, f.properties.source_path])).toEqual([
      [`a:${sudzha[0]!.properties.place_id}`, "a", join(dir, "first", "a.md")],
      [`a-2:${sudzha[0]!.properties.place_id}`, "a-2", join(dir, "second", "a.md")],
    ]);
  }, 60_000);

  it("exits 2 before any work when the output cannot be created, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-out-missing-"));
    const out = join(dir, "no-such-folder", "out.geojson");
    const run = ingest(...args, "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`error: --out ${out}: cannot create the file there \\(ENOENT: no such file or directory\\)`));
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it("leaves an existing output as it was, and no temporary file, when the run fails after the output was opened", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-out-fail-"));
    const out = join(dir, "out.geojson");
    writeFileSync(out, "previous");
    const run = ingest(...args, "--out", out, "--gazetteer", join(dir, "missing-dump.txt"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing-dump\.txt: no such file or folder/);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["out.geojson"]);
  }, 60_000);

  it("stops on Ctrl-C, leaving an existing output as it was and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-out-interrupt-"));
    const articles = join(dir, "articles");
    mkdirSync(articles);
    for (let i = 0; i < 400; i++) writeFileSync(join(articles, `a${i}.md`), GOOD);
    const out = join(dir, "out.geojson");
    writeFileSync(out, "previous");
    const child = spawn(process.execPath, [builtCliPath("ingest"), articles, "--out", out]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // The output's temporary file is opened before any work; interrupt once it is there.
    const temp = `${out}.tmp-${child.pid}`;
    while (!existsSync(temp)) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted after \d+ articles: nothing written/);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir).sort()).toEqual(["articles", "out.geojson"]);
  }, 60_000);
});
