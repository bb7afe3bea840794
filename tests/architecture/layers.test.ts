import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The layer rules of docs/architecture.md (`.dependency-cruiser.cjs`) run once over a
 * small made-up src/ tree whose files each break one rule or keep to them all, so a rule
 * that stopped catching what it names, or began catching what it allows, fails here. The probe sits inside the repository (.tmp/ is ignored) so that
 * maplibre-gl and the rest resolve from the project's node_modules as they do for src/.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const PROBE = join(ROOT, ".tmp/layers-probe");

const PROBE_FILES: Record<string, string> = {
  // Allowed: the map owns MapLibre, the CLI reads files, export names a MapLibre type.
  "src/map/owner.ts": `import { Map } from "maplibre-gl";\nexport const owner = Map;\n`,
  "src/cli/read.ts": `import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n`,
  "src/export/size.ts": `import type { Map } from "maplibre-gl";\nexport const size = (map: Map) => map.getCanvas().width;\n`,
  "src/testHook/hook.ts": `import type { Map } from "maplibre-gl";\nexport const hook = (map: Map) => map;\n`,
  // A pipeline file that reads the file system.
  "src/pipeline/words.ts": `import { readFileSync } from "node:fs";\nexport const words = readFileSync("words.txt", "utf8");\n`,
  "src/articles/loader.ts": `import { createRequire } from "node:module";\nexport const load = createRequire(import.meta.url);\n`,
  // MapLibre in the gazetteer.
  "src/gazetteer/marker.ts": `import { Marker } from "maplibre-gl";\nexport const marker = Marker;\n`,
  // The core reaching up into the app's folders.
  "src/contract/report.ts": `import { selected } from "../store/selected";\nexport const report = selected;\n`,
  // A feature reaching into the shell.
  "src/app/shell.ts": `export const shell = 1;\n`,
  "src/legend/inShell.ts": `import { shell } from "../app/shell";\nexport const inShell = shell;\n`,
  // A cycle through three folders, closed by a type import.
  "src/data/dataset.ts": `import { days } from "../timeline/days";\nexport const dataset = days;\n`,
  "src/timeline/days.ts": `import { selected } from "../store/selected";\nexport const days = selected;\n`,
  "src/store/selected.ts": `import type { dataset } from "../data/dataset";\nexport const selected = 1 as unknown as typeof dataset;\n`,
};

let found: { rule: string; from: string }[] = [];

beforeAll(() => {
  rmSync(PROBE, { recursive: true, force: true });
  for (const [path, text] of Object.entries(PROBE_FILES)) {
    mkdirSync(dirname(join(PROBE, path)), { recursive: true });
    writeFileSync(join(PROBE, path), text);
  }
  writeFileSync(join(PROBE, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler", strict: true } }));
  const out = execFileSync(
    process.execPath,
    ["--import", join(ROOT, "tools/lint/typescript6.mjs"), join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
      "--config", join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json", "src"],
    { cwd: PROBE, encoding: "utf8" },
  );
  const result = JSON.parse(out) as { modules: { source: string }[]; summary: { violations: { rule: { name: string }; from: string }[] } };
  expect(result.modules.filter((m) => m.source.startsWith("src/")).length).toBe(Object.keys(PROBE_FILES).length);
  found = result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from }));
}, 60_000);

afterAll(() => rmSync(PROBE, { recursive: true, force: true }));

const rulesBrokenBy = (from: string) => found.filter((v) => v.from === from).map((v) => v.rule).sort();

describe("layer rules", () => {
  it("let the map own MapLibre, the CLI read files and the tests' hook name MapLibre's type", () => {
    expect(rulesBrokenBy("src/map/owner.ts")).toEqual([]);
    expect(rulesBrokenBy("src/cli/read.ts")).toEqual([]);
    expect(rulesBrokenBy("src/testHook/hook.ts")).toEqual([]);
  });

  it("refuse export holding the map, even by its type: it asks the map's owner", () => {
    expect(rulesBrokenBy("src/export/size.ts")).toEqual(["maplibre-only-in-map"]);
  });

  it("refuse a pipeline file that reads the file system", () => {
    expect(rulesBrokenBy("src/pipeline/words.ts")).toEqual(["core-without-node-io", "file-system-at-the-edges"]);
    expect(rulesBrokenBy("src/articles/loader.ts")).toEqual(["core-without-node-io"]);
  });

  it("refuse MapLibre in the gazetteer", () => {
    expect(rulesBrokenBy("src/gazetteer/marker.ts")).toEqual(["core-without-browser", "maplibre-only-in-map"]);
  });

  it("refuse the core reaching up into the app's folders", () => {
    expect(rulesBrokenBy("src/contract/report.ts")).toEqual(["core-imports-core"]);
  });

  it("refuse a feature importing the app's shell", () => {
    expect(rulesBrokenBy("src/legend/inShell.ts")).toEqual(["entry-points-imported-by-none"]);
  });

  it("refuse a cycle between folders, however it runs", () => {
    const cycles = found.filter((v) => v.rule === "no-folder-cycles").map((v) => v.from).sort();
    expect(cycles).toEqual(["src/data", "src/store", "src/timeline"]);
  });
});
