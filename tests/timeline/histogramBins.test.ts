import { describe, expect, it } from "vitest";
import type { DatedPlaceReport } from "../../src/data/placeReports";
import { dayStacks, reportDays } from "../../src/timeline/histogramBins";

const report = (day_start?: number, campaign: string | null = null) => ({ properties: { day_start, campaign } }) as unknown as DatedPlaceReport;

describe("report histogram", () => {
  it("counts reports per start day, only the days that have any", () => {
    const stacks = dayStacks([report(10), report(10), report(12), report()], { fromDay: 10, toDay: 12 });
    expect(stacks.map((s) => [s.day, s.total])).toEqual([[10, 2], [12, 1]]);
    expect(reportDays(stacks)).toEqual([10, 12]);
  });

  it("stacks a day's reports by campaign in the campaigns' order, those outside any campaign last", () => {
    const stacks = dayStacks([report(5, null), report(5, "b"), report(5, "a"), report(5, "b")], { fromDay: 0, toDay: 9 }, ["a", "b"]);
    expect(stacks[0]!.byCampaign).toEqual([{ campaign: "a", count: 1 }, { campaign: "b", count: 2 }, { campaign: null, count: 1 }]);
  });

  it("leaves out days outside the extent", () => {
    expect(dayStacks([report(3), report(30)], { fromDay: 0, toDay: 9 })).toHaveLength(1);
  });
});
