import { z } from "zod";

/** Publication metadata, from front matter, a manifest or a web page's meta tags. */
const calendarDay = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "must be YYYY-MM-DD",
  });

export const articleMetadataSchema = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    published: calendarDay.optional(),
    language: z.string().min(2).max(16).optional(),
  })
  .strict();

export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

export const manifestSchema = z.record(z.string(), articleMetadataSchema);
export type Manifest = z.infer<typeof manifestSchema>;

/** Validates metadata and says which field is wrong, with the value found: `'published' must be YYYY-MM-DD, got "May 2022"`. */
export function parseMetadata(raw: unknown, where: string): ArticleMetadata {
  const normalised = raw && typeof raw === "object" && !Array.isArray(raw) ? stringifyDates(raw as Record<string, unknown>) : raw;
  const parsed = articleMetadataSchema.safeParse(normalised);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join(".");
  if (!field) throw new Error(`${where}: expected a mapping of title, outlet, url, published, language`);
  const found = (normalised as Record<string, unknown>)[String(issue.path[0])];
  const detail = issue.code === "unrecognized_keys" ? issue.message : `'${field}' ${issue.message.replace(/^Invalid input: /, "")}, got ${JSON.stringify(found)}`;
  throw new Error(`${where}: ${detail}`);
}

// YAML 1.1 parsers turn `published: 2024-08-07` into a Date; keep the day as written.
function stringifyDates(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]));
}
