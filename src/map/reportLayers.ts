import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from "maplibre-gl";
import type { Campaign } from "../contract/campaign";
import { LABEL_FONT } from "./offlineStyle";

/** One marker per place (see placeMarkers.ts); circles read their window state from feature-state. */
export const REPORT_SOURCE = "place-reports";
/**
 * The same markers again for the labels alone: the label layer is filtered to the shown
 * markers, and a filter change re-lays-out its whole source, so it must not be the
 * circles' source.
 */
export const LABEL_SOURCE = "place-report-labels";

/** Feature-state keys, set per marker on every window change that alters them. */
export const MARKER_STATE = {
  shown: "shown",
  /** Distinct sources per place in the current window. */
  sources: "sources",
  campaign: "campaign",
  selected: "selected",
} as const;

export const REPORT_LAYERS = {
  regions: "report-regions",
  districts: "report-districts",
  points: "report-points",
  approximate: "report-approximate",
  selected: "report-selected",
  labels: "report-labels",
} as const;

const isApproximate: ExpressionSpecification = ["==", ["get", "approximate"], true];

/**
 * What each layer draws: precisions, and whether the marker is a village drawn at the unit or
 * neighbour the text places it by (those get a ring of their own, never a unit's halo or a
 * point). Country-level reports have no marker at all.
 */
function layerFilter(layer: keyof typeof REPORT_LAYERS): ExpressionSpecification {
  const precision = (precisions: string[]): ExpressionSpecification => ["in", ["get", "geo_precision"], ["literal", precisions]];
  switch (layer) {
    case "regions": return ["all", precision(["region"]), ["!", isApproximate]];
    case "districts": return ["all", precision(["district"]), ["!", isApproximate]];
    case "points": return ["all", precision(["exact"]), ["!", isApproximate]];
    case "approximate": return isApproximate;
    case "selected": return precision(["exact", "district", "region", "near"]);
    case "labels": return ["any", precision(["exact", "district"]), isApproximate];
  }
}

/**
 * Labels of the shown markers only: hidden labels would still take part in collision
 * and push visible ones off the map. `match` looks ids up in a table, where `in` over a
 * literal array would scan it once per feature.
 */
export function labelFilter(shownMarkerIds: readonly number[]): FilterSpecification {
  if (shownMarkerIds.length === 0) return ["boolean", false];
  // The spec's tuple type cannot express a list of labels in a match arm.
  const shown = ["match", ["get", "marker_id"], [...shownMarkerIds], true, false] as unknown as ExpressionSpecification;
  return ["all", layerFilter("labels"), shown];
}

const shown: ExpressionSpecification = ["boolean", ["feature-state", MARKER_STATE.shown], false];
/**
 * Zero size only when a marker is explicitly hidden. NOTE: MapLibre pads rendered-feature
 * queries by the largest size its worker computed at layout time, where feature-state
 * is empty; were the empty state to mean "hidden", that padding would be 0 and clicks
 * would miss the circles. So every marker gets an explicit state (see MarkerSync).
 */
const whenShown = (value: number | ExpressionSpecification): ExpressionSpecification =>
  ["case", ["==", ["feature-state", MARKER_STATE.shown], false], 0, value];

export function campaignColour(campaigns: readonly Campaign[]): ExpressionSpecification {
  const fallback = "#555555";
  if (campaigns.length === 0) return ["to-color", fallback];
  const pairs = campaigns.flatMap((c) => [c.id, c.colour]);
  // The spec's tuple type cannot express a variable number of match arms.
  return ["match", ["coalesce", ["feature-state", MARKER_STATE.campaign], ""], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/**
 * Circle radius in pixels for a ground distance, assuming mid-latitude (~50°N) Web
 * Mercator; zero while the marker is hidden, so hidden markers cost no fragments.
 */
function groundRadius(km: number): ExpressionSpecification {
  const metresPerPixelAtZ0 = 156_543 * Math.cos((50 * Math.PI) / 180);
  const pxAt = (zoom: number) => (km * 1000 * 2 ** zoom) / metresPerPixelAtZ0;
  return ["interpolate", ["exponential", 2], ["zoom"], 3, whenShown(pxAt(3)), 14, whenShown(pxAt(14))];
}

export function reportLayers(campaigns: readonly Campaign[]): LayerSpecification[] {
  const colour = campaignColour(campaigns);
  const sources: ExpressionSpecification = ["coalesce", ["feature-state", MARKER_STATE.sources], 1];
  const selected: ExpressionSpecification = ["all", shown, ["boolean", ["feature-state", MARKER_STATE.selected], false]];
  const base = { source: REPORT_SOURCE } as const;
  return [
    {
      ...base, id: REPORT_LAYERS.regions, type: "circle", filter: layerFilter("regions"),
      paint: { "circle-radius": groundRadius(60), "circle-color": colour, "circle-opacity": 0.06, "circle-stroke-color": colour, "circle-stroke-width": whenShown(1), "circle-stroke-opacity": 0.25 },
    },
    {
      ...base, id: REPORT_LAYERS.districts, type: "circle", filter: layerFilter("districts"),
      paint: { "circle-radius": groundRadius(15), "circle-color": colour, "circle-opacity": 0.12, "circle-stroke-color": colour, "circle-stroke-width": whenShown(1.5), "circle-stroke-opacity": 0.5 },
    },
    {
      // A hollow ring at the unit's or neighbour's point: somewhere here, not this exact spot.
      // Under the points and wider than most, so a town at the same point stays clickable in its middle.
      ...base, id: REPORT_LAYERS.approximate, type: "circle", filter: layerFilter("approximate"),
      paint: {
        "circle-radius": whenShown(["interpolate", ["linear"], sources, 1, 12, 5, 18, 20, 26]),
        "circle-color": colour, "circle-opacity": 0,
        "circle-stroke-color": colour, "circle-stroke-width": whenShown(2.5), "circle-stroke-opacity": 0.9,
      },
    },
    {
      ...base, id: REPORT_LAYERS.points, type: "circle", filter: layerFilter("points"),
      paint: {
        "circle-radius": whenShown(["interpolate", ["linear"], sources, 1, 6, 5, 12, 20, 20]),
        "circle-color": colour, "circle-opacity": 0.8,
        "circle-stroke-color": "#ffffff", "circle-stroke-width": whenShown(1.2),
      },
    },
    {
      ...base, id: REPORT_LAYERS.selected, type: "circle", filter: layerFilter("selected"),
      paint: {
        "circle-radius": ["case", selected, ["interpolate", ["linear"], sources, 1, 10, 5, 16, 20, 24], 0],
        "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#111111", "circle-stroke-width": ["case", selected, 3, 0],
      },
    },
    {
      source: LABEL_SOURCE, id: REPORT_LAYERS.labels, type: "symbol", filter: labelFilter([]),
      layout: {
        "text-field": ["case", isApproximate, ["concat", ["get", "name"], " (approx.)"], ["get", "name"]], "text-font": LABEL_FONT, "text-size": 13,
        "text-anchor": "left", "text-offset": [0.9, 0], "text-optional": true,
      },
      paint: { "text-color": "#1d1a16", "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
    },
  ];
}

export const CLICKABLE_LAYERS = [REPORT_LAYERS.points, REPORT_LAYERS.approximate, REPORT_LAYERS.districts, REPORT_LAYERS.regions];
