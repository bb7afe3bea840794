import type { Article } from "../pipeline/geoparse";
import { parseArticleBytes } from "./articleBytes";
import { readHtmlPage } from "./html";
import type { ArticleMetadata } from "./metadata";

export { ARTICLE_EXTENSIONS, articleFrom } from "./articleBytes";

/** An article file's bytes as the command line reads them: web pages through jsdom. */
export function parseArticleFile(path: string, bytes: Uint8Array, manifestEntry: ArticleMetadata | undefined): Article {
  return parseArticleBytes(path, bytes, manifestEntry, readHtmlPage);
}
