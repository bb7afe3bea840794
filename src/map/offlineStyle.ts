import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import type { BasemapData } from "./basemapData";

export const LABEL_FONT = ["Noto Sans Regular"];

/**
 * The offline basemap, built from local GeoJSON only. It sets no `glyphs` URL on purpose:
 * without one MapLibre draws every label glyph in the browser with TinySDF from local
 * fonts, so labels render with no network at all.
 */
export function offlineStyle(basemap: BasemapData): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [name, data] of Object.entries(basemap)) {
    sources[`basemap-${name}`] = { type: "geojson", data };
  }
  return {
    version: 8,
    name: "Incursion map offline",
    sources,
    layers: offlineLayers(),
  };
}

function offlineLayers(): LayerSpecification[] {
  return [
    { id: "water", type: "background", paint: { "background-color": "#cddbe4" } },
    { id: "land", type: "fill", source: "basemap-land", paint: { "fill-color": "#f3f1ec" } },
    {
      id: "admin1-lines", type: "line", source: "basemap-admin1",
      paint: { "line-color": "#b9b3a6", "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.3, 9, 1.2], "line-dasharray": [3, 2] },
    },
    {
      id: "country-lines", type: "line", source: "basemap-countries",
      filter: ["!=", ["get", "ru_ua"], true],
      paint: { "line-color": "#8c8577", "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.6, 9, 1.8] },
    },
    {
      // The border the incursions cross is the one the reader needs to see first.
      id: "ru-ua-border", type: "line", source: "basemap-countries",
      filter: ["==", ["get", "ru_ua"], true],
      paint: { "line-color": "#3a2f2a", "line-width": ["interpolate", ["linear"], ["zoom"], 3, 1.5, 9, 4] },
    },
    {
      id: "admin1-labels", type: "symbol", source: "basemap-admin1-labels", minzoom: 5,
      layout: {
        "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": 12,
        "text-transform": "uppercase", "text-letter-spacing": 0.08, "text-max-width": 8,
      },
      paint: { "text-color": "#8a8174", "text-halo-color": "#f3f1ec", "text-halo-width": 1.2 },
    },
    {
      id: "place-dots", type: "circle", source: "basemap-places", minzoom: 8,
      paint: { "circle-radius": 2, "circle-color": "#6d665b" },
    },
    {
      id: "place-labels", type: "symbol", source: "basemap-places",
      // Bigger towns first; villages appear only when zoomed in close.
      filter: ["any", [">=", ["zoom"], 9], [">=", ["coalesce", ["get", "population"], 0], ["step", ["zoom"], 1e9, 6, 200000, 7, 20000, 8, 2000]]],
      layout: {
        "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": 11,
        "text-anchor": "top", "text-offset": [0, 0.4], "symbol-sort-key": ["-", 0, ["coalesce", ["get", "population"], 0]],
      },
      paint: { "text-color": "#4a443b", "text-halo-color": "#f3f1ec", "text-halo-width": 1.2 },
    },
  ];
}
