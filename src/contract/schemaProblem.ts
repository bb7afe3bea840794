import type { z } from "zod";

/**
 * One wording for every schema failure: `where: path.to.field: what was expected`, with
 * the path written as the reader would find it in the file (`corrections[3].target.point`).
 */
export function schemaProblem(where: string, error: z.ZodError, pathPrefix = ""): string {
  const issue = error.issues[0];
  if (!issue) return `${where}: invalid`;
  const path = pathPrefix + issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `${where}: ${path.replace(/^\./, "") || "(root)"}: ${issue.message}${more}`;
}
