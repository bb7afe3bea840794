import { z } from "zod";
import { schemaProblem } from "../contract/schemaProblem";

/**
 * data/build/border.json: the Russia–Ukraine land border (internationally
 * recognised line, Belarus tripoint to the Sea of Azov) and a simplified
 * Russia polygon without Crimea, for the sign of the distance.
 */
const position = z.tuple([z.number(), z.number()]);

const borderFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.tuple([
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ role: z.literal("border") }).passthrough(),
      geometry: z.object({ type: z.literal("MultiLineString"), coordinates: z.array(z.array(position).min(2)).min(1) }),
    }),
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ role: z.literal("inside") }).passthrough(),
      geometry: z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1) }),
    }),
  ]),
});

export type BorderFile = z.infer<typeof borderFileSchema>;

export function parseBorderFile(json: unknown, where: string): BorderFile {
  const parsed = borderFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(schemaProblem(where, parsed.error, json));
  }
  return parsed.data;
}
