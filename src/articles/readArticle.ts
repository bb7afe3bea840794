import { basename, extname } from "node:path";
import type { Article } from "../pipeline/geoparse";
import { decodeArticleBytes } from "./bytes";
import { splitFrontMatter } from "./frontMatter";
import { readHtmlPage } from "./html";
import type { ArticleMetadata } from "./metadata";
import { stripPageJunk } from "./pageJunk";

/** Input formats by file extension: the one place a new format plugs in. */
/** Each reads a file's text into its body and its own metadata, validated, errors naming `where`. */
const FORMATS: Record<string, (text: string, where: string) => { metadata: ArticleMetadata; body: string }> = {
  ".txt": splitFrontMatter,
  ".md": splitFrontMatter,
  ".markdown": splitFrontMatter,
  ".html": readHtmlPage,
  ".htm": readHtmlPage,
};

export const ARTICLE_EXTENSIONS = Object.keys(FORMATS);

/**
 * Turns an article file's bytes into an Article, or throws an Error whose message
 * starts with the path and says what was wrong. Front matter wins over the manifest.
 */
export function parseArticleFile(path: string, bytes: Uint8Array, manifestEntry: ArticleMetadata | undefined): Article {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new Error(`${path}: unsupported file type '${extname(path)}', expected one of ${ARTICLE_EXTENSIONS.join(", ")}`);
  const decoded = decodeArticleBytes(bytes);
  if ("problem" in decoded) throw new Error(`${path}: ${decoded.problem}`);
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const { metadata: own, body } = format(text, path);
  const metadata = { ...manifestEntry, ...own };
  const article = articleFrom(basename(path, extname(path)), path, body, metadata);
  if (!article.text.trim()) throw new Error(`${path}: no article text after the front matter and page furniture`);
  return article;
}

/** An Article from raw body text and validated metadata, page furniture removed. */
export function articleFrom(id: string, path: string, body: string, metadata: ArticleMetadata): Article {
  return {
    id,
    path,
    text: stripPageJunk(body),
    title: metadata.title ?? null,
    outlet: metadata.outlet ?? null,
    url: metadata.url ?? null,
    published: metadata.published ?? null,
    language: metadata.language ?? null,
  };
}
