import { ZodError } from "zod";
import { schemaProblem } from "../contract/schemaProblem";
import type { Article } from "../pipeline/geoparse";
import { ingestArticle, type LoadedContext, type OutputArticle } from "./ingestArticle";

/** What became of one input: its output, or why it was left out (starting with its file, or file:line). */
export type Outcome = { rejected: string } | { article: OutputArticle };

/**
 * Geoparses one article so that nothing it contains can stop the run: whatever the
 * pipeline throws (a stack overflow, a report failing the output contract) becomes this
 * article's rejection, named by `where`, and the next article goes on.
 */
export function ingestOrReject(article: Article, where: string, loaded: LoadedContext, explain = false): Outcome {
  try {
    return { article: ingestArticle(article, loaded, explain) };
  } catch (error) {
    return { rejected: `${where}: ${failureReason(error)}` };
  }
}

/** One line saying what went wrong, never a dump of the values involved. */
function failureReason(error: unknown): string {
  if (error instanceof ZodError) return `its output fails the contract: ${schemaProblem("report", error).replace(/^report: /, "")}`;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "too large or too deeply repeated to geoparse (call stack exceeded)";
  const message = error instanceof Error ? error.message : String(error);
  return `could not be geoparsed: ${message.split("\n")[0]!.slice(0, 200)}`;
}
