import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/cli/readArticleFile";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading article files", () => {
  it("extracts a saved web page's main text and its og/article metadata", () => {
    const path = "tests/fixtures/articles/saved-page.html";
    const article = parseArticleFile(path, readFileSync(path), undefined);
    expect([article.title, article.outlet, article.url, article.published]).toEqual([
      "Raiders cross into Belgorod region",
      "Example News",
      "https://news.example.org/2023/05/23/raid",
      "2023-05-23",
    ]);
    expect(article.text).toContain("captured the village of Kozinka");
    expect(article.text).not.toMatch(/Share on Facebook|Paris|Follow us/);
  });
  it("rejects a saved web page whose address is not http(s), naming the file", () => {
    const path = "tests/fixtures/articles/saved-page.html";
    const page = readFileSync(path, "utf8").replace(/(<link rel="canonical" href=")[^"]*/, "$1javascript:alert(1)");
    expect(page).toContain("javascript:alert(1)");
    expect(() => parseArticleFile("page.html", bytes(page), undefined)).toThrow(/^page\.html: 'url'/);
  });
  it("takes front matter over the manifest", () => {
    const article = parseArticleFile("a.md", bytes("---\ntitle: Own title\npublished: 2024-08-07\n---\nText."), { title: "Manifest title", outlet: "Wire" });
    expect([article.title, article.outlet, article.published]).toEqual(["Own title", "Wire", "2024-08-07"]);
  });
  it("rejects an impossible calendar day", () => {
    expect(() => parseArticleFile("a.md", bytes("---\npublished: 2023-02-30\n---\nText."), undefined)).toThrow(/'published' must be YYYY-MM-DD, got "2023-02-30"/);
  });
  it("rejects a url that is not http(s)", () => {
    expect(() => parseArticleFile("a.md", bytes("---\nurl: javascript:alert(1)\n---\nText."), undefined)).toThrow(/a\.md: front matter: 'url'/);
  });
  it("rejects an unknown file type by name", () => {
    expect(() => parseArticleFile("a.pdf", bytes("x"), undefined)).toThrow(/a\.pdf: unsupported file type '\.pdf'/);
  });
});
