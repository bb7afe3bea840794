import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The TypeScript projects of `npm run typecheck` (tsconfig.core/node/app/tools.json) give
 * each layer only the platform it runs on. Probe files are checked under each project's own
 * settings, so a project that quietly gained DOM or Node types fails here.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const PROBE = join(ROOT, ".tmp/type-projects-probe");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

const PROBES = {
  pure: `export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);\nexport const text = new TextDecoder("utf-8").decode(new Uint8Array([104, 105]));\n`,
  fileSystem: `import { readFileSync } from "node:fs";\nexport const words = readFileSync("words.txt", "utf8");\n`,
  page: `export const title = document.title;\n`,
};

/** The error codes tsc gives for `probe` checked as a file of `project`. */
function check(project: "core" | "node" | "app", probe: keyof typeof PROBES): string[] {
  const dir = join(PROBE, `${project}-${probe}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "probe.ts"), PROBES[probe]);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    extends: join(ROOT, `tsconfig.${project}.json`),
    compilerOptions: { rootDir: ROOT, outDir: join(dir, "out"), tsBuildInfoFile: join(dir, "out/probe.tsbuildinfo") },
    // The core's declaration of the one web-platform global it may use comes along.
    include: ["probe.ts", join(ROOT, "src/contract/globals.d.ts")],
    references: [],
  }));
  const run = spawnSync(process.execPath, [TSC, "--build", join(dir, "tsconfig.json")], { encoding: "utf8" });
  return [...run.stdout.matchAll(/error (TS\d+)/g)].map((m) => m[1]!);
}

beforeAll(() => rmSync(PROBE, { recursive: true, force: true }));
afterAll(() => rmSync(PROBE, { recursive: true, force: true }));

describe("the TypeScript projects", () => {
  it("let the pure core compute, and refuse it the file system and the page", () => {
    expect(check("core", "pure")).toEqual([]);
    expect(check("core", "fileSystem")).toContain("TS2591"); // no Node types: "node:fs" cannot be found
    expect(check("core", "page")).toContain("TS2584"); // no DOM: "document" cannot be found
  }, 60_000);

  it("give the command line Node and no page, and the browser app the page and no Node", () => {
    expect(check("node", "fileSystem")).toEqual([]);
    expect(check("node", "page")).toContain("TS2584");
    expect(check("app", "page")).toEqual([]);
    expect(check("app", "fileSystem")).toContain("TS2591");
  }, 60_000);
});
