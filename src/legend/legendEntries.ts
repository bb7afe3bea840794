import type { Campaign } from "../contract/campaign";
import type { MarkKind } from "../map/drawnMarks";

type LegendKind = MarkKind | "size" | `campaign:${string}`;

export interface LegendEntry {
  kind: LegendKind;
  label: string;
  /** The colour the map draws it in (campaign entries). */
  colour?: string;
  /** Dot diameters in px with their source counts (the size entry). */
  sizes?: { sources: number; diameterPx: number }[];
}

export interface DrawnLegendInput {
  kinds: readonly MarkKind[];
  colours: readonly { id: string; colour: string }[];
  maxSources: number;
  /** Reports outside every campaign are drawn faint. */
  fadedOutside?: boolean;
}

const MARK_LABELS: Record<MarkKind, string> = {
  event: "Something reported happening at this place",
  mention: "Mentioned only: no event reported there",
  approximate: "Village the gazetteer lacks, drawn where the text places it (approx.)",
  "district-area": "Event somewhere in this district (dashed: approximate shape)",
  "region-area": "Event somewhere in this region",
  "district-circle": "Event somewhere in this district (no shape: circle at its centre)",
  "region-circle": "Event somewhere in this region (no shape: circle at its centre)",
  contested: "Contested: the sides' claims about what happened here contradict each other",
};

/** Source counts the dot radius is interpolated over, with the radius in px (reportLayers.ts). */
const DOT_SIZES = [{ sources: 1, radiusPx: 6 }, { sources: 5, radiusPx: 12 }, { sources: 20, radiusPx: 20 }];

/**
 * The legend for what the map draws now: the campaign colours in use (in the campaigns'
 * order, "outside any campaign" last), each kind of mark, and the dot sizes when dots are
 * drawn. Nothing the map does not draw.
 */
export function legendEntries(drawn: DrawnLegendInput, campaigns: readonly Campaign[]): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const campaign of campaigns) {
    const used = drawn.colours.find((c) => c.id === campaign.id);
    if (used) entries.push({ kind: `campaign:${campaign.id}`, label: campaign.name, colour: used.colour });
  }
  for (const used of drawn.colours) {
    if (used.id === "") entries.push({ kind: "campaign:none", label: drawn.fadedOutside ? "Outside any campaign (faded)" : "Outside any campaign", colour: used.colour });
    else if (!campaigns.some((c) => c.id === used.id)) entries.push({ kind: `campaign:${used.id}`, label: used.id, colour: used.colour });
  }
  for (const kind of drawn.kinds) entries.push({ kind, label: MARK_LABELS[kind] });
  if (drawn.kinds.includes("event")) {
    const sizes = DOT_SIZES.filter((s, i) => i === 0 || DOT_SIZES[i - 1]!.sources < drawn.maxSources)
      .map((s) => ({ sources: s.sources, diameterPx: s.radiusPx * 2 }));
    entries.push({ kind: "size", label: "Dot size: sources reporting an event there", sizes });
  }
  return entries;
}
