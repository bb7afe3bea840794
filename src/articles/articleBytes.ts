import type { Article } from "../pipeline/geoparse";
import { decodeArticleBytes } from "./bytes";
import { splitFrontMatter } from "./frontMatter";
import type { ArticleMetadata } from "./metadata";
import { stripPageJunk } from "./pageJunk";

/** Reads a saved web page's text and metadata; the command line and the page each supply one (jsdom, DOMParser). */
export type PageReader = (html: string, where: string) => { metadata: ArticleMetadata; body: string };

/** Input formats by file extension: the one place a new format plugs in. */
const FORMATS: Record<string, "text" | "page"> = {
  ".txt": "text",
  ".md": "text",
  ".markdown": "text",
  ".html": "page",
  ".htm": "page",
};

export const ARTICLE_EXTENSIONS = Object.keys(FORMATS);

/** ".md" of "notes/a.md"; "" without one. */
function fileExtension(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}

/** "a" of "notes/a.md": an article's id. */
function fileStem(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  return name.slice(0, name.length - fileExtension(name).length);
}

/**
 * Turns an article file's bytes into an Article, or throws an Error whose message
 * starts with the path and says what was wrong. Front matter wins over the manifest.
 */
export function parseArticleBytes(path: string, bytes: Uint8Array, manifestEntry: ArticleMetadata | undefined, readPage: PageReader): Article {
  const extension = fileExtension(path);
  const format = FORMATS[extension.toLowerCase()];
  if (!format) throw new Error(`${path}: unsupported file type '${extension}', expected one of ${ARTICLE_EXTENSIONS.join(", ")}`);
  const decoded = decodeArticleBytes(bytes);
  if ("problem" in decoded) throw new Error(`${path}: ${decoded.problem}`);
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const { metadata: own, body } = format === "page" ? readPage(text, path) : splitFrontMatter(text, path);
  const metadata = { ...manifestEntry, ...own };
  const article = articleFrom(fileStem(path), path, body, metadata);
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
