import { dayToIso } from "../contract/days";
import type { DayRange } from "../store/timeWindow";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "22 May 2023": the same in every locale, unlike a date input's 05/22/2023. */
export function formatDay(day: number): string {
  const [y, m, d] = dayToIso(day).split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A window in words, sharing what its ends share: "22–23 May 2023", "30 May – 6 Jun 2023". */
export function formatDayRange({ fromDay, toDay }: DayRange): string {
  if (fromDay === toDay) return formatDay(fromDay);
  const [fy, fm, fd] = dayToIso(fromDay).split("-");
  const [ty, tm] = dayToIso(toDay).split("-");
  if (fy === ty && fm === tm) return `${Number(fd)}–${formatDay(toDay)}`;
  if (fy === ty) return `${Number(fd)} ${MONTHS[Number(fm) - 1]} – ${formatDay(toDay)}`;
  return `${formatDay(fromDay)} – ${formatDay(toDay)}`;
}
