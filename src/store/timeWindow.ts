import { dayToIso, isoToDay, type DayRange, type IsoDay } from "../contract/days";

/** An inclusive range of days as ISO dates: the form the URL, the date fields and the exports write. The store holds a DayRange. */
export interface TimeWindow {
  from: IsoDay;
  to: IsoDay;
}

export type { DayRange };

export function toDayRange(window: TimeWindow): DayRange {
  return { fromDay: isoToDay(window.from), toDay: isoToDay(window.to) };
}

export function fromDayRange(range: DayRange): TimeWindow {
  return { from: dayToIso(range.fromDay), to: dayToIso(range.toDay) };
}

/**
 * The days a window may cover: the data's, stretched to the end (or start) of any campaign
 * that overlaps them, so picking a campaign that runs past the last report keeps its dates
 * instead of being cut to the data without a word.
 */
export function windowExtent(extent: DayRange | null, campaigns: readonly { start: IsoDay; end: IsoDay }[]): DayRange | null {
  if (!extent) return null;
  let { fromDay, toDay } = extent;
  for (const campaign of campaigns) {
    const start = isoToDay(campaign.start);
    const end = isoToDay(campaign.end);
    if (start > extent.toDay || end < extent.fromDay) continue;
    fromDay = Math.min(fromDay, start);
    toDay = Math.max(toDay, end);
  }
  return { fromDay, toDay };
}

/** Cumulative mode shows everything up to the window's end, so the start is the data's. */
export function effectiveDayRange(range: DayRange, cumulative: boolean, extent: DayRange | null): DayRange {
  return cumulative ? { fromDay: Math.min(extent?.fromDay ?? range.fromDay, range.toDay), toDay: range.toDay } : range;
}

/** Keeps a window ordered and inside `extent` (the store passes windowExtent's), so every control can set it carelessly. */
export function clampWindow(range: DayRange, extent: DayRange | null): DayRange {
  let { fromDay, toDay } = range;
  if (fromDay > toDay) [fromDay, toDay] = [toDay, fromDay];
  if (!extent) return { fromDay, toDay };
  const clamp = (day: number) => Math.min(Math.max(day, extent.fromDay), extent.toDay);
  return { fromDay: clamp(fromDay), toDay: clamp(toDay) };
}

/**
 * One step of the window, `days` forward (or back), keeping its length and stopping at the
 * ends of `extent`; a step from an end goes round to the other, so a loop never stalls on
 * an empty map.
 */
export function stepWindow(range: DayRange, days: number, extent: DayRange): DayRange {
  const length = range.toDay - range.fromDay;
  const nextTo = range.toDay + days;
  if (days > 0 && range.toDay >= extent.toDay) return { fromDay: extent.fromDay, toDay: extent.fromDay + length };
  if (days < 0 && range.fromDay <= extent.fromDay) return { fromDay: extent.toDay - length, toDay: extent.toDay };
  const toDay = Math.min(Math.max(nextTo, extent.fromDay + length), extent.toDay);
  return { fromDay: toDay - length, toDay };
}

/**
 * One playback tick: a day forward, unless the window would then hold no report, in which
 * case it jumps (keeping its length) to end on the next day a report starts; after the last
 * report it starts again at the first. `reportDays` are the sorted start days of the reports.
 */
export function playbackStep(range: DayRange, extent: DayRange, reportDays: readonly number[]): DayRange {
  const next = stepWindow(range, 1, extent);
  if (reportDays.length === 0 || next.fromDay < range.fromDay) return next;
  if (reportDays.some((d) => d >= next.fromDay && d <= next.toDay)) return next;
  return nextReportWindow(range, extent, reportDays);
}

/** The window moved to end on the next day a report starts (after the last, the first). */
export function nextReportWindow(range: DayRange, extent: DayRange, reportDays: readonly number[]): DayRange {
  const length = range.toDay - range.fromDay;
  const upcoming = reportDays.find((d) => d > range.toDay) ?? reportDays[0];
  if (upcoming === undefined) return range;
  const toDay = Math.max(upcoming, extent.fromDay + length);
  return { fromDay: toDay - length, toDay };
}
