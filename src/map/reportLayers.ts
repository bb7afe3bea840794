import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from "maplibre-gl";
import type { Campaign } from "../contract/campaign";
import type { DayRange } from "../store/timeWindow";
import { LABEL_FONT } from "./offlineStyle";

export const REPORT_SOURCE = "place-reports";
/** Feature-state key holding distinct sources per place in the current window. */
export const SOURCES_STATE = "sources";

export const REPORT_LAYERS = {
  regions: "report-regions",
  districts: "report-districts",
  points: "report-points",
  selected: "report-selected",
  labels: "report-labels",
} as const;

/** Which precisions each layer draws; country-level reports are never drawn as points. */
const LAYER_PRECISIONS: Record<keyof typeof REPORT_LAYERS, string[]> = {
  regions: ["region"],
  districts: ["district"],
  points: ["exact"],
  selected: ["exact", "district", "region"],
  labels: ["exact", "district"],
};

export interface ReportFilterInput {
  range: DayRange | null;
  showMentions: boolean;
  selection: string | null;
}

/**
 * The whole time filter is an expression over the numeric day fields added at load,
 * so scrubbing only swaps filters and never re-sends data to the worker.
 */
export function reportFilter(layer: keyof typeof REPORT_LAYERS, input: ReportFilterInput): FilterSpecification {
  const { range } = input;
  const clauses: ExpressionSpecification[] = [
    ["in", ["get", "geo_precision"], ["literal", LAYER_PRECISIONS[layer]]],
    range
      ? ["all", ["has", "day_start"], ["<=", ["get", "day_start"], range.toDay], [">=", ["get", "day_end"], range.fromDay]]
      : ["boolean", false],
  ];
  if (!input.showMentions) clauses.push(["!=", ["get", "role"], "mention"]);
  if (layer === "selected") clauses.push(["==", ["get", "place_id"], input.selection ?? ""]);
  return ["all", ...clauses];
}

export function campaignColour(campaigns: readonly Campaign[]): ExpressionSpecification {
  const fallback = "#555555";
  if (campaigns.length === 0) return ["to-color", fallback];
  const pairs = campaigns.flatMap((c) => [c.id, c.colour]);
  // The spec's tuple type cannot express a variable number of match arms.
  return ["match", ["coalesce", ["get", "campaign"], ""], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** Circle radius in pixels for a ground distance, assuming mid-latitude (~50°N) Web Mercator. */
function groundRadius(km: number): ExpressionSpecification {
  const metresPerPixelAtZ0 = 156_543 * Math.cos((50 * Math.PI) / 180);
  const pxAt = (zoom: number) => (km * 1000 * 2 ** zoom) / metresPerPixelAtZ0;
  return ["interpolate", ["exponential", 2], ["zoom"], 3, pxAt(3), 14, pxAt(14)];
}

export function reportLayers(campaigns: readonly Campaign[], input: ReportFilterInput): LayerSpecification[] {
  const colour = campaignColour(campaigns);
  const sources: ExpressionSpecification = ["coalesce", ["feature-state", SOURCES_STATE], 1];
  const base = { source: REPORT_SOURCE } as const;
  return [
    {
      ...base, id: REPORT_LAYERS.regions, type: "circle", filter: reportFilter("regions", input),
      paint: { "circle-radius": groundRadius(60), "circle-color": colour, "circle-opacity": 0.06, "circle-stroke-color": colour, "circle-stroke-width": 1, "circle-stroke-opacity": 0.25 },
    },
    {
      ...base, id: REPORT_LAYERS.districts, type: "circle", filter: reportFilter("districts", input),
      paint: { "circle-radius": groundRadius(15), "circle-color": colour, "circle-opacity": 0.12, "circle-stroke-color": colour, "circle-stroke-width": 1.5, "circle-stroke-opacity": 0.5 },
    },
    {
      ...base, id: REPORT_LAYERS.points, type: "circle", filter: reportFilter("points", input),
      layout: { "circle-sort-key": ["coalesce", ["get", "day_start"], 0] },
      paint: {
        "circle-radius": ["interpolate", ["linear"], sources, 1, 6, 5, 12, 20, 20],
        "circle-color": colour, "circle-opacity": 0.8,
        "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.2,
      },
    },
    {
      ...base, id: REPORT_LAYERS.selected, type: "circle", filter: reportFilter("selected", input),
      paint: {
        "circle-radius": ["interpolate", ["linear"], sources, 1, 10, 5, 16, 20, 24],
        "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#111111", "circle-stroke-width": 3,
      },
    },
    {
      ...base, id: REPORT_LAYERS.labels, type: "symbol", filter: reportFilter("labels", input),
      layout: {
        "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": 13,
        "text-anchor": "left", "text-offset": [0.9, 0], "text-optional": true,
      },
      paint: { "text-color": "#1d1a16", "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
    },
  ];
}

export const CLICKABLE_LAYERS = [REPORT_LAYERS.points, REPORT_LAYERS.districts, REPORT_LAYERS.regions];
