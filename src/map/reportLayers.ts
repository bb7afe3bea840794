import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from "maplibre-gl";
import type { Campaign } from "../contract/campaign";
import { AREA_FILL_LAYERS, areaLayers } from "./areaLayers";
import { CONTESTED_COLOUR, MARKER_STATE, campaignColour, isContested, isMentionOnly, isSelected, whenCircle, whenShown } from "./featureState";
import { LABEL_FONT } from "./offlineStyle";

/** One marker per place (see placeMarkers.ts); circles read their window state from feature-state. */
export const REPORT_SOURCE = "place-reports";
/**
 * The same markers again for the labels alone: the label layer is filtered to the shown
 * markers, and a filter change re-lays-out its whole source, so it must not be the
 * circles' source.
 */
export const LABEL_SOURCE = "place-report-labels";

export const REPORT_LAYERS = {
  regions: "report-regions",
  districts: "report-districts",
  points: "report-points",
  approximate: "report-approximate",
  contested: "report-contested",
  selected: "report-selected",
  labels: "report-labels",
  selectedLabel: "report-selected-label",
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
    case "contested":
    case "selected": return precision(["exact", "district", "region", "near"]);
    case "labels":
    case "selectedLabel": return ["any", precision(["exact", "district"]), isApproximate];
  }
}

/**
 * Labels of the shown markers only: hidden labels would still take part in collision
 * and push visible ones off the map. `match` looks ids up in a table, where `in` over a
 * literal array would scan it once per feature.
 */
export function labelFilter(shownMarkerIds: readonly number[], selection: string | null = null): FilterSpecification {
  if (shownMarkerIds.length === 0) return ["boolean", false];
  // The spec's tuple type cannot express a list of labels in a match arm.
  const shown = ["match", ["get", "marker_id"], [...shownMarkerIds], true, false] as unknown as ExpressionSpecification;
  return ["all", layerFilter("labels"), shown, ["!=", ["get", "place_id"], selection ?? ""]];
}

/** The selected place's label, drawn whatever collides with it (its usual label steps aside). */
export function selectedLabelFilter(shownMarkerIds: readonly number[], selection: string | null): FilterSpecification {
  if (shownMarkerIds.length === 0 || selection === null) return ["boolean", false];
  const shown = ["match", ["get", "marker_id"], [...shownMarkerIds], true, false] as unknown as ExpressionSpecification;
  return ["all", ["==", ["get", "place_id"], selection], shown];
}

/**
 * Circle radius in pixels for a ground distance, assuming mid-latitude (~50°N) Web
 * Mercator; zero while the marker is hidden or drawn as its area, so neither costs fragments.
 */
function groundRadius(km: number): ExpressionSpecification {
  const metresPerPixelAtZ0 = 156_543 * Math.cos((50 * Math.PI) / 180);
  const pxAt = (zoom: number) => (km * 1000 * 2 ** zoom) / metresPerPixelAtZ0;
  return ["interpolate", ["exponential", 2], ["zoom"], 3, whenCircle(pxAt(3)), 14, whenCircle(pxAt(14))];
}

const outsideCampaign: ExpressionSpecification = ["==", ["coalesce", ["feature-state", MARKER_STATE.campaign], ""], ""];
/** How strongly a report outside every campaign is drawn while those are faded. */
export const FADED_OPACITY = 0.25;

/**
 * Opacity of the dots and of the rings of villages drawn approximately: reports outside every
 * campaign drawn faint when `fadeOutside`, so the campaigns stand out.
 */
export function markOpacity(fadeOutside: boolean): { fill: ExpressionSpecification; stroke: ExpressionSpecification; ring: ExpressionSpecification } {
  const fill: ExpressionSpecification = ["case", isMentionOnly, 0.95, 0.8];
  if (!fadeOutside) return { fill, stroke: ["literal", 1], ring: ["literal", 0.9] };
  return {
    fill: ["case", outsideCampaign, FADED_OPACITY, fill],
    stroke: ["case", outsideCampaign, FADED_OPACITY, 1],
    ring: ["case", outsideCampaign, FADED_OPACITY, 0.9],
  };
}

/** Fill and ring of a village's dot: the campaign's colour for an event, white ringed in it for a mention. */
export const pointFill = (colour: ExpressionSpecification): ExpressionSpecification => ["case", isMentionOnly, "#ffffff", colour];
export const pointStroke = (colour: ExpressionSpecification): ExpressionSpecification => ["case", isMentionOnly, colour, "#ffffff"];

