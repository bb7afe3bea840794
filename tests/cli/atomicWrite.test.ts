import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AtomicFile, writeFileAtomic } from "../../src/cli/atomicWrite";

describe("a file written piece by piece", () => {
  const folder = () => mkdtempSync(join(tmpdir(), "atomic-"));

  it("keeps the old content until it is committed, then holds every piece in order", () => {
    const dir = folder();
    const path = join(dir, "out.geojson");
    writeFileSync(path, "previous");
    const file = new AtomicFile(path);
    // More than one batch of pieces, so some reach the disk before the commit.
    const pieces = Array.from({ length: 20_000 }, (_, i) => `piece ${i};`);
    for (const piece of pieces) file.write(piece);
    expect(readFileSync(path, "utf8")).toBe("previous");
    file.commit();
    expect(readFileSync(path, "utf8")).toBe(pieces.join(""));
    expect(readdirSync(dir)).toEqual(["out.geojson"]);
  });

  it("leaves the old content and no temporary file when abandoned", () => {
    const dir = folder();
    const path = join(dir, "out.geojson");
    writeFileSync(path, "previous");
    const file = new AtomicFile(path);
    file.write("x".repeat(200_000));
    file.abandon();
    file.abandon();
    expect(readFileSync(path, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["out.geojson"]);
    expect(() => file.commit()).toThrow(/written after it was committed or abandoned/);
    expect(readFileSync(path, "utf8")).toBe("previous");
  });

  it("throws when the folder cannot take the file, creating nothing", () => {
    const path = join(folder(), "missing", "out.geojson");
    expect(() => new AtomicFile(path)).toThrow(/ENOENT/);
    expect(existsSync(join(path, ".."))).toBe(false);
  });

  it("writes a whole file from chunks", () => {
    const path = join(folder(), "sidecar.json");
    writeFileAtomic(path, ["[", "1,2", "]\n"]);
    expect(readFileSync(path, "utf8")).toBe("[1,2]\n");
  });
});
