import type { Feature, Point } from "geojson";
import type { PlaceReport } from "../contract/placeReport";

/** [west, south, east, north] in degrees. */
export type LonLatBounds = [number, number, number, number];

/** A rectangle in the map's CSS pixels, measured from its top-left corner. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Insets = { top: number; right: number; bottom: number; left: number };

/** The largest dot's radius (20 sources and more; reportLayers.ts). */
export const MAX_DOT_RADIUS_PX = 20;
/** Framing never leaves the places less than this share of the map's width or height. */
const MIN_FREE_SHARE = 0.3;

/**
 * Where the story happened: the bounds of the places an event was reported at in the given
 * campaigns (in any campaign when `campaignIds` is null), or of every event place when no
 * campaign has one. Villages and districts count; a region's point is only its centre and
 * counts only when nothing finer was reported, a country never. Null when nothing fits.
 */
export function storyBounds(
  reports: readonly PlaceReport[],
  campaignIds: readonly string[] | null,
): LonLatBounds | null {
  const inCampaign = (campaign: string | null) => campaign !== null && (campaignIds === null || campaignIds.includes(campaign));
  const events = reports.filter((f) => f.properties.role === "event" && f.properties.geo_precision !== "country");
  const ofCampaigns = events.filter((f) => inCampaign(f.properties.campaign));
  const chosen = ofCampaigns.length > 0 || campaignIds !== null ? ofCampaigns : events;
  const finer = chosen.filter((f) => f.properties.geo_precision !== "region");
  return boundsOf(finer.length > 0 ? finer : chosen);
}

function boundsOf(features: readonly Feature<Point>[]): LonLatBounds | null {
  if (features.length === 0) return null;
  const bounds: LonLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { geometry: { coordinates: [lon, lat] } } of features) {
    bounds[0] = Math.min(bounds[0], lon!);
    bounds[1] = Math.min(bounds[1], lat!);
    bounds[2] = Math.max(bounds[2], lon!);
    bounds[3] = Math.max(bounds[3], lat!);
  }
  return bounds;
}

/**
 * Padding that frames places in the part of a map that boxes drawn over it (the date and
 * the legend) leave free: an eighth of the shorter side plus the largest dot's radius all
 * round, and past each box on the side that keeps the most of the map. A box that would
 * leave the places less than 30 % of the width or height is framed under rather than beside.
 */
export function framingPadding(size: { width: number; height: number }, boxes: readonly PixelBox[]): Insets {
  return padBeside(size, boxes).padding;
}

/** Whether places can be framed beside every one of the boxes, none under (see framingPadding). */
export function leavesRoomBeside(size: { width: number; height: number }, boxes: readonly PixelBox[]): boolean {
  return padBeside(size, boxes).under === 0;
}

/** The padding, box by box in order, and how many boxes over the map it could not keep clear of. */
function padBeside(size: { width: number; height: number }, boxes: readonly PixelBox[]): { padding: Insets; under: number } {
  const shorter = Math.min(size.width, size.height);
  const base = Math.min(Math.round(shorter / 8) + MAX_DOT_RADIUS_PX, Math.floor(shorter / 3));
  let padding: Insets = { top: base, right: base, bottom: base, left: base };
  let under = 0;
  for (const box of boxes) {
    if (!overlaps(box, size)) continue;
    const best = paddingsBeside(padding, size, box).sort((a, b) => freeArea(b, size) - freeArea(a, size))[0];
    if (best) padding = best;
    else under++;
  }
  return { padding, under };
}

/** The paddings that keep clear of the box on one side and leave the places enough room. */
function paddingsBeside(padding: Insets, size: { width: number; height: number }, box: PixelBox): Insets[] {
  const { width, height } = size;
  const clearance = MAX_DOT_RADIUS_PX + 4;
  const options: Insets[] = [
    { ...padding, left: Math.max(padding.left, Math.min(width, box.right) + clearance) },
    { ...padding, top: Math.max(padding.top, Math.min(height, box.bottom) + clearance) },
    { ...padding, right: Math.max(padding.right, width - Math.max(0, box.left) + clearance) },
    { ...padding, bottom: Math.max(padding.bottom, height - Math.max(0, box.top) + clearance) },
  ];
  return options.filter((o) => freeShare(o, size) >= MIN_FREE_SHARE);
}

function overlaps(box: PixelBox, { width, height }: { width: number; height: number }): boolean {
  return Math.min(width, box.right) > Math.max(0, box.left) && Math.min(height, box.bottom) > Math.max(0, box.top);
}

function freeShare(p: Insets, { width, height }: { width: number; height: number }): number {
  return Math.min((width - p.left - p.right) / width, (height - p.top - p.bottom) / height);
}

function freeArea(p: Insets, { width, height }: { width: number; height: number }): number {
  return Math.max(0, width - p.left - p.right) * Math.max(0, height - p.top - p.bottom);
}
