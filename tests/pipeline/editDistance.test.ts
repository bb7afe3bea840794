import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/pipeline/editDistance";

describe("edit distance", () => {
  it("counts a swap of adjacent letters once", () => expect(editDistance("kurks", "kursk", 2)).toBe(1));
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("siverdoneck", "severodoneck", 3)).toBe(2);
    expect(editDistance("rozova", "lozova", 3)).toBe(1);
  });
  it("stops early past the bound", () => expect(editDistance("kharkiv", "moscow", 2)).toBe(3));
  it("is zero for equal strings", () => expect(editDistance("sudza", "sudza", 1)).toBe(0));
});
