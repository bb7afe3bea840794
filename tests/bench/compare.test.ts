import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "../../bench/args";
import { compareLine } from "../../bench/report";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");

describe("npm run bench -- --compare", () => {
  it("takes a git ref, and refuses a missing one", () => {
    expect(parseBenchArgs(["--compare", "main~3"]).compare).toBe("main~3");
    expect(() => parseBenchArgs(["--compare"])).toThrow(/--compare: expected a git ref/);
    expect(() => parseBenchArgs(["--compare", "--runs"])).toThrow(/--compare: expected a git ref/);
  });

  it("flags a pipeline whose output differs", () => {
    const line = compareLine({ ref: "v1", commit: "0123456789abcdef", articles: 400, runs: 3, speedups: [0.9, 1.1, 1.0], medianSpeedup: 1.0, differingArticles: 3 });
    expect(line).toMatch(/1\.000× \(median; quartiles 0\.900–1\.100/);
    expect(line).toMatch(/output differs\*\* in 3 of 400 articles/);
  });

  it("times HEAD against the working tree on the same articles and finds the same output", () => {
    const run = spawnSync(TSX, ["bench/run.ts", "--compare", "HEAD", "--articles", "20", "--runs", "1"], { encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).not.toMatch(/^bench: /m);
    expect(run.stdout).toMatch(/Pipeline, working tree against HEAD \([0-9a-f]{12}\), 20 articles, 9 paired runs:/);
    expect(run.stdout).toMatch(/× \(median; .*\); same output\./);
  }, 120_000);

  it("names a ref that is not a commit", () => {
    const run = spawnSync(TSX, ["bench/run.ts", "--compare", "no-such-ref"], { encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bench: --compare: "no-such-ref" is not a commit of this repository/);
  }, 60_000);
});
