import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeArticleBytes } from "../../src/articles/bytes";
import { parseDumpLine } from "../../src/gazetteer/geonamesDump";
import { buildCli } from "../cli/builtCli";
import { article, GOOD_ARTICLE, ingest, jsonlLine, placesBySource, tempFolder, writeFiles } from "./hostileRun";

beforeAll(buildCli, 60_000);

// Nine lists of nine of the one before: 59,049 values from a front matter of a few hundred bytes.
const ALIAS_BOMB = `---
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
title: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
---
Troops entered Sudzha.
`;

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("hostile article files beside a good one", () => {
  const folder = tempFolder("inputs");
  const out = join(folder, "out.geojson");
  let run: ReturnType<typeof ingest>;
  let stderrLines: string[];
  beforeAll(() => {
    writeFiles(folder, {
      "good.md": GOOD_ARTICLE,
      "bomb.md": ALIAS_BOMB,
      "author.md": "---\ntitle: Raid\nauthor: A. Writer\n---\nTroops entered Sudzha.\n",
      "long-value.md": `---\npublished: "${"9".repeat(100_000)}"\n---\nTroops entered Sudzha.\n`,
      "utf16.txt": utf16le("Ukrainian troops shelled Tyotkino on Monday.\n"),
      "old.md": article("Ukrainian troops shelled Belgorod on Monday.", "1900-01-01"),
      "future.md": article("Ukrainian troops shelled Belgorod on Monday.", "2099-06-01"),
      // An escape sequence in the name: the terminal must see it spelled out, not obey it.
      "esc\u001b[2J.md": "---\ntitle: [unclosed\n---\nText.\n",
    });
    run = ingest(folder, "--out", out);
    stderrLines = run.stderr.split("\n");
  }, 60_000);

  it("writes the good article and exits 1", () => {
    expect(run.status).toBe(1);
    expect(placesBySource(readFileSync(out, "utf8")).good).toContain("Sudzha");
  });

  it("refuses YAML anchors in front matter without expanding them", () => {
    expect(run.stderr).toMatch(/bomb\.md: front matter.*anchors and aliases/);
    expect(run.stderr.length).toBeLessThan(10_000);
  });

  it("names an unknown front-matter key", () => {
    expect(run.stderr).toMatch(/author\.md: front matter: unknown key 'author'; expected title, outlet, url, published, language/);
  });

  it("shows only an excerpt of a long value", () => {
    const line = stderrLines.find((l) => l.includes("long-value.md"))!;
    expect(line).toMatch(/'published' must be YYYY-MM-DD, got "9{10,80}…"/);
    expect(line.length).toBeLessThan(500);
  });

  it("reads UTF-16 with a byte-order mark", () => {
    expect(placesBySource(readFileSync(out, "utf8")).utf16).toContain("Tëtkino");
  });

  it("warns of publication dates before the campaigns or after today", () => {
    expect(run.stderr).toMatch(/warning: .*old\.md: published 1900-01-01 is before the first campaign/);
    expect(run.stderr).toMatch(/warning: .*future\.md: published 2099-06-01 is after today/);
  });

  it("never echoes control characters to the terminal", () => {
    expect(run.stderr).not.toMatch(/\u001b/);
    expect(run.stderr).toMatch(/esc\\u001b\[2J\.md/);
  });
});

describe("a JSONL line larger than the cap", () => {
  const folder = tempFolder("jsonl-cap");
  const input = join(folder, "articles.jsonl");
  const out = join(folder, "out.jsonl");
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    const lines = [jsonlLine("Ukrainian troops entered Sudzha on Tuesday."), jsonlLine("word ".repeat(2_200_000)), jsonlLine("Drones struck Kursk on Monday.")];
    writeFiles(folder, { "articles.jsonl": lines.join("\n") + "\n" });
    run = ingest(input, "--jsonl", "--out", out);
  }, 60_000);

  it("is rejected by file:line with its size, and the lines around it are written", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/articles\.jsonl:2: line is 10\.5 MB, larger than the 10 MB a JSONL article may be/);
    const written = readFileSync(out, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { properties: { source_path: string } }).properties.source_path);
    expect(new Set(written)).toEqual(new Set([`${input}:1`, `${input}:3`]));
  });
});

describe("bytes and numbers read strictly", () => {
  it("says UTF-16 without a byte-order mark must be converted", () => {
    expect(decodeArticleBytes(Buffer.from("Troops entered Sudzha.", "utf16le"))).toEqual({ problem: "looks like UTF-16 without a byte-order mark: convert to UTF-8" });
  });

  it("refuses a hexadecimal latitude in a GeoNames dump", () => {
    const row = `1\tSudzha\tSudzha\t\t0x20\t35.27\tP\tPPL\tRU\t\t41\t\t\t\t5000\t\t\t\t`;
    expect(parseDumpLine(row, {})).toMatchObject({ kind: "error", message: expect.stringMatching(/latitude must be a number/) });
  });
});
