import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, builtCliPath } from "../cli/builtCli";
import { article, GOOD_ARTICLE, ingest, placesBySource, tempFolder, writeFiles } from "./hostileRun";

beforeAll(buildCli, 60_000);

const mkfifo = (path: string) => expect(spawnSync("mkfifo", [path]).status).toBe(0);

describe("links and special files among the inputs", () => {
  const folder = tempFolder("links");
  const articles = join(folder, "articles");
  const out = join(folder, "out.geojson");
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    mkdirSync(articles);
    writeFiles(articles, { "good.md": GOOD_ARTICLE });
    symlinkSync(join(articles, "gone.md"), join(articles, "dangling.md"));
    symlinkSync(join(articles, "loop-b.md"), join(articles, "loop-a.md"));
    symlinkSync(join(articles, "loop-a.md"), join(articles, "loop-b.md"));
    symlinkSync(articles, join(articles, "again"));
    mkfifo(join(articles, "pipe.md"));
    run = ingest(articles, "--out", out);
  }, 60_000);

  it("skips dangling links and link loops with a warning naming each", () => {
    expect(run.stderr).toMatch(/warning: .*dangling\.md: dangling symlink; skipped/);
    expect(run.stderr).toMatch(/warning: .*loop-a\.md: symlink loop; skipped/);
    expect(run.stderr).toMatch(/warning: .*again: folder already read/);
  });

  it("refuses a FIFO without opening it, and writes the good article", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/rejected: .*pipe\.md: a FIFO, not a regular file/);
    expect(placesBySource(readFileSync(out, "utf8")).good).toContain("Sudzha");
  });
});

describe("an --out that would destroy something", () => {
  const folder = tempFolder("out");
  const input = join(folder, "good.md");
  const manifest = join(folder, "manifest.json");
  beforeAll(() => writeFiles(folder, { "good.md": GOOD_ARTICLE, "manifest.json": "{}" }));

  it.each([
    ["an input", () => input, /is an input of this run/],
    ["the manifest", () => manifest, /is the manifest of this run/],
    ["a folder", () => folder, /is a folder/],
  ])("is refused when it names %s, before any work, with exit 2", (_what, target, message) => {
    const run = ingest(input, "--manifest", manifest, "--out", target());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(input, "utf8")).toBe(GOOD_ARTICLE);
    expect(readFileSync(manifest, "utf8")).toBe("{}");
  });

  it("is refused when it is no regular file, which stays what it was", () => {
    const fifo = join(folder, "out-fifo");
    mkfifo(fifo);
    const run = ingest(input, "--out", fifo);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not a regular file/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("is left as it was when no input could be read", () => {
    const out = join(folder, "kept.geojson");
    writeFileSync(out, "yesterday's output");
    const run = ingest(join(folder, "artciles"), "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such file or folder/);
    expect(run.stderr).toMatch(/left as it was/);
    expect(readFileSync(out, "utf8")).toBe("yesterday's output");
  });
});

describe("workers and pipes", () => {
  const folder = tempFolder("workers");
  beforeAll(() => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 300; i++) many[`a${String(i).padStart(3, "0")}.md`] = GOOD_ARTICLE;
    writeFiles(folder, many);
  });

  it("caps --workers at the input files and cores, and says so", () => {
    const two = tempFolder("two");
    writeFiles(two, { "a.md": GOOD_ARTICLE, "b.md": article("Drones struck Kursk on Monday.") });
    const run = ingest(two, "--out", join(two, "out.geojson"), "--workers", "1000");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/note: --workers 1000 capped at 2/);
  });

  it("ends quietly when the reader of stdout stops early", () => {
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${builtCliPath("ingest")}" "${folder}" --out - | head -c 100 > /dev/null`], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it("stops on SIGTERM with exit 130, the output as it was and no temporary file", async () => {
    // Enough articles to be still at work when the signal comes, on any machine.
    const inputs = tempFolder("sigterm-in");
    const many: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) many[`a${String(i).padStart(4, "0")}.md`] = GOOD_ARTICLE;
    writeFiles(inputs, many);
    const outFolder = tempFolder("sigterm-out");
    const out = join(outFolder, "out.geojson");
    writeFileSync(out, "yesterday's output");
    const child = spawn(process.execPath, [builtCliPath("ingest"), inputs, "--out", out], { stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (status) => resolve(status)));
    let running = true;
    void exited.then(() => (running = false));
    // Signalled once it writes reports (its temporary output exists), so past loading, into the articles.
    while (running && !readdirSync(outFolder).some((name) => name.includes(".tmp-"))) await new Promise((r) => setTimeout(r, 10));
    expect(running, "the run ended before it wrote any report").toBe(true);
    child.kill("SIGTERM");
    expect(await exited).toBe(130);
    expect(readFileSync(out, "utf8")).toBe("yesterday's output");
    expect(readdirSync(outFolder).filter((name) => name.includes(".tmp-"))).toEqual([]);
    expect(existsSync(join(outFolder, "out.unresolved.json"))).toBe(false);
  }, 60_000);

  it.each([[[]], [["--explain"]]])("stops on SIGTERM at once, in the middle of one long article (%j)", async (flags: string[]) => {
    // One article near the size cap: seconds of geoparsing in one piece.
    const inputs = tempFolder(`sigterm-long-in${flags.join("")}`);
    const sentence = "Ukrainian forces shelled Sudzha on 6 August 2024 and troops entered Kozinka. ";
    writeFiles(inputs, { "long.md": `---\npublished: 2024-08-08\n---\n${sentence.repeat(Math.floor(4_900_000 / sentence.length))}` });
    const outFolder = tempFolder(`sigterm-long-out${flags.join("")}`);
    const out = join(outFolder, "out.geojson");
    writeFileSync(out, "yesterday's output");
    const child = spawn(process.execPath, [builtCliPath("ingest"), inputs, "--out", out, ...flags], { stdio: "ignore" });
    let exitedAt = 0;
    const exited = new Promise<number | null>((resolve) => child.on("exit", (status) => ((exitedAt = performance.now()), resolve(status))));
    while (exitedAt === 0 && !readdirSync(outFolder).some((name) => name.includes(".tmp-"))) await new Promise((r) => setTimeout(r, 10));
    // Into the article: past opening the output and starting to load the gazetteer.
    await new Promise((r) => setTimeout(r, 500));
    expect(exitedAt, "the run ended before the signal").toBe(0);
    const signalledAt = performance.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(130);
    expect(exitedAt - signalledAt).toBeLessThan(1500);
    expect(readFileSync(out, "utf8")).toBe("yesterday's output");
    expect(readdirSync(outFolder).filter((name) => name.includes(".tmp-"))).toEqual([]);
  }, 60_000);
});
