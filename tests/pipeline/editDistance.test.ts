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
  it("agrees with the full optimal-string-alignment table on random strings", () => {
    // The textbook table, every cell kept: the reference the row-rotating version must match.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Mostly name-length words, some longer than any name, so the rows are grown between calls.
    const word = () => Array.from({ length: 3 + Math.floor(random() * (random() < 0.05 ? 200 : 8)) }, () => "abcks"[Math.floor(random() * 5)]).join("");
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = word();
      // A bound past the length difference, now and then, so long pairs are compared cell by cell.
      const max = Math.floor(random() * 4) + (Math.abs(a.length - b.length) > 3 ? 200 : 0);
      const distance = reference(a, b);
      // Exact within the bound; past it, only "more than max" is promised.
      if (distance <= max) expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(distance);
      else expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBeGreaterThan(max);
    }
  });
});
