import type { FeatureCollection } from "geojson";

/** Files the geodata build writes into public/basemap/; each is optional at run time. */
export const BASEMAP_LAYERS = ["land", "countries", "admin1", "admin1-labels", "places"] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];
export type BasemapData = Record<BasemapLayer, FeatureCollection>;

export const emptyCollection = (): FeatureCollection => ({ type: "FeatureCollection", features: [] });

export function emptyBasemap(): BasemapData {
  return Object.fromEntries(BASEMAP_LAYERS.map((name) => [name, emptyCollection()])) as BasemapData;
}

/**
 * Fetches one basemap file relative to the page, so the built site works from a sub-path.
 * A missing or broken file is logged and drawn as empty: the reports matter more than the land.
 */
export async function fetchBasemapLayer(name: BasemapLayer, baseUrl = "./basemap/"): Promise<FeatureCollection> {
  const url = `${baseUrl}${name}.json`;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const json: unknown = await response.json();
    if (!isFeatureCollection(json)) throw new Error("expected a GeoJSON FeatureCollection");
    return json;
  } catch (error) {
    console.warn(`basemap ${url}: ${String(error)}; drawing without it`);
    return emptyCollection();
  }
}

function isFeatureCollection(json: unknown): json is FeatureCollection {
  return typeof json === "object" && json !== null &&
    (json as { type?: unknown }).type === "FeatureCollection" &&
    Array.isArray((json as { features?: unknown }).features);
}
