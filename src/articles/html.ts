import { createRequire } from "node:module";
import { parseMetadata, type ArticleMetadata } from "./metadata";

// jsdom takes seconds to load; only runs that read web pages should pay for it.
const require = createRequire(import.meta.url);
let libraries: { JSDOM: typeof import("jsdom").JSDOM; VirtualConsole: typeof import("jsdom").VirtualConsole; Readability: typeof import("@mozilla/readability").Readability } | null = null;
function pageLibraries() {
  if (!libraries) {
    const jsdom = require("jsdom") as typeof import("jsdom");
    const { Readability } = require("@mozilla/readability") as typeof import("@mozilla/readability");
    libraries = { JSDOM: jsdom.JSDOM, VirtualConsole: jsdom.VirtualConsole, Readability };
  }
  return libraries;
}

/**
 * Main text and metadata of a saved web page, through Mozilla Readability (the
 * Firefox reader view) over jsdom. Scripts never run and nothing is fetched.
 */
export function readHtmlPage(html: string, where: string): { metadata: ArticleMetadata; body: string } {
  const { JSDOM, VirtualConsole, Readability } = pageLibraries();
  const virtualConsole = new VirtualConsole(); // page scripts' and CSS parser's noise stays out of our stderr
  const dom = new JSDOM(html, { virtualConsole });
  const doc = dom.window.document;
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta('meta[property="og:url"]');
  const publishedRaw = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  const parsed = new Readability(doc).parse();
  if (!parsed || !parsed.content) throw new Error(`${where}: no article text found in the page`);
  const title = meta('meta[property="og:title"]') ?? parsed.title ?? undefined;
  const metadata: Partial<Record<keyof ArticleMetadata, unknown>> = {
    title,
    outlet: meta('meta[property="og:site_name"]') ?? parsed.siteName ?? undefined,
    url: canonical,
    published: publishedRaw && /^\d{4}-\d{2}-\d{2}/.test(publishedRaw) ? publishedRaw.slice(0, 10) : publishedRaw,
    language: doc.documentElement.getAttribute("lang") ?? parsed.lang ?? undefined,
  };
  const body = blockText(parsed.content);
  // The headline is part of the page the reader saw.
  const withTitle = title && !body.includes(title) ? `${title}\n\n${body}` : body;
  return { metadata: parseMetadata(Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)), where), body: withTitle };
}

/** Readability's HTML as paragraphs separated by blank lines, so sentences never run across blocks. */
function blockText(contentHtml: string): string {
  const doc = new (pageLibraries().JSDOM)(contentHtml).window.document;
  const blocks = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, td, pre")]
    .filter((el) => !el.querySelector("p, li, blockquote"))
    .map((el) => el.textContent?.replace(/\s+/g, " ").trim() ?? "")
    .filter(Boolean);
  return blocks.length > 0 ? blocks.join("\n\n") : (doc.body.textContent ?? "").trim();
}
