import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { parseMetadata } from "../articles/metadata";
import { articleFrom } from "../articles/readArticle";
import type { Article } from "../pipeline/geoparse";

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

export async function* readJsonlArticles(files: string[]): AsyncGenerator<JsonlArticle | string> {
  for (const file of files) {
    const input = file === "-" ? process.stdin : createReadStream(file, { encoding: "utf8" });
    const name = file === "-" ? "stdin" : file;
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (!line.trim()) continue;
      const where = `${name}:${lineNumber}`;
      const article = parseJsonlArticle(line, where);
      yield typeof article === "string" ? article : { article, where };
    }
  }
}

export function parseJsonlArticle(line: string, where: string): Article | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return `${where}: not valid JSON: ${(error as Error).message}`;
  }
  const parsed = jsonlArticleSchema.passthrough().safeParse(raw);
  if (!parsed.success) return `${where}: expected an object with a non-empty "text", got ${JSON.stringify(raw)?.slice(0, 80)}`;
  const { text, id, path, ...rest } = parsed.data;
  try {
    const metadata = parseMetadata(rest, where);
    return articleFrom(id ?? where.replace(/[^\w.-]+/g, "_"), path ?? where, text.replace(/\r\n?/g, "\n"), metadata);
  } catch (error) {
    return (error as Error).message;
  }
}
