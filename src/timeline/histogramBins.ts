import type { DatedPlaceReport } from "../data/placeReports";
import type { DayRange } from "../store/timeWindow";

export interface HistogramBin {
  fromDay: number;
  toDay: number;
  count: number;
}

/** Daily bins for a short span, weekly beyond ~4 months so bars stay wide enough to see. */
export function binDaysFor(extent: DayRange): number {
  return extent.toDay - extent.fromDay + 1 > 120 ? 7 : 1;
}

/** Reports per bin by start day; undated reports have no place on a timeline. */
export function histogram(placeReports: readonly DatedPlaceReport[], extent: DayRange, binDays = binDaysFor(extent)): HistogramBin[] {
  const binCount = Math.floor((extent.toDay - extent.fromDay) / binDays) + 1;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    fromDay: extent.fromDay + i * binDays,
    toDay: Math.min(extent.fromDay + (i + 1) * binDays - 1, extent.toDay),
    count: 0,
  }));
  for (const { properties } of placeReports) {
    const day = properties.day_start;
    if (day === undefined || day < extent.fromDay || day > extent.toDay) continue;
    bins[Math.floor((day - extent.fromDay) / binDays)]!.count++;
  }
  return bins;
}
