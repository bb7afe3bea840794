import { createRequire } from "node:module";
import type { ArticleMetadata } from "../articles/metadata";
import { readPageWith, type PageDom } from "../articles/pageArticle";

// jsdom takes seconds to load; only runs that read web pages should pay for it.
const require = createRequire(import.meta.url);
let jsdomPages: PageDom | null = null;
function pageDom(): PageDom {
  if (!jsdomPages) {
    const { JSDOM, VirtualConsole } = require("jsdom") as typeof import("jsdom");
    const { Readability } = require("@mozilla/readability") as typeof import("@mozilla/readability");
    jsdomPages = {
      // The page's scripts and the CSS parser's noise stay out of our stderr.
      parse: (html) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document,
      readable: (doc) => new Readability(doc as unknown as Document).parse(),
    };
  }
  return jsdomPages;
}

/** Main text and metadata of a saved web page on the command line: Mozilla Readability over jsdom. */
export function readHtmlPage(html: string, where: string): { metadata: ArticleMetadata; body: string } {
  return readPageWith(pageDom(), html, where);
}
