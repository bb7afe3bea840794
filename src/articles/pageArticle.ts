import { parseMetadata, type ArticleMetadata } from "./metadata";

/**
 * A saved web page's main text and metadata, read the same whichever DOM the caller has
 * (jsdom on the command line, the browser's own DOMParser in the page): the reader
 * (Mozilla Readability, the Firefox reader view) and the DOM are handed in. Scripts
 * never run and nothing is fetched.
 */
interface PageElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  readonly textContent: string | null;
}

export interface PageDocument {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  readonly documentElement: PageElement;
  readonly body: PageElement | null;
}

/** What Readability gives back (its `parse()`), or null when it found no article. */
interface ReadablePage {
  title?: string | null;
  siteName?: string | null;
  lang?: string | null;
  content?: string | null;
}

export interface PageDom {
  parse(html: string): PageDocument;
  readable(doc: PageDocument): ReadablePage | null;
}

export function readPageWith(dom: PageDom, html: string, where: string): { metadata: ArticleMetadata; body: string } {
  const doc = dom.parse(html);
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta('meta[property="og:url"]');
  const publishedRaw = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  const lang = doc.documentElement.getAttribute("lang");
  const parsed = dom.readable(doc);
  if (!parsed || !parsed.content) throw new Error(`${where}: no article text found in the page`);
  const title = meta('meta[property="og:title"]') ?? parsed.title ?? undefined;
  const metadata: Partial<Record<keyof ArticleMetadata, unknown>> = {
    title,
    outlet: meta('meta[property="og:site_name"]') ?? parsed.siteName ?? undefined,
    url: canonical,
    published: publishedRaw && /^\d{4}-\d{2}-\d{2}/.test(publishedRaw) ? publishedRaw.slice(0, 10) : publishedRaw,
    language: lang ?? parsed.lang ?? undefined,
  };
  const body = blockText(dom.parse(parsed.content));
  // The headline is part of the page the reader saw.
  const withTitle = title && !body.includes(title) ? `${title}\n\n${body}` : body;
  return { metadata: parseMetadata(Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)), where), body: withTitle };
}

/** Readability's HTML as paragraphs separated by blank lines, so sentences never run across blocks. */
function blockText(doc: PageDocument): string {
  const blocks = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, td, pre")]
    .filter((el) => !el.querySelector("p, li, blockquote"))
    .map((el) => el.textContent?.replace(/\s+/g, " ").trim() ?? "")
    .filter(Boolean);
  return blocks.length > 0 ? blocks.join("\n\n") : (doc.body?.textContent ?? "").trim();
}
