import type { ClaimantKind } from "../contract/placeReport";
import { isApproximatePlacement } from "../contract/placeValues";
import { overlapsDays, type DayRange } from "../contract/days";
import type { DatedPlaceReport } from "../data/placeReports";
import { claimKindBits, type DatasetIndex } from "../data/datasetIndex";
import { distinctSourcesByPlace, type ReportNumbers } from "../data/reportNumbers";

/**
 * The reports a window shows, with what every reader of them needs: their `report_index`es
 * in order and the distinct sources per place among them, counted once for the map, the
 * list and the panel, in the numbering of the dataset they come from.
 */
export interface VisibleReports {
  reports: readonly DatedPlaceReport[];
  indexes: Int32Array;
  sourcesByPlace: Int32Array;
  numbers: ReportNumbers;
}

export function noVisibleReports(index: DatasetIndex): VisibleReports {
  return { reports: [], indexes: new Int32Array(0), sourcesByPlace: new Int32Array(index.numbers.placeCount), numbers: index.numbers };
}

/**
 * What the map and the list agree is "shown": dated, inside the window, mentions only on
 * demand, and, when claimant kinds are chosen, backed by a quote of one of them (null or
 * none chosen: every report).
 */
export function reportsInWindow(
  index: DatasetIndex,
  range: DayRange,
  showMentions: boolean,
  claimKinds: readonly ClaimantKind[] | null = null,
): VisibleReports {
  const { reports, reportIndex, numbers } = index;
  const { dayStart, dayEnd } = numbers;
  const passes = filtersExceptWindow(index, showMentions, claimKinds);
  const shown: DatedPlaceReport[] = [];
  const indexes = new Int32Array(reports.length);
  for (let i = 0; i < reports.length; i++) {
    const report = reportIndex[i]!;
    // Undated reports hold NaN, which fails every comparison.
    if (overlapsDays(dayStart[report]!, dayEnd[report]!, range) && passes(i)) {
      indexes[shown.length] = report;
      shown.push(reports[i]!);
    }
  }
  const shownIndexes = indexes.slice(0, shown.length);
  return { reports: shown, indexes: shownIndexes, sourcesByPlace: distinctSourcesByPlace(shownIndexes, numbers), numbers };
}

/**
 * The reports the mentions toggle and the claims filter keep, whatever their dates: what
 * the timeline counts, so its bars and its "next report" agree with the map and the list.
 */
export function reportsThroughFilters(
  index: DatasetIndex,
  showMentions: boolean,
  claimKinds: readonly ClaimantKind[] | null,
): DatedPlaceReport[] {
  const passes = filtersExceptWindow(index, showMentions, claimKinds);
  return index.reports.filter((_, i) => passes(i));
}

/** Whether the dataset's i-th report passes the filters other than the window. */
function filtersExceptWindow(
  { mention, claimBits }: DatasetIndex,
  showMentions: boolean,
  claimKinds: readonly ClaimantKind[] | null,
): (i: number) => boolean {
  const wanted = claimKindBits(claimKinds);
  return (i) => (showMentions || mention[i] === 0) && (wanted === 0 || (claimBits[i]! & wanted) !== 0);
}

export interface PlaceSummary {
  placeId: string;
  name: string;
  firstDay: number;
  lastDay: number;
  sourceCount: number;
  geoPrecision: DatedPlaceReport["properties"]["geo_precision"];
  /** A village drawn at the unit or neighbour its text places it by. */
  approximate: boolean;
  campaign: string | null;
}

/** One row per place: the accessible counterpart of the circles on the map. */
export function placeSummaries(visible: VisibleReports): PlaceSummary[] {
  const { numbers, indexes, sourcesByPlace: sourceCounts } = visible;
  const byPlace: (PlaceSummary | undefined)[] = new Array(numbers.placeCount);
  const rows: PlaceSummary[] = [];
  const placeOfRow: number[] = [];
  // Days and places are read from the dataset's columns; a report object only for a place's first row.
  for (let i = 0; i < indexes.length; i++) {
    const report = indexes[i]!;
    const start = numbers.dayStart[report]!;
    const end = numbers.dayEnd[report]!;
    const firstDay = Number.isNaN(start) ? 0 : start;
    const lastDay = Number.isNaN(end) ? firstDay : end;
    const place = numbers.place[report]!;
    const row = byPlace[place];
    if (row === undefined) {
      const p = visible.reports[i]!.properties;
      const summary: PlaceSummary = {
        placeId: p.place_id, name: p.name, firstDay, lastDay, sourceCount: sourceCounts[place]!,
        geoPrecision: p.geo_precision, approximate: isApproximatePlacement(p), campaign: p.campaign,
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
