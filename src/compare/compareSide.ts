import type { Campaign } from "../contract/campaign";
import { isoToDay, overlapsDays } from "../contract/days";
import type { DatedPlaceReport } from "../data/placeReports";

/**
 * One side of a comparison: a campaign (by id) or a free date window. In the URL a side
 * is written as the campaign id (`kursk-2024`) or as `YYYY-MM-DD..YYYY-MM-DD`.
 */
export type CompareSide =
  | { kind: "campaign"; campaignId: string }
  | { kind: "window"; from: string; to: string };

const WINDOW = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const CAMPAIGN_ID = /^[a-z0-9-]+$/;

export function parseCompareSide(text: string, where = "compare"): CompareSide {
  const window = WINDOW.exec(text);
  if (window) {
    const [, from, to] = window as unknown as [string, string, string];
    if (from > to) throw new Error(`${where}: window must start before it ends, got "${text}"`);
    return { kind: "window", from, to };
  }
  if (CAMPAIGN_ID.test(text)) return { kind: "campaign", campaignId: text };
  throw new Error(`${where}: expected a campaign id or YYYY-MM-DD..YYYY-MM-DD, got "${text}"`);
}

export function formatCompareSide(side: CompareSide): string {
  return side.kind === "campaign" ? side.campaignId : `${side.from}..${side.to}`;
}

/** A side's reports: a campaign's own, or those whose event days meet the window, as the map's window reads them. */
export function reportsForSide<R extends DatedPlaceReport>(reports: readonly R[], side: CompareSide): R[] {
  if (side.kind === "campaign") return reports.filter((r) => r.properties.campaign === side.campaignId);
  const range = { fromDay: isoToDay(side.from), toDay: isoToDay(side.to) };
  // Undated reports have no days: NaN meets no window.
  return reports.filter((r) => overlapsDays(r.properties.day_start ?? Number.NaN, r.properties.day_end ?? Number.NaN, range));
}

/** Heading and colour for a side; unknown campaign ids are shown as such, not hidden. */
export function describeCompareSide(
  side: CompareSide,
  campaigns: readonly Campaign[],
): { label: string; colour: string | null; from: string | null; to: string | null } {
  if (side.kind === "window") return { label: `${side.from} – ${side.to}`, colour: null, from: side.from, to: side.to };
  const campaign = campaigns.find((c) => c.id === side.campaignId);
  if (!campaign) return { label: `Unknown campaign "${side.campaignId}"`, colour: null, from: null, to: null };
  return { label: campaign.name, colour: campaign.colour, from: campaign.start, to: campaign.end };
}
