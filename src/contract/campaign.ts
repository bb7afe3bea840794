import { z } from "zod";
import { isoDay } from "./placeReport";

export const campaignSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  start: isoDay,
  end: isoDay,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  source: z.string(),
  /** First-order divisions (gazetteer admin1 names) where the campaign took place; reports elsewhere are not part of it. */
  regions: z.array(z.string()).default([]),
});
export const campaignListSchema = z.array(campaignSchema);

export type Campaign = z.infer<typeof campaignSchema>;
