import type { DatedPlaceReport } from "../data/placeReports";
import type { DayRange } from "../store/timeWindow";

/** Reports starting on one day, split by campaign (null: outside every campaign), for stacked bars. */
export interface DayStack {
  day: number;
  total: number;
  byCampaign: { campaign: string | null; count: number }[];
}

/**
 * Reports per start day inside the extent, only the days that have any, oldest first; each
 * day's campaigns in `campaignOrder` with reports outside any campaign last. Undated
 * reports have no place on a timeline.
 */
export function dayStacks(placeReports: readonly DatedPlaceReport[], extent: DayRange, campaignOrder: readonly string[] = []): DayStack[] {
  const days = new Map<number, Map<string | null, number>>();
  for (const { properties } of placeReports) {
    const day = properties.day_start;
    if (day === undefined || day < extent.fromDay || day > extent.toDay) continue;
    const counts = days.get(day) ?? new Map<string | null, number>();
    counts.set(properties.campaign, (counts.get(properties.campaign) ?? 0) + 1);
    days.set(day, counts);
  }
  const rank = (campaign: string | null) => (campaign === null ? Infinity : campaignOrder.indexOf(campaign) >>> 0);
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, counts]) => {
      const byCampaign = [...counts.entries()]
        .map(([campaign, count]) => ({ campaign, count }))
        .sort((a, b) => rank(a.campaign) - rank(b.campaign));
      return { day, total: byCampaign.reduce((sum, c) => sum + c.count, 0), byCampaign };
    });
}

/** The sorted days on which at least one report starts: where playback stops. */
export function reportDays(stacks: readonly DayStack[]): number[] {
  return stacks.map((s) => s.day);
}
