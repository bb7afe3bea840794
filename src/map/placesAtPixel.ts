import type { Map as MaplibreMap } from "maplibre-gl";
import { MARKER_STATE } from "./featureState";
import { CLICKABLE_LAYERS } from "./reportLayers";

/** How far from a circle's edge a click still counts as on it. */
const CLICK_SLOP_PX = 3;

export interface PlaceAtPixel {
  placeId: string;
  name: string;
}

/**
 * The places a click at this pixel may mean: every shown circle within a few pixels
 * (circles drawn a pixel or two apart are one target to a finger or a mouse), or, where
 * no circle is hit, the top area under it. One entry per place.
 */
export function placesAtPixel(map: MaplibreMap, x: number, y: number): PlaceAtPixel[] {
  const slop = CLICK_SLOP_PX;
  // Hidden markers are still features, drawn with radius 0.
  const shown = (features: ReturnType<MaplibreMap["queryRenderedFeatures"]>) =>
    features.filter((feature) => feature.state[MARKER_STATE.shown] === true);
  const circles = shown(map.queryRenderedFeatures([[x - slop, y - slop], [x + slop, y + slop]], { layers: CLICKABLE_LAYERS }))
    .filter((f) => f.layer.type === "circle");
  const chosen = circles.length > 0 ? circles : shown(map.queryRenderedFeatures([x, y], { layers: CLICKABLE_LAYERS })).slice(0, 1);
  const places = new Map<string, string>();
  for (const feature of chosen) {
    const { place_id: placeId, name } = feature.properties ?? {};
    if (typeof placeId === "string" && !places.has(placeId)) places.set(placeId, String(name ?? placeId));
  }
  return [...places].map(([placeId, name]) => ({ placeId, name }));
}
