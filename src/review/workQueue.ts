import type { UnresolvedPlace } from "../contract/placeReport";
import { nameKeyOf } from "../corrections/anchor";
import { isoToDay } from "../contract/days";
import type { DayRange } from "../store/timeWindow";

/** One name to place, with every row that names it across the articles. */
export interface QueueGroup {
  key: string;
  mention: string;
  rows: UnresolvedPlace[];
  /** Rows whose sentence reports something happening there. */
  events: number;
  /** Rows the map draws meanwhile, approximately, where the text places the name. */
  drawn: number;
}

/**
 * The unresolved names as an editor's work queue: one group per name key across articles,
 * within the time window. Names drawn approximately come first (readers see them already,
 * at a unit's or neighbour's point), then the names most event sentences need.
 */
export function queueGroups(rows: readonly UnresolvedPlace[], range: DayRange | null): QueueGroup[] {
  const groups = new Map<string, QueueGroup>();
  for (const row of rows) {
    if (range && row.date_start) {
      const start = isoToDay(row.date_start);
      const end = row.date_end ? isoToDay(row.date_end) : start;
      if (end < range.fromDay || start > range.toDay) continue;
    }
    const key = nameKeyOf(row.mention);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, mention: row.mention, rows: [], events: 0, drawn: 0 }));
    g.rows.push(row);
    if (row.role === "event") g.events++;
    if (row.provisional_place_id) g.drawn++;
  }
  return [...groups.values()].sort(
    (a, b) => Number(b.drawn > 0) - Number(a.drawn > 0) || b.events - a.events || b.rows.length - a.rows.length || a.mention.localeCompare(b.mention),
  );
}
