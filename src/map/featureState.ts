import type { ExpressionSpecification } from "maplibre-gl";
import type { Campaign } from "../contract/campaign";

/**
 * Feature-state keys, set per marker (and per area) on every window change that alters
 * them; the circle and area layers read them, so scrubbing changes none of their filters
 * and reloads none of their sources (only the labels are filtered, on a source of their
 * own: LABEL_SOURCE).
 */
export const MARKER_STATE = {
  shown: "shown",
  /** Distinct sources per place in the current window. */
  sources: "sources",
  campaign: "campaign",
  selected: "selected",
  /** A region or district marker whose place is drawn as its area: its circle is not drawn. */
  area: "area",
  /** Every shown report of the place is a mention: drawn hollow, not as an event. */
  mention: "mention",
  /** A shown report of the place is contested: ringed in CONTESTED_COLOUR. */
  contested: "contested",
} as const;

export const isShown: ExpressionSpecification = ["boolean", ["feature-state", MARKER_STATE.shown], false];
export const isMentionOnly: ExpressionSpecification = ["boolean", ["feature-state", MARKER_STATE.mention], false];
export const isContested: ExpressionSpecification = ["all", isShown, ["boolean", ["feature-state", MARKER_STATE.contested], false]];
export const isSelected: ExpressionSpecification = ["all", isShown, ["boolean", ["feature-state", MARKER_STATE.selected], false]];

/**
 * Zero only when a feature is explicitly hidden. NOTE: MapLibre pads rendered-feature
 * queries by the largest size its worker computed at layout time, where feature-state
 * is empty; were the empty state to mean "hidden", that padding would be 0 and clicks
 * would miss the circles. So every marker gets an explicit state (see MarkerSync).
 */
export const whenShown = (value: number | ExpressionSpecification): ExpressionSpecification =>
  ["case", ["==", ["feature-state", MARKER_STATE.shown], false], 0, value];

/** As whenShown, and zero too for a marker drawn as its area (the circle is only the fallback). */
export const whenCircle = (value: number | ExpressionSpecification): ExpressionSpecification =>
  ["case", ["any", ["==", ["feature-state", MARKER_STATE.shown], false], ["==", ["feature-state", MARKER_STATE.area], true]], 0, value];

/**
 * The ring round a contested place: a colour no campaign uses, so it never reads as one
 * (the legend's swatch, src/app/styles.css `.legend-contested`, is drawn in the same).
 */
export const CONTESTED_COLOUR = "#c51b7d";

/** Reports outside every campaign: the map's, the timeline's and the legend's grey. */
export const NO_CAMPAIGN_COLOUR = "#555555";

export function campaignColour(campaigns: readonly Campaign[]): ExpressionSpecification {
  const fallback = NO_CAMPAIGN_COLOUR;
  if (campaigns.length === 0) return ["to-color", fallback];
  const pairs = campaigns.flatMap((c) => [c.id, c.colour]);
  // The spec's tuple type cannot express a variable number of match arms.
  return ["match", ["coalesce", ["feature-state", MARKER_STATE.campaign], ""], ...pairs, fallback] as unknown as ExpressionSpecification;
}
