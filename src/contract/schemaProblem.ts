import type { z } from "zod";

/**
 * One wording for every schema failure: `where: path.to.field: what was expected, got what
 * was found`, with the path written as the reader would find it in the file
 * (`corrections[3].target.point`), and how many more problems follow. zod words what was
 * expected ("expected string, received number" already names what was found); for the
 * other problems the value itself is shown when the caller passes the checked input.
 */
export function schemaProblem(where: string, error: z.ZodError, input?: unknown): string {
  return `${where}: ${schemaIssue(error, input)}`;
}

/** The same without a place, for callers that say where themselves (`file:line: …`). */
export function schemaIssue(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  const showsFound = input !== undefined && issue.code !== "invalid_type" && issue.code !== "unrecognized_keys";
  const got = showsFound ? `, got ${foundText(valueAt(input, issue.path))}` : "";
  return `${issuePath(issue.path) || "(root)"}: ${issue.message}${got}${more}`;
}

/** An issue's path as it reads in the file: `places[3].lat`; empty for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

/** `schema.parse` for a file the code ships or reads: a failure is thrown in the one wording, naming the file. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(schemaProblem(where, parsed.error, value));
  return parsed.data;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const MAX_FOUND_CHARS = 60;

/** A found value as a message shows it: short text or a scalar, only the kind of anything larger. */
function foundText(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") {
    return value.length > MAX_FOUND_CHARS ? `${JSON.stringify(value.slice(0, MAX_FOUND_CHARS))}…` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}
