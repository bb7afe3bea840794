import { describe, expect, it } from "vitest";
import { datasetNameWithArticles } from "../../src/pageIngest/appendArticles";
import { underSourceId } from "../../src/ingest/articleCollection";
import type { OutputArticle } from "../../src/ingest/ingestArticle";

describe("the name of a dataset articles were added to", () => {
  it("says how many articles were added to what was open", () => {
    expect(datasetNameWithArticles("sample corpus", 1)).toBe("sample corpus + 1 article");
    expect(datasetNameWithArticles("desk-map.geojson", 3)).toBe("desk-map.geojson + 3 articles");
  });
  it("counts on when more are added, and names articles alone when nothing was open", () => {
    expect(datasetNameWithArticles("sample corpus + 3 articles", 2)).toBe("sample corpus + 5 articles");
    expect(datasetNameWithArticles(null, 2)).toBe("2 articles");
  });
});

describe("an article under the source id the run gave it", () => {
  const article: OutputArticle = {
    id: "raid", path: "raid.md", warnings: [], corrections: [], reports: [],
    unresolved: [{ mention: "Kozinka", sentence: "Fighters entered Kozinka.", source_id: "raid", source_path: "raid.md" } as OutputArticle["unresolved"][number]],
  };
  it("keeps its rows when the id is its own", () => {
    expect(underSourceId(article, "raid").unresolved[0]!.source_id).toBe("raid");
  });
  it("moves its unresolved names to the new id, so they point at this article and not the earlier one", () => {
    expect(underSourceId(article, "raid-2").unresolved[0]!.source_id).toBe("raid-2");
  });
});
