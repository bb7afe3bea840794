/**
 * public/basemap/areas.json, written by the data build (scripts/geodata/areasStep.ts):
 * one (Multi)Polygon per oblast and district of Russia, Ukraine and Belarus, keyed by the
 * gazetteer id that a region or district report carries as `place_id`. MapLibre fetches
 * it as a URL source; the map reads back only which ids it holds (areaCheck.ts, loaded
 * with the file).
 */
export const AREA_FILE = "areas.json";

export interface AreaProperties {
  place_id: string;
  name: string;
  kind: "region" | "district";
  /** `polygon`: Natural Earth's; `hull` and `circle`: a district's approximate shape (see areas.ts). */
  shape: "polygon" | "hull" | "circle";
}

export function areasUrl(pageUrl: string, dir = "./basemap/"): string {
  return new URL(`${dir}${AREA_FILE}`, pageUrl).href;
}
