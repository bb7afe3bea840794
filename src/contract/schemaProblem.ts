import type { z } from "zod";

/**
 * One wording for every schema failure: `where: path.to.field: what was expected`, with
 * the path written as the reader would find it in the file (`corrections[3].target.point`).
 */
export function schemaProblem(where: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${where}: invalid`;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `${where}: ${issuePath(issue.path) || "(root)"}: ${issue.message}${more}`;
}

/** An issue's path as it reads in the file: `places[3].lat`; empty for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}
