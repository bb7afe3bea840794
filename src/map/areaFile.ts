import { z } from "zod";

/**
 * public/basemap/areas.json, written by the data build (scripts/geodata/areasStep.ts):
 * one (Multi)Polygon per oblast and district of Russia, Ukraine and Belarus, keyed by the
 * gazetteer id that a region or district report carries as `place_id`. MapLibre fetches
 * it as a URL source; the map reads back only which ids it holds.
 */
export const AREA_FILE = "areas.json";

export const areaProperties = z.object({
  place_id: z.string().min(1),
  name: z.string(),
  kind: z.enum(["region", "district"]),
  /** `polygon`: Natural Earth's; `hull` and `circle`: a district's approximate shape (see areas.ts). */
  shape: z.enum(["polygon", "hull", "circle"]),
});
export type AreaProperties = z.infer<typeof areaProperties>;

const areaCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({ properties: areaProperties })),
});

export function areasUrl(pageUrl: string, dir = "./basemap/"): string {
  return new URL(`${dir}${AREA_FILE}`, pageUrl).href;
}

/** The place ids the loaded areas file has a shape for; `where` names it in errors. */
export function areaPlaceIds(json: unknown, where: string): Set<string> {
  const parsed = areaCollection.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: not an areas file (${issue?.path.join(".") || "root"}: ${issue?.message})`);
  }
  return new Set(parsed.data.features.map((f) => f.properties.place_id));
}
