import type { DatedPlaceReport } from "../data/placeReports";
import { distinctSourcesByPlace, type ReportNumbers } from "./reportNumbers";
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

/** One row per place: the accessible counterpart of the circles on the map. */
export function placeSummaries(visible: readonly DatedPlaceReport[], numbers: ReportNumbers): PlaceSummary[] {
  const sourceCounts = distinctSourcesByPlace(visible, numbers);
  const byPlace: (PlaceSummary | undefined)[] = new Array(numbers.placeCount);
  const rows: PlaceSummary[] = [];
  const placeOfRow: number[] = [];
  for (const { properties: p } of visible) {
    const firstDay = p.day_start ?? 0;
    const lastDay = p.day_end ?? firstDay;
    const place = numbers.place[p.report_index]!;
    const row = byPlace[place];
    if (row === undefined) {
      const summary: PlaceSummary = {
        placeId: p.place_id, name: p.name, firstDay, lastDay, sourceCount: sourceCounts[place]!,
        geoPrecision: p.geo_precision, campaign: p.campaign,
      };
      byPlace[place] = summary;
      rows.push(summary);
      placeOfRow.push(place);
      continue;
    }
    if (firstDay < row.firstDay) row.firstDay = firstDay;
    if (lastDay > row.lastDay) row.lastDay = lastDay;
  }
  // By first day, then by name in the reader's collation (ranked once per dataset).
  const rank = (i: number) => numbers.nameRank[placeOfRow[i]!]!;
  const order = rows.map((_, i) => i).sort((a, b) => rows[a]!.firstDay - rows[b]!.firstDay || rank(a) - rank(b));
  return order.map((i) => rows[i]!);
}
