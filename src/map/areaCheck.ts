import { z } from "zod";
import type { AreaProperties } from "./areaFile";

const areaProperties = z.object({
  place_id: z.string().min(1),
  name: z.string(),
  kind: z.enum(["region", "district"]),
  shape: z.enum(["polygon", "hull", "circle"]),
}) satisfies z.ZodType<AreaProperties>;

const areaCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({ properties: areaProperties })),
});

/** The place ids the loaded areas file has a shape for; `where` names it in errors. */
export function areaPlaceIds(json: unknown, where: string): Set<string> {
  const parsed = areaCollection.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: not an areas file (${issue?.path.join(".") || "root"}: ${issue?.message})`);
  }
  return new Set(parsed.data.features.map((f) => f.properties.place_id));
}
