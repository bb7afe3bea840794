import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { MAX_ARTICLE_BYTES } from "../articles/bytes";
import { parseArticleBytes } from "../articles/articleBytes";
import type { ArticleMetadata, Manifest } from "../articles/metadata";
import type { Article } from "../pipeline/geoparse";
import { readHtmlPage } from "./readHtmlPage";

/** An article file's bytes as the command line reads them: web pages through jsdom. */
export function parseArticleFile(path: string, bytes: Uint8Array, manifestEntry: ArticleMetadata | undefined): Article {
  return parseArticleBytes(path, bytes, manifestEntry, readHtmlPage);
}

/** Reads one article file; a failure comes back as a rejection message that starts with the path. */
export function readArticleFile(path: string, manifest: Manifest): Article | string {
  try {
    const size = statSync(path).size;
    if (size > MAX_ARTICLE_BYTES)
      return `${path}: file is ${(size / 1048576).toFixed(1)} MB, larger than the ${MAX_ARTICLE_BYTES / 1048576} MB an article may be`;
    return parseArticleFile(path, readFileSync(path), manifest[basename(path)]);
  } catch (error) {
    const message = (error as Error).message;
    return message.startsWith(path) ? message : `${path}: ${message}`;
  }
}
