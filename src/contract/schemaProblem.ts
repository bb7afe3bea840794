import type { z } from "zod";

/**
 * One wording for every schema failure: `where: path.to.field: what was expected` (zod
 * words it: "expected string, received number"), with the path written as the reader would
 * find it in the file (`corrections[3].target.point`), and how many more problems follow.
 */
export function schemaProblem(where: string, error: z.ZodError): string {
  return `${where}: ${schemaIssue(error)}`;
}

/** The same without a place, for callers that say where themselves (`file:line: …`). */
export function schemaIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `${issuePath(issue.path) || "(root)"}: ${issue.message}${more}`;
}

/** An issue's path as it reads in the file: `places[3].lat`; empty for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

/** `schema.parse` for a file the code ships or reads: a failure is thrown in the one wording, naming the file. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(schemaProblem(where, parsed.error));
  return parsed.data;
}
