import { Readability } from "@mozilla/readability";
import type { ArticleMetadata } from "../articles/metadata";
import { readPageWith, type PageDocument, type PageDom } from "../articles/pageArticle";

// The browser's own parser: a parsed page's scripts never run and its images are never fetched.
const browserDom: PageDom = {
  parse: (html) => new DOMParser().parseFromString(html, "text/html") as unknown as PageDocument,
  readable: (doc) => new Readability(doc as unknown as Document).parse(),
};

/** A saved web page's main text and metadata in the page: the reader the command line uses, over DOMParser. */
export function readPageInBrowser(html: string, where: string): { metadata: ArticleMetadata; body: string } {
  return readPageWith(browserDom, html, where);
}
