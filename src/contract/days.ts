/**
 * Whole days since 1970-01-01 (UTC): the form in which the time window is compared with
 * reports (a report's days are computed once, when its dataset loads). Reports' properties
 * and the URL keep ISO dates; these convert between the two.
 */
const MS_PER_DAY = 86_400_000;

export type IsoDay = string;

/** An inclusive range of days: the time window, a comparison's window side. */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

/**
 * Whether a report's days meet a range: the one test of "in the window" the map, the list
 * and the comparison all use. An undated report's NaN days fail every comparison.
 */
export function overlapsDays(dayStart: number, dayEnd: number, range: DayRange): boolean {
  return dayStart <= range.toDay && dayEnd >= range.fromDay;
}

export function isoToDay(iso: IsoDay): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`expected a YYYY-MM-DD date, got ${JSON.stringify(iso)}`);
  return Math.round(ms / MS_PER_DAY);
}

export function dayToIso(day: number): IsoDay {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2023-02-30 over to March; a round trip catches that.
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}
