import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/cli/readArticleFile";
import { loadGeoparseContext } from "../../src/cli/context";
import type { PlaceReportCollection } from "../../src/contract/placeReport";
import { articleCollection } from "../../src/ingest/articleCollection";
import { ingestArticle } from "../../src/ingest/ingestArticle";
import { uniqueId } from "../../src/ingest/sourceIds";
import { mapSuite } from "./support/suite";

const suite = mapSuite();
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const ARTICLES = [
  { name: "01.md", content: fixture("claims/tuning/01.md") },
  { name: "saved-page.html", content: fixture("articles/saved-page.html") },
  // The same file name twice: the second gets an id of its own, as on the command line.
  { name: "01.md", content: fixture("claims/tuning/02.md") },
];

/** What `npm run ingest` writes for the same files, after the ids the open dataset already uses. */
async function commandLineOutput(usedIds: Set<string>): Promise<PlaceReportCollection> {
  const loaded = await loadGeoparseContext();
  const outputs = ARTICLES.map(({ name, content }) => ingestArticle(parseArticleFile(name, content, undefined), loaded));
  return articleCollection(outputs.map((article) => ({ article, id: uniqueId(article.id, usedIds) })));
}

describe("articles dropped on the map", () => {
  it("are geoparsed in the page into the reports the command line writes, added to the open dataset, and kept", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl() });
    const opened = JSON.parse(fixture("placeReports.small.geojson").toString("utf8")) as PlaceReportCollection;
    const openedName = (await map.datasetLabel()).split(" · ")[0];

    await map.addArticles([...ARTICLES, { name: "broken.md", content: Buffer.from([0x00, 0x01, 0x02, 0x00, 0x7f]) }]);
    const downloaded = JSON.parse(await map.downloadIngested()) as PlaceReportCollection;
    const expected = await commandLineOutput(new Set(opened.features.map((f) => f.properties.source_id)));

    expect(expected.features.length).toBeGreaterThan(0);
    expect(await map.ingestStatus()).toBe(`Added ${expected.features.length} place reports from 3 articles to the map.`);
    expect(await map.ingestRejected()).toEqual([expect.stringMatching(/^broken\.md: /)]);
    expect(downloaded.features.slice(opened.features.length)).toEqual(expected.features);
    expect(downloaded.unresolved?.slice(opened.unresolved?.length ?? 0)).toEqual(expected.unresolved);
    expect(downloaded.features.length).toBe(opened.features.length + expected.features.length);

    const label = `${openedName} + 3 articles · ${downloaded.features.length} reports`;
    await expect.poll(() => map.datasetLabel()).toBe(label);
    await map.openMap();
    await expect.poll(() => map.datasetLabel(), { timeout: 15_000 }).toBe(label);
  }, 120_000);
});
