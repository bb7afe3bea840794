import { z } from "zod";

/** Publication metadata, from front matter, a manifest or a web page's meta tags. */
const calendarDay = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "must be YYYY-MM-DD",
  });

const articleMetadataSchema = z
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

const FIELDS = "title, outlet, url, published, language";

/** Validates metadata and says which field is wrong, with the value found: `'published' must be YYYY-MM-DD, got "May 2022"`. */
export function parseMetadata(raw: unknown, where: string): ArticleMetadata {
  const normalised = raw && typeof raw === "object" && !Array.isArray(raw) ? stringifyDates(raw as Record<string, unknown>) : raw;
  const parsed = articleMetadataSchema.safeParse(normalised);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.slice(0, 5).map((k) => `'${valueExcerpt(k, 40)}'`).join(", ");
    throw new Error(`${where}: unknown key${issue.keys.length > 1 ? "s" : ""} ${keys}${issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ""}; expected ${FIELDS}`);
  }
  const field = issue.path.join(".");
  if (!field) throw new Error(`${where}: expected a mapping of ${FIELDS}, got ${describeValue(normalised)}`);
  const found = (normalised as Record<string, unknown>)[String(issue.path[0])];
  const expected = issue.code === "invalid_type" ? "must be text" : issue.message.replace(/^Invalid input: /, "");
  throw new Error(`${where}: '${field}' ${expected}, got ${describeValue(found)}`);
}

/**
 * A value as an error message shows it: a short excerpt of text or a number, or only the
 * kind of anything larger. A list or mapping is never printed: YAML aliases can make a
 * small file stand for a value of gigabytes.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(valueExcerpt(value, 80));
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

function valueExcerpt(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}

// YAML 1.1 parsers turn `published: 2024-08-07` into a Date; keep the day as written.
function stringifyDates(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]));
}
