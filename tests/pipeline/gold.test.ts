import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { manifestSchema } from "../../src/articles/metadata";
import { parseArticleFile } from "../../src/cli/readArticleFile";
import { loadGeoparseContext } from "../../src/cli/context";
import type { PlaceReport } from "../../src/contract/placeReport";
import { goldSchema, scoreAgainstGold, type GoldScore } from "../../src/evaluation/goldScore";
import { geoparseArticle } from "../../src/pipeline/geoparse";

const SAMPLE = "data/sample";
const gold = goldSchema.parse(JSON.parse(readFileSync(join(SAMPLE, "gold.json"), "utf8")));
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(SAMPLE, "manifest.json"), "utf8")));

describe("the pipeline on the sample corpus, scored against the hand annotation", () => {
  let score: GoldScore;
  beforeAll(async () => {
    const { context } = await loadGeoparseContext();
    const byArticle = new Map<string, PlaceReport[]>();
    for (const { article: file } of gold) {
      const path = join(SAMPLE, file);
      const article = parseArticleFile(path, readFileSync(path), manifest[basename(path)]);
      byArticle.set(file, geoparseArticle(article, context).reports);
    }
    score = scoreAgainstGold(gold, byArticle);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      [
        `event-place recall    ${pct(score.eventRecall)} (${score.counts.matchedEvents}/${score.counts.goldEvents})`,
        `event-place precision ${pct(score.eventPrecision)} (${score.counts.predictedEvents - score.falseEvents.length}/${score.counts.predictedEvents})`,
        `role accuracy         ${pct(score.roleAccuracy)} (over ${score.counts.matchedPlaces}/${score.counts.goldPlaces} annotated places found)`,
        `event-date accuracy   ${pct(score.eventDateAccuracy)} (within 1 day)`,
        ...score.misses.map((m) => `  missed event place: ${m}`),
        ...score.falseEvents.map((m) => `  event place not in the annotation: ${m}`),
      ].join("\n"),
    );
  }, 60_000);

  it("finds at least 90% of the annotated event places", () => expect(score.eventRecall).toBeGreaterThanOrEqual(0.9));
  it("is right about at least 90% of the event places it reports", () => expect(score.eventPrecision).toBeGreaterThanOrEqual(0.9));
  it("gives at least 90% of annotated places the annotated role", () => expect(score.roleAccuracy).toBeGreaterThanOrEqual(0.9));
  it("dates at least 90% of event places within a day of the annotated event dates", () => expect(score.eventDateAccuracy).toBeGreaterThanOrEqual(0.9));
});
