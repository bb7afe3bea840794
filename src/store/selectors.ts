import type { ClaimantKind } from "../contract/placeReport";
import { CLAIMANT_KINDS, isApproximatePlacement } from "../contract/placeValues";
import { overlapsDays } from "../contract/days";
import type { DatedPlaceReport } from "../data/placeReports";
import { distinctSourcesByPlace, reportIndexes, reportNumbers, withReportIndexes, type ReportNumbers } from "../data/reportNumbers";
import type { DayRange } from "./timeWindow";

/**
 * What the map and the list agree is "shown": dated, inside the window, mentions only on
 * demand, and, when claimant kinds are chosen, backed by a quote of one of them (null or
 * none chosen: every report). Read-only: the counts and report indexes made from it are
 * kept with the array.
 */
export function reportsInWindow(
  placeReports: readonly DatedPlaceReport[],
  range: DayRange,
  showMentions: boolean,
  claimKinds: readonly ClaimantKind[] | null = null,
): readonly DatedPlaceReport[] {
  const { mention, reportIndex } = windowColumns(placeReports);
  const { dayStart, dayEnd } = reportNumbers(placeReports);
  const wanted = claimKindBits(claimKinds);
  const claimBits = wanted === 0 ? null : claimColumn(placeReports);
  const shown: DatedPlaceReport[] = [];
  const indexes = new Int32Array(placeReports.length);
  for (let i = 0; i < placeReports.length; i++) {
    const report = reportIndex[i]!;
    // Undated reports hold NaN, which fails every comparison.
    if (overlapsDays(dayStart[report]!, dayEnd[report]!, range) && (showMentions || mention[i] === 0) &&
      (claimBits === null || (claimBits[i]! & wanted) !== 0)) {
      indexes[shown.length] = report;
      shown.push(placeReports[i]!);
    }
  }
  return withReportIndexes(shown, indexes.slice(0, shown.length));
}

/**
 * What the window reads besides the days (kept with the dataset's numbers), as columns in
 * dataset order: a scrub reads numbers, not 100,000 objects.
 */
interface WindowColumns {
  mention: Uint8Array;
  reportIndex: Int32Array;
}

/**
 * One bit per claimant kind, in the contract's order; 0 for no kinds (no filter). A quote
 * written before attribution has no kind and backs no filter.
 */
export function claimKindBits(kinds: readonly (ClaimantKind | undefined)[] | null): number {
  let bits = 0;
  for (const kind of kinds ?? []) if (kind !== undefined) bits |= 1 << CLAIMANT_KINDS.indexOf(kind);
  return bits;
}

const columnsOf = new WeakMap<readonly DatedPlaceReport[], WindowColumns>();

function windowColumns(placeReports: readonly DatedPlaceReport[]): WindowColumns {
  let columns = columnsOf.get(placeReports);
  if (columns === undefined) {
    const mention = new Uint8Array(placeReports.length);
    const reportIndex = new Int32Array(placeReports.length);
    placeReports.forEach(({ properties: p }, i) => {
      mention[i] = p.role === "mention" ? 1 : 0;
      reportIndex[i] = p.report_index;
    });
    columns = { mention, reportIndex };
    columnsOf.set(placeReports, columns);
  }
  return columns;
}

const claimColumns = new WeakMap<readonly DatedPlaceReport[], Uint8Array>();

/** The claimant kinds of each report's quotes as bits, in dataset order; read once per dataset, when a filter first asks. */
function claimColumn(placeReports: readonly DatedPlaceReport[]): Uint8Array {
  let bits = claimColumns.get(placeReports);
  if (bits === undefined) {
    bits = Uint8Array.from(placeReports, ({ properties: p }) => claimKindBits(p.quotes.map((q) => q.claimant_kind)));
    claimColumns.set(placeReports, bits);
  }
  return bits;
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
export function placeSummaries(visible: readonly DatedPlaceReport[], numbers: ReportNumbers): PlaceSummary[] {
  const sourceCounts = distinctSourcesByPlace(visible, numbers);
  const indexes = reportIndexes(visible);
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
      const p = visible[i]!.properties;
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
