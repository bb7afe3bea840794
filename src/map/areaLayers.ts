import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import type { AreaProperties } from "./areaFile";
import { isSelected, isShown } from "./featureState";

/** The areas file (areaFile.ts) as a URL source, its features keyed by `place_id` for feature-state. */
export const AREA_SOURCE = "report-areas";

export const AREA_LAYERS = {
  regionFills: "report-region-areas",
  districtFills: "report-district-areas",
  regionOutlines: "report-region-outlines",
  districtOutlines: "report-district-outlines",
} as const;
export const AREA_FILL_LAYERS = [AREA_LAYERS.districtFills, AREA_LAYERS.regionFills];
export const AREA_OUTLINE_LAYERS = [AREA_LAYERS.regionOutlines, AREA_LAYERS.districtOutlines];

/**
 * The areas of one kind among the dataset's region and district places. Set per dataset
 * (a filter change re-lays-out the source, which a window change never does): the other
 * 2,000-odd areas would otherwise be laid out and rasterised, invisibly, on every frame.
 */
export function areaFilter(kind: AreaProperties["kind"], placeIds: readonly string[]): FilterSpecification {
  if (placeIds.length === 0) return ["boolean", false];
  // The spec's tuple type cannot express a list of labels in a match arm.
  const listed = ["match", ["get", "place_id"], [...new Set(placeIds)], true, false] as unknown as ExpressionSpecification;
  return ["all", ["==", ["get", "kind"], kind], listed];
}

/**
 * Region and district reports drawn as their areas, under the circles: oblasts as a light
 * fill with a solid edge; districts a little stronger, with a dashed edge because their
 * shapes are approximations (the hull of their settlements, or a circle; see areas.ts).
 * Hidden areas have no width and no opacity.
 */
export function areaLayers(colour: ExpressionSpecification, placeIds: readonly string[]): LayerSpecification[] {
  const fillOpacity = (opacity: number): ExpressionSpecification => ["case", isShown, opacity, 0];
  const lineWidth = (width: number): ExpressionSpecification => ["case", isSelected, 3, isShown, width, 0];
  const base = { source: AREA_SOURCE } as const;
  return [
    {
      ...base, id: AREA_LAYERS.regionFills, type: "fill", filter: areaFilter("region", placeIds),
      paint: { "fill-color": colour, "fill-opacity": fillOpacity(0.07) },
    },
    {
      ...base, id: AREA_LAYERS.districtFills, type: "fill", filter: areaFilter("district", placeIds),
      paint: { "fill-color": colour, "fill-opacity": fillOpacity(0.16) },
    },
    {
      ...base, id: AREA_LAYERS.regionOutlines, type: "line", filter: areaFilter("region", placeIds),
      paint: { "line-color": colour, "line-opacity": 0.45, "line-width": lineWidth(1.2) },
    },
    {
      ...base, id: AREA_LAYERS.districtOutlines, type: "line", filter: areaFilter("district", placeIds),
      paint: { "line-color": colour, "line-opacity": 0.8, "line-width": lineWidth(1.5), "line-dasharray": [3, 2] },
    },
  ];
}
