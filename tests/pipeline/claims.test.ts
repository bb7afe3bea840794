import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/cli/readArticleFile";
import { loadGeoparseContext } from "../../src/cli/context";
import type { PlaceReport } from "../../src/contract/placeReport";
import { claimGoldSchema, scoreClaims, type ClaimScore } from "../../src/evaluation/claimScore";
import { scoreAgainstGold, type GoldScore } from "../../src/evaluation/goldScore";
import { geoparseArticle } from "../../src/pipeline/geoparse";

const FIXTURES = "tests/fixtures/claims";

interface Scores {
  places: GoldScore;
  claims: ClaimScore;
}

async function scoreFolder(folder: string): Promise<Scores> {
  const dir = join(FIXTURES, folder);
  const gold = claimGoldSchema.parse(JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")));
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  expect(files.sort()).toEqual(gold.map((g) => g.article).sort());
  const { context } = await loadGeoparseContext();
  const byArticle = new Map<string, PlaceReport[]>();
  for (const file of files) byArticle.set(file, geoparseArticle(parseArticleFile(join(dir, file), readFileSync(join(dir, file)), undefined), context).reports);
  return { places: scoreAgainstGold(gold, byArticle), claims: scoreClaims(gold, byArticle) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function summary(name: string, { places, claims }: Scores): string {
  return [
    `${name}: event recall ${pct(places.eventRecall)} (${places.counts.matchedEvents}/${places.counts.goldEvents}), ` +
      `precision ${pct(places.eventPrecision)} (${places.counts.predictedEvents - places.falseEvents.length}/${places.counts.predictedEvents}), ` +
      `role ${pct(places.roleAccuracy)} (${places.counts.matchedPlaces}/${places.counts.goldPlaces} found), dates ${pct(places.eventDateAccuracy)}`,
    `${name}: claimant kind ${pct(claims.kindAccuracy)}, claimant ${pct(claims.claimantAccuracy)}, stance ${pct(claims.stanceAccuracy)} ` +
      `(${claims.counts.found}/${claims.counts.annotated} annotated sentences found)`,
  ].join("\n");
}

// Details are printed for the tuning third only: the held-out third is read as figures, never as cases.
describe("the pipeline on the claims development set", () => {
  let tuning: Scores;
  let heldOut: Scores;
  beforeAll(async () => {
    tuning = await scoreFolder("tuning");
    heldOut = await scoreFolder("heldout");
    const details = process.env.CLAIMS_DETAIL
      ? ["", ...tuning.places.misses.map((m) => `  missed: ${m}`), ...tuning.places.falseEvents.map((m) => `  false event: ${m}`), ...tuning.claims.wrong.map((w) => `  ${w}`)]
      : [];
    console.log([summary("tuning  ", tuning), summary("held-out", heldOut), ...details].join("\n"));
  }, 60_000);

  it("finds at least 90% of the held-out event places", () => expect(heldOut.places.eventRecall).toBeGreaterThanOrEqual(0.9));
  it("is right about at least 90% of the held-out event places it reports", () => expect(heldOut.places.eventPrecision).toBeGreaterThanOrEqual(0.9));
  it("gives at least 90% of the held-out places found their annotated role", () => expect(heldOut.places.roleAccuracy).toBeGreaterThanOrEqual(0.9));
  it("dates at least 90% of the held-out event places within a day", () => expect(heldOut.places.eventDateAccuracy).toBeGreaterThanOrEqual(0.9));
  it("names the kind of claimant of at least 85% of the held-out annotated sentences", () => expect(heldOut.claims.kindAccuracy).toBeGreaterThanOrEqual(0.85));
});
