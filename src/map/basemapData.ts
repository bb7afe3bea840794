/** Files the geodata build writes into public/basemap/. */
const BASEMAP_LAYERS = ["land", "countries", "admin1", "admin1-labels", "places"] as const;
type BasemapLayer = (typeof BASEMAP_LAYERS)[number];
/** Each layer's GeoJSON as a URL MapLibre's worker fetches itself. */
export type BasemapData = Record<BasemapLayer, string>;

/**
 * The basemap files as absolute URLs (MapLibre's worker resolves relative ones against
 * its own script), relative to the page so the built site works from a sub-path. The
 * worker fetches and tiles them while the page starts; a missing or broken file is a
 * source error, logged, and that layer is drawn empty: the reports matter more than the land.
 */
export function basemapUrls(pageUrl: string, dir = "./basemap/"): BasemapData {
  return Object.fromEntries(BASEMAP_LAYERS.map((name) => [name, new URL(`${dir}${name}.json`, pageUrl).href])) as BasemapData;
}
