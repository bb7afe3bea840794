import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isUpToDate, type BuildStep } from "../../scripts/geodata/buildStep";

/** Seconds since the epoch, far from now, so the file system's own times never interfere. */
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe("a data build step with an optional folder", () => {
  const root = mkdtempSync(join(tmpdir(), "build-step-"));
  const input = join(root, "input.json");
  const output = join(root, "output.json");
  const local = join(root, "local");
  const folder = join(local, "geonames");
  const step: BuildStep = { name: "test", inputs: [input], outputs: [output], optionalInputs: [folder], run: () => {} };
  writeFileSync(input, "{}");
  writeFileSync(output, "{}");

  it("is up to date while the folder is absent and nothing above it changed", () => {
    at(input, 1_000);
    at(root, 1_000);
    at(output, 2_000);
    expect(isUpToDate(step)).toBe(true);
  });

  it("is stale once the folder appears", () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "RU.txt"), "");
    at(join(folder, "RU.txt"), 3_000);
    at(folder, 3_000);
    expect(isUpToDate(step)).toBe(false);
  });

  it("is stale when a dump in the folder changes, not before", () => {
    at(output, 4_000);
    expect(isUpToDate(step)).toBe(true);
    at(join(folder, "RU.txt"), 5_000);
    expect(isUpToDate(step)).toBe(false);
  });

  it("is stale once the folder is removed", () => {
    at(join(folder, "RU.txt"), 3_000);
    at(folder, 3_000);
    at(local, 3_000);
    at(output, 4_000);
    expect(isUpToDate(step)).toBe(true);
    rmSync(folder, { recursive: true });
    expect(isUpToDate(step)).toBe(false);
  });
});