/**
 * Every layer the reports are drawn with, bottom to top: the areas of region and district
 * reports (areaLayers.ts; `areaPlaceIds` are the dataset's region and district places),
 * then circles: for regions and districts only where no area exists, the rings of villages
 * drawn approximately, villages and towns, the selection ring and the labels.
 */
export function reportLayers(campaigns: readonly Campaign[], areaPlaceIds: readonly string[] = [], fadeOutside = true): LayerSpecification[] {
  const colour = campaignColour(campaigns);
  const opacity = markOpacity(fadeOutside);
  const sources: ExpressionSpecification = ["coalesce", ["feature-state", MARKER_STATE.sources], 1];
  const selectedCircle: ExpressionSpecification = ["all", isSelected, ["!=", ["feature-state", MARKER_STATE.area], true]];
  const base = { source: REPORT_SOURCE } as const;
  return [
    ...areaLayers(colour, areaPlaceIds),
    {
      ...base, id: REPORT_LAYERS.regions, type: "circle", filter: layerFilter("regions"),
      paint: { "circle-radius": groundRadius(60), "circle-color": colour, "circle-opacity": 0.06, "circle-stroke-color": colour, "circle-stroke-width": whenCircle(1), "circle-stroke-opacity": 0.25 },
    },
    {
      ...base, id: REPORT_LAYERS.districts, type: "circle", filter: layerFilter("districts"),
      paint: { "circle-radius": groundRadius(15), "circle-color": colour, "circle-opacity": 0.12, "circle-stroke-color": colour, "circle-stroke-width": whenCircle(1.5), "circle-stroke-opacity": 0.5 },
    },
    {
      // A hollow ring at the unit's or neighbour's point: somewhere here, not this exact spot.
      // Under the points and wider than most, so a town at the same point stays clickable in its middle.
      ...base, id: REPORT_LAYERS.approximate, type: "circle", filter: layerFilter("approximate"),
      paint: {
        "circle-radius": whenShown(["interpolate", ["linear"], sources, 1, 12, 5, 18, 20, 26]),
        "circle-color": colour, "circle-opacity": 0,
        "circle-stroke-color": colour, "circle-stroke-width": whenShown(2.5), "circle-stroke-opacity": opacity.ring,
      },
    },
    {
      // An event is a filled dot; a place only mentioned (shown on demand) a small white dot
      // ringed in the colour, so Kyiv named as a speaker never looks like Bakhmut under fire.
      ...base, id: REPORT_LAYERS.points, type: "circle", filter: layerFilter("points"),
      paint: {
        "circle-radius": whenShown(["case", isMentionOnly, 4.5, ["interpolate", ["linear"], sources, 1, 6, 5, 12, 20, 20]]),
        "circle-color": pointFill(colour), "circle-opacity": opacity.fill,
        "circle-stroke-color": pointStroke(colour), "circle-stroke-width": whenShown(["case", isMentionOnly, 2, 1.2]), "circle-stroke-opacity": opacity.stroke,
      },
    },
    {
      // Opposing sides' claims about the place contradict each other: a ring outside the dot
      // and the selection ring, at a district's or region's centre too.
      ...base, id: REPORT_LAYERS.contested, type: "circle", filter: layerFilter("contested"),
      paint: {
        "circle-radius": ["case", isContested, ["interpolate", ["linear"], sources, 1, 14, 5, 20, 20, 28], 0],
        "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": CONTESTED_COLOUR, "circle-stroke-width": ["case", isContested, 2.5, 0],
      },
    },
    {
      ...base, id: REPORT_LAYERS.selected, type: "circle", filter: layerFilter("selected"),
      paint: {
        "circle-radius": ["case", selectedCircle, ["interpolate", ["linear"], sources, 1, 10, 5, 16, 20, 24], 0],
        "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#111111", "circle-stroke-width": ["case", selectedCircle, 3, 0],
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
    {
      source: LABEL_SOURCE, id: REPORT_LAYERS.selectedLabel, type: "symbol", filter: selectedLabelFilter([], null),
      layout: {
        "text-field": ["case", isApproximate, ["concat", ["get", "name"], " (approx.)"], ["get", "name"]], "text-font": LABEL_FONT, "text-size": 15,
        "text-anchor": "left", "text-offset": [1.1, 0], "text-allow-overlap": true, "text-ignore-placement": true,
      },
      paint: { "text-color": "#000000", "text-halo-color": "#ffffff", "text-halo-width": 2.5 },
    },
  ];
}

export const CLICKABLE_LAYERS = [REPORT_LAYERS.points, REPORT_LAYERS.approximate, REPORT_LAYERS.districts, REPORT_LAYERS.regions, ...AREA_FILL_LAYERS];
