import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "../stats";

/**
 * `npm run ingest` end to end, as a newsroom runs it: the bundled CLI reading the corpus
 * as files from disk and writing one GeoJSON, start-up included. The pipeline figures
 * beside it leave out what only the CLI does (reading files, validating every report
 * against the contract, holding and writing the whole collection).
 */
export interface CliRun {
  threads: number;
  wallMs: number;
  articlesPerS: number;
}

export function runCliBench(texts: readonly string[], threadCounts: readonly number[], runs: number): CliRun[] {
  const build = spawnSync("npm", ["run", "build:cli", "--silent"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    const input = join(dir, "articles");
    spawnSync("mkdir", [input]);
    texts.forEach((text, i) => writeFileSync(join(input, `${String(i).padStart(6, "0")}.md`), text));
    return threadCounts.map((threads) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const result = spawnSync(process.execPath, ["build/cli/ingest.mjs", input, "--out", join(dir, "out.geojson"), "--workers", String(threads)], {
          encoding: "utf8",
          maxBuffer: 256 * 1024 * 1024,
        });
        if (result.status !== 0) throw new Error(`ingest CLI exited ${result.status}: ${result.stderr.slice(-500)}`);
        times.push(performance.now() - started);
      }
      const wallMs = median(times);
      return { threads, wallMs, articlesPerS: (texts.length / wallMs) * 1000 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
