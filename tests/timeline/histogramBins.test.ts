import { describe, expect, it } from "vitest";
import type { DatedPlaceReport } from "../../src/data/placeReports";
import { binDaysFor, histogram } from "../../src/timeline/histogramBins";

const report = (day_start?: number) => ({ properties: { day_start } }) as unknown as DatedPlaceReport;

describe("report histogram", () => {
  it("counts reports per day for a short span", () => {
    const bins = histogram([report(10), report(10), report(12), report()], { fromDay: 10, toDay: 12 });
    expect(bins.map((b) => b.count)).toEqual([2, 0, 1]);
  });

  it("switches to weeks for a long span and keeps the last partial week", () => {
    const extent = { fromDay: 0, toDay: 199 };
    expect(binDaysFor(extent)).toBe(7);
    const bins = histogram([report(0), report(6), report(7), report(199)], extent);
    expect(bins[0]?.count).toBe(2);
    expect(bins[1]?.count).toBe(1);
    expect(bins.at(-1)).toEqual({ fromDay: 196, toDay: 199, count: 1 });
  });
});
