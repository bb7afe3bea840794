import { createReadStream } from "node:fs";
import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../articles/bytes";
import { describeValue, parseMetadata } from "../articles/metadata";
import { articleFrom } from "../articles/articleBytes";
import type { Article } from "../pipeline/geoparse";
import { boundedLines } from "./boundedLines";

/**
 * Streaming input: one article per line, `{"text": ..., "id"?, "path"?, "title"?,
 * "outlet"?, "url"?, "published"?, "language"?}`. A bad line is a rejection naming
 * file:line; the lines around it still ingest.
 */
const jsonlArticleSchema = z.object({
  text: z.string().min(1),
  id: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
});

/** A JSONL article with the file:line it came from, which names it in any rejection. */
export interface JsonlArticle {
  article: Article;
  where: string;
}

/** A line holds an article's text (at most MAX_ARTICLE_BYTES) and its metadata, JSON-escaped. */
const MAX_JSONL_LINE_BYTES = 2 * MAX_ARTICLE_BYTES;

export async function* readJsonlArticles(files: string[]): AsyncGenerator<JsonlArticle | string> {
  for (const file of files) {
    const input = file === "-" ? process.stdin : createReadStream(file);
    const name = file === "-" ? "stdin" : file;
    let lineNumber = 0;
    for await (const line of boundedLines(input, MAX_JSONL_LINE_BYTES)) {
      lineNumber++;
      const where = `${name}:${lineNumber}`;
      if ("tooLongBytes" in line) {
        yield `${where}: line is ${(line.tooLongBytes / 1048576).toFixed(1)} MB, larger than the ${MAX_JSONL_LINE_BYTES / 1048576} MB a JSONL article may be`;
        continue;
      }
      if (!line.text.trim()) continue;
      const article = parseJsonlArticle(line.text, where);
      yield typeof article === "string" ? article : { article, where };
    }
  }
}

function parseJsonlArticle(line: string, where: string): Article | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return `${where}: not valid JSON: ${(error as Error).message}`;
  }
  const parsed = jsonlArticleSchema.passthrough().safeParse(raw);
  if (!parsed.success) {
    const isObject = raw !== null && typeof raw === "object" && !Array.isArray(raw);
    if (!isObject) return `${where}: expected an object with a non-empty "text", got ${describeValue(raw)}`;
    const text = (raw as Record<string, unknown>).text;
    if (text === undefined || text === "") return `${where}: expected an object with a non-empty "text", got ${text === undefined ? "none" : "an empty one"}`;
    const issue = parsed.error.issues[0]!;
    return `${where}: "${String(issue.path[0])}" must be a non-empty string, got ${describeValue((raw as Record<string, unknown>)[String(issue.path[0])])}`;
  }
  const { text, id, path, ...rest } = parsed.data;
  const textBytes = Buffer.byteLength(text);
  if (textBytes > MAX_ARTICLE_BYTES)
    return `${where}: "text" is ${(textBytes / 1048576).toFixed(1)} MB, larger than the ${MAX_ARTICLE_BYTES / 1048576} MB an article may be`;
  try {
    const metadata = parseMetadata(rest, where);
    return articleFrom(id ?? where.replace(/[^\w.-]+/g, "_"), path ?? where, text.replace(/\r\n?/g, "\n"), metadata);
  } catch (error) {
    return (error as Error).message;
  }
}
