import type { Campaign } from "../contract/campaign";
import type { PlaceReport } from "../contract/placeReport";

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

/** A report belongs to a window when its event dates overlap it (undated reports never do). */
function overlapsWindow(report: PlaceReport, from: string, to: string): boolean {
  const start = report.properties.date_start;
  if (start === null) return false;
  const end = report.properties.date_end ?? start;
  return start <= to && end >= from;
}

export function reportsForSide(reports: readonly PlaceReport[], side: CompareSide): PlaceReport[] {
  if (side.kind === "campaign") return reports.filter((r) => r.properties.campaign === side.campaignId);
  return reports.filter((r) => overlapsWindow(r, side.from, side.to));
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
