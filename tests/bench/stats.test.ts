import { describe, expect, it } from "vitest";
import { medianOfRuns, percentile } from "../../bench/stats";

describe("benchmark statistics", () => {
  it("takes the nearest-rank percentile whatever the input order", () => {
    const values = [9, 1, 5, 3, 7, 2, 8, 4, 10, 6];
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0.95)).toBe(10);
    expect(percentile(values, 0.1)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("gives each field's median across runs", () => {
    const runs = [{ rate: 10, ms: 300 }, { rate: 30, ms: 100 }, { rate: 20, ms: 200 }];
    expect(medianOfRuns(runs)).toEqual({ rate: 20, ms: 200 });
  });
});
