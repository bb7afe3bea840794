import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../cli/builtCli";
import { article, GOOD_ARTICLE, ingest, jsonlLine, placesBySource, tempFolder, writeFiles } from "./hostileRun";

beforeAll(buildCli, 60_000);

// Each of these once aborted the whole run (exit 2, nothing written, no file named).
const HOSTILE = {
  // One capitalised run of a single name: every match pushed at once overflowed the stack.
  "repeated.md": article("Fighting near " + "Belgorod ".repeat(130_000).trim() + "."),
  // A relative date before year 1 failed the output check with a raw schema dump.
  "year-zero.md": article("Ukrainian troops shelled Belgorod yesterday.", "0000-01-01"),
};

describe.each([1, 2])("one bad article among good ones, %i worker(s)", (workers) => {
  const folder = tempFolder("per-article");
  const out = join(folder, "out.geojson");
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    writeFiles(folder, { "good.md": GOOD_ARTICLE, ...HOSTILE });
    run = ingest(folder, "--out", out, "--workers", String(workers));
  }, 60_000);

  it("writes the good article and exits 1", () => {
    expect(run.status).toBe(1);
    expect(placesBySource(readFileSync(out, "utf8")).good).toContain("Sudzha");
  });

  it("names the article whose dates fall outside the calendar, on one line", () => {
    const line = run.stderr.split("\n").find((l) => l.includes("year-zero.md"));
    expect(line).toMatch(/^rejected: .*year-zero\.md: .*date_start/);
    expect(run.stderr).not.toMatch(/"origin"|"code"/);
  });

  it("does not let a name repeated 130,000 times overflow the stack", () => {
    expect(run.stderr).not.toMatch(/call stack/);
  });
});

describe.each([1, 2])("a bad JSONL line among good ones, %i worker(s)", (workers) => {
  const folder = tempFolder("per-line");
  const input = join(folder, "articles.jsonl");
  const out = join(folder, "out.jsonl");
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    const lines = [
      jsonlLine("Ukrainian troops entered Sudzha in the Kursk region on Tuesday."),
      jsonlLine("Ukrainian troops shelled Belgorod yesterday.", "0000-01-01"),
      jsonlLine("Fighting near " + "Belgorod ".repeat(130_000).trim() + "."),
      jsonlLine("Drones struck Kursk on Monday."),
    ];
    writeFiles(folder, { "articles.jsonl": lines.join("\n") + "\n" });
    run = ingest(input, "--jsonl", "--out", out, "--workers", String(workers));
  }, 60_000);

  it("writes the lines around the bad one and names it as file:line", () => {
    expect(run.status).toBe(1);
    const sources = readFileSync(out, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { properties: { source_path: string } }).properties.source_path);
    expect(sources).toContain(`${input}:1`);
    expect(sources).toContain(`${input}:4`);
    expect(run.stderr).toMatch(new RegExp(`rejected: ${input.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: .*date_start`));
    expect(run.stderr).not.toMatch(/call stack/);
  });
});

describe("a place named in 2,000 sentences", () => {
  const folder = tempFolder("quotes");
  const many = article("Troops shelled Belgorod. ".repeat(2000));
  const outputs: string[] = [];
  beforeAll(() => {
    writeFiles(folder, { "good.md": GOOD_ARTICLE, "many.md": many });
    for (const workers of [1, 2]) {
      const out = join(folder, `out-${workers}.geojson`);
      const run = ingest(folder, "--out", out, "--workers", String(workers));
      expect(run.status, run.stderr).toBe(0);
      outputs.push(readFileSync(out, "utf8"));
    }
  }, 60_000);

  it("gives the same output whatever the worker count", () => {
    expect(outputs[0]).toBe(outputs[1]);
  });

  it("keeps at most 50 quotes and says how many sentences named the place", () => {
    const collection = JSON.parse(outputs[0]!) as { features: { properties: { name: string; quotes: unknown[]; quote_count?: number } }[] };
    const belgorod = collection.features.find((f) => f.properties.name === "Belgorod")!;
    expect(belgorod.properties.quotes.length).toBe(50);
    expect(belgorod.properties.quote_count).toBeGreaterThan(50);
  });
});
