import type { Campaign } from "../contract/campaign";
import type { DatedPlaceReport } from "../data/placeReports";
import { computeCampaignStats, type CampaignStats } from "./campaignStats";
import { DEFAULT_COMPARE } from "./defaultCompare";
import { describeCompareSide, parseCompareSide, reportsForSide, type CompareSide } from "./compareSide";

export interface ComparePanelModel<R extends DatedPlaceReport = DatedPlaceReport> {
  key: string;
  side: CompareSide | null;
  label: string;
  colour: string | null;
  /** The side's date span: the campaign's dates or the window's. */
  from: string | null;
  to: string | null;
  reports: R[];
  stats: CampaignStats;
  /** Set when the side could not be read; the panel shows it instead of numbers. */
  error: string | null;
}

/** Both panels of the comparison, derived from the store's `compare` pair and the data. */
export function compareModel<R extends DatedPlaceReport>(
  compare: readonly [string, string] | null,
  placeReports: readonly R[],
  campaigns: readonly Campaign[],
): [ComparePanelModel<R>, ComparePanelModel<R>] {
  const [a, b] = compare ?? DEFAULT_COMPARE;
  return [panel(a, 0, placeReports, campaigns), panel(b, 1, placeReports, campaigns)];
}

function panel<R extends DatedPlaceReport>(
  text: string,
  index: number,
  placeReports: readonly R[],
  campaigns: readonly Campaign[],
): ComparePanelModel<R> {
  let side: CompareSide;
  try {
    side = parseCompareSide(text, `compare[${index}]`);
  } catch (error) {
    return {
      key: text, side: null, label: text, colour: null, from: null, to: null,
      reports: [], stats: computeCampaignStats([]), error: (error as Error).message,
    };
  }
  const reports = reportsForSide(placeReports, side);
  return { key: text, side, ...describeCompareSide(side, campaigns), reports, stats: computeCampaignStats(reports), error: null };
}
