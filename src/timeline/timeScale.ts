import type { DayRange } from "../store/timeWindow";
import { dayToIso } from "../contract/days";

/** Days either side of a report drawn at full width, so a campaign's weeks read as weeks. */
const CONTEXT_DAYS = 14;
/** An empty stretch longer than this is drawn as this many days and marked as a break. */
const BREAK_DAYS = 10;

/** A stretch of days [fromDay, toDay) drawn linearly between positions x0 and x1 (0–1). */
interface ScaleSegment {
  fromDay: number;
  toDay: number;
  x0: number;
  x1: number;
  /** Drawn shorter than its days: an empty stretch between reports. */
  compressed: boolean;
}

/**
 * The timeline's date scale: linear where there are reports, with long empty stretches
 * squeezed to a fixed width, so a three-year span does not leave a week of fighting a
 * one-pixel sliver. Positions run 0–1 from the start of the first day to the end of the last.
 */
export interface TimeScale {
  extent: DayRange;
  segments: ScaleSegment[];
  /** Position of the start of a day. */
  x(day: number): number;
  /** The day whose span holds a position. */
  dayAt(x: number): number;
}

export function timeScale(extent: DayRange, reportDays: readonly number[]): TimeScale {
  const end = extent.toDay + 1;
  const busy = busyStretches(extent, reportDays);
  const spans: { fromDay: number; toDay: number; weight: number; compressed: boolean }[] = [];
  let cursor = extent.fromDay;
  const addEmpty = (toDay: number) => {
    const days = toDay - cursor;
    if (days > 0) spans.push({ fromDay: cursor, toDay, weight: Math.min(days, BREAK_DAYS), compressed: days > BREAK_DAYS });
  };
  for (const stretch of busy) {
    addEmpty(stretch.fromDay);
    spans.push({ ...stretch, weight: stretch.toDay - stretch.fromDay, compressed: false });
    cursor = stretch.toDay;
  }
  addEmpty(end);
  const total = spans.reduce((sum, s) => sum + s.weight, 0) || 1;
  let x = 0;
  const segments = spans.map((s) => {
    const segment = { fromDay: s.fromDay, toDay: s.toDay, x0: x / total, x1: (x + s.weight) / total, compressed: s.compressed };
    x += s.weight;
    return segment;
  });

  const segmentOfDay = (day: number) => segments.find((s) => day < s.toDay) ?? segments.at(-1)!;
  return {
    extent,
    segments,
    x(day) {
      if (day <= extent.fromDay) return 0;
      if (day >= end) return 1;
      const s = segmentOfDay(day);
      return s.x0 + ((day - s.fromDay) / (s.toDay - s.fromDay)) * (s.x1 - s.x0);
    },
    dayAt(position) {
      const s = segments.find((seg) => position < seg.x1) ?? segments.at(-1)!;
      const day = Math.floor(s.fromDay + ((position - s.x0) / (s.x1 - s.x0 || 1)) * (s.toDay - s.fromDay));
      return Math.min(Math.max(day, extent.fromDay), extent.toDay);
    },
  };
}

/** Merged [fromDay, toDay) stretches around the report days, inside the extent. */
function busyStretches(extent: DayRange, reportDays: readonly number[]): DayRange[] {
  const days = [...new Set(reportDays)].filter((d) => d >= extent.fromDay && d <= extent.toDay).sort((a, b) => a - b);
  const stretches: DayRange[] = [];
  for (const day of days) {
    const fromDay = Math.max(day - CONTEXT_DAYS, extent.fromDay);
    const toDay = Math.min(day + CONTEXT_DAYS + 1, extent.toDay + 1);
    const last = stretches.at(-1);
    // A gap no longer than a break would be is drawn at full width anyway.
    if (last && fromDay <= last.toDay + BREAK_DAYS) last.toDay = Math.max(last.toDay, toDay);
    else stretches.push({ fromDay, toDay });
  }
  return stretches;
}

export interface AxisLabel {
  /** The day the label stands at (a month's first day, or the start of a stretch after a break). */
  day: number;
  x: number;
  text: string;
  /** Carries a year (a month with its year, or a January): kept first when space is short. */
  major: boolean;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Room a left-anchored label needs at the axis's 11 px type, with a gap after it. */
const labelWidthPx = (text: string) => text.length * 6.5 + 10;

/**
 * Labels under the axis for a track `widthPx` wide: the month and year where the axis
 * starts and after every break first, then the year at each January, then the months in
 * between where they fit. Labels never overlap.
 */
export function axisLabels(scale: TimeScale, widthPx: number): AxisLabel[] {
  const candidates: (Omit<AxisLabel, "major"> & { rank: number })[] = [];
  const monthYear = (day: number) => {
    const [y, m] = dayToIso(day).split("-");
    return `${MONTHS[Number(m) - 1]} ${y}`;
  };
  let afterBreak = true;
  for (const segment of scale.segments) {
    if (segment.compressed) {
      afterBreak = true;
      for (const day of monthStarts(segment.fromDay, segment.toDay)) {
        if (dayToIso(day).endsWith("-01-01")) candidates.push({ day, x: scale.x(day), text: dayToIso(day).slice(0, 4), rank: 1 });
      }
      continue;
    }
    const months = monthStarts(segment.fromDay, segment.toDay);
    // After a break the reader needs the year again: on the first month when it starts
    // early in the stretch, else on the stretch's own first day.
    const yearOnFirstMonth = afterBreak && months.length > 0 && months[0]! - segment.fromDay <= (segment.toDay - segment.fromDay) / 2;
    if (afterBreak && !yearOnFirstMonth) candidates.push({ day: segment.fromDay, x: segment.x0, text: monthYear(segment.fromDay), rank: 0 });
    months.forEach((day, i) => {
      const iso = dayToIso(day);
      if (i === 0 && yearOnFirstMonth) candidates.push({ day, x: scale.x(day), text: monthYear(day), rank: 0 });
      else if (iso.endsWith("-01-01")) candidates.push({ day, x: scale.x(day), text: iso.slice(0, 4), rank: 1 });
      else candidates.push({ day, x: scale.x(day), text: MONTHS[Number(iso.slice(5, 7)) - 1]!, rank: 2 });
    });
    afterBreak = false;
  }
  const kept: AxisLabel[] = [];
  const fits = (label: Pick<AxisLabel, "x" | "text">) =>
    label.x * widthPx + labelWidthPx(label.text) <= widthPx + 4 &&
    kept.every((k) => {
      const [left, right] = k.x <= label.x ? [k, label] : [label, k];
      return (right.x - left.x) * widthPx >= labelWidthPx(left.text);
    });
  for (const rank of [0, 1, 2]) {
    for (const { rank: r, ...label } of candidates) if (r === rank && fits(label)) kept.push({ ...label, major: rank < 2 });
  }
  return kept.sort((a, b) => a.x - b.x);
}

/** First days of the months in [fromDay, toDay). */
function monthStarts(fromDay: number, toDay: number): number[] {
  const days: number[] = [];
  const date = new Date(fromDay * 86_400_000);
  let cursor = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + (date.getUTCDate() === 1 ? 0 : 1), 1) / 86_400_000;
  while (cursor < toDay) {
    days.push(cursor);
    const next = new Date(cursor * 86_400_000);
    cursor = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1) / 86_400_000;
  }
  return days;
}
