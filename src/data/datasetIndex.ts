import type { ClaimantKind } from "../contract/placeReport";
import { CLAIMANT_KINDS } from "../contract/placeValues";
import type { DayRange } from "../contract/days";
import type { DatedPlaceReport } from "./placeReports";
import { numberReports, type ReportNumbers } from "./reportNumbers";

/**
 * What the selectors that run on every window change read about a dataset, built once when
 * the dataset (or a decision about it) arrives and held in the store beside the reports: a
 * scrub reads these numbers, not 100,000 report objects.
 */
export interface DatasetIndex {
  reports: readonly DatedPlaceReport[];
  /** Dense place, source and pair numbers and days, by `report_index`. */
  numbers: ReportNumbers;
  /** In dataset order: each report's `report_index`, */
  reportIndex: Int32Array;
  /** 1 where its role is `mention`, */
  mention: Uint8Array;
  /** and the claimant kinds of its quotes as bits (claimKindBits). */
  claimBits: Uint8Array;
  /** First and last day any dated report covers; null when nothing is dated. */
  extent: DayRange | null;
}

export function indexDataset(reports: readonly DatedPlaceReport[]): DatasetIndex {
  const reportIndex = new Int32Array(reports.length);
  const mention = new Uint8Array(reports.length);
  const claimBits = new Uint8Array(reports.length);
  let fromDay = Infinity;
  let toDay = -Infinity;
  reports.forEach(({ properties: p }, i) => {
    reportIndex[i] = p.report_index;
    mention[i] = p.role === "mention" ? 1 : 0;
    for (const quote of p.quotes) if (quote.claimant_kind !== undefined) claimBits[i]! |= claimKindBit(quote.claimant_kind);
    if (p.day_start === undefined || p.day_end === undefined) return;
    fromDay = Math.min(fromDay, p.day_start);
    toDay = Math.max(toDay, p.day_end);
  });
  return {
    reports, numbers: numberReports(reports), reportIndex, mention, claimBits,
    extent: fromDay <= toDay ? { fromDay, toDay } : null,
  };
}

const claimKindBit = (kind: ClaimantKind) => 1 << CLAIMANT_KINDS.indexOf(kind);

/**
 * One bit per claimant kind, in the contract's order; 0 for no kinds (no filter). A quote
 * written before attribution has no kind and backs no filter.
 */
export function claimKindBits(kinds: readonly (ClaimantKind | undefined)[] | null): number {
  let bits = 0;
  for (const kind of kinds ?? []) if (kind !== undefined) bits |= claimKindBit(kind);
  return bits;
}
