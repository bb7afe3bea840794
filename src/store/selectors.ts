import type { DatedPlaceReport } from "../data/placeReports";
import type { DayRange } from "./timeWindow";

/** What the map and the list agree is "shown": dated, inside the window, mentions only on demand. */
export function reportsInWindow(
  placeReports: readonly DatedPlaceReport[],
  range: DayRange,
  showMentions: boolean,
): DatedPlaceReport[] {
  return placeReports.filter(({ properties: p }) =>
    p.day_start !== undefined &&
    p.day_end !== undefined &&
    p.day_start <= range.toDay &&
    p.day_end >= range.fromDay &&
    (showMentions || p.role !== "mention"),
  );
}

export interface PlaceSummary {
  placeId: string;
  name: string;
  firstDay: number;
  lastDay: number;
  sourceCount: number;
  geoPrecision: DatedPlaceReport["properties"]["geo_precision"];
  campaign: string | null;
}

const byName = new Intl.Collator();

/** One row per place: the accessible counterpart of the circles on the map. */
export function placeSummaries(visible: readonly DatedPlaceReport[]): PlaceSummary[] {
  const byPlace = new Map<string, { summary: PlaceSummary; sources: Set<string> }>();
  for (const { properties: p } of visible) {
    const firstDay = p.day_start ?? 0;
    const lastDay = p.day_end ?? firstDay;
    const entry = byPlace.get(p.place_id);
    if (!entry) {
      byPlace.set(p.place_id, {
        summary: {
          placeId: p.place_id, name: p.name, firstDay, lastDay, sourceCount: 0,
          geoPrecision: p.geo_precision, campaign: p.campaign,
        },
        sources: new Set([p.source_id]),
      });
      continue;
    }
    entry.sources.add(p.source_id);
    entry.summary.firstDay = Math.min(entry.summary.firstDay, firstDay);
    entry.summary.lastDay = Math.max(entry.summary.lastDay, lastDay);
  }
  return [...byPlace.values()]
    .map(({ summary, sources }) => ({ ...summary, sourceCount: sources.size }))
    .sort((a, b) => a.firstDay - b.firstDay || byName.compare(a.name, b.name));
}

/** Distinct sources per place among the visible reports; drives circle size on the map. */
export function sourceCountsByPlace(visible: readonly DatedPlaceReport[]): Map<string, number> {
  const sources = new Map<string, Set<string>>();
  for (const { properties: p } of visible) {
    const set = sources.get(p.place_id) ?? new Set<string>();
    set.add(p.source_id);
    sources.set(p.place_id, set);
  }
  return new Map([...sources].map(([placeId, set]) => [placeId, set.size]));
}
