import { beforeAll, describe, expect, it } from "vitest";
import { loadGeoparseContext } from "../../src/cli/context";
import type { PlaceReportProperties } from "../../src/contract/placeReport";
import { geoparseArticle, type GeoparseContext } from "../../src/pipeline/geoparse";
import { BEARING_FROM, DISTANCE_FROM, RECENT_DAYS } from "../../src/pipeline/lexicon";
import { classifyOccurrence, sentenceCues } from "../../src/pipeline/roles";

// The rules that read the words around a name must read them alike: a reference point to
// the roles is a town to the resolver, and "recent" is one span of days for every rule.
let context: GeoparseContext;
beforeAll(async () => {
  context = (await loadGeoparseContext()).context;
}, 60_000);

function parse(text: string, published = "2024-08-20"): PlaceReportProperties[] {
  const article = { id: "t", path: "t.md", text, title: null, outlet: "Example Wire", url: null, published, language: "en" };
  return geoparseArticle(article, context).reports.map((r) => r.properties);
}

const MEASURES = [
  ["20 km outside", DISTANCE_FROM.name],
  ["30 miles south-east of", DISTANCE_FROM.name],
  ["12 kilometres from the city of", DISTANCE_FROM.name],
  ["5 mi from", DISTANCE_FROM.name],
  ["the border north of", BEARING_FROM.name],
  ["a village to the north-west of", BEARING_FROM.name],
] as const;

describe("a place something is measured from", () => {
  it.each(MEASURES)("is a reference point to the roles after '%s', and the rule is named", (words, rule) => {
    const verdict = classifyOccurrence(sentenceCues("Shelling hit a village.", false), "Kursk", `Shelling hit a village ${words} `, " on Monday.");
    expect(verdict.role).toBe("mention");
    expect(verdict.reason).toContain(rule);
  });

  it.each(MEASURES)("is the town, not the region, to the resolver after '%s'", (words) => {
    // The region named first makes a bare "Kursk" the region unless the words before it say otherwise.
    const reports = parse(`Fighting spread across the Kursk region. Shelling hit a village ${words} Kursk on Monday.`);
    const town = reports.find((r) => r.kind === "settlement" && r.mention === "Kursk");
    expect(town?.role).toBe("mention");
  });
});

describe("a part of a place named by a compass point", () => {
  it.each(["in the north of", "in the south-east of", "across the north-west of"])("is where it happened after '%s'", (words) => {
    const verdict = classifyOccurrence(sentenceCues("Shelling hit villages.", false), "Kharkiv", `Shelling hit villages ${words} `, " on Monday.");
    expect(verdict.role).toBe("event");
  });
});

describe("recent days", () => {
  const daysBefore = (n: number) => new Date(Date.UTC(2024, 7, 20) - n * 86_400_000).toISOString().slice(0, 10);
  const on = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  it("a sentence dated within them reports news, and its day is the event's", () => {
    const day = daysBefore(RECENT_DAYS);
    const r = parse(`Troops crossed into Sudzha on ${on(day)}.`).find((p) => p.name === "Sudzha");
    expect(r?.role).toBe("event");
    expect(r?.date_start).toBe(day);
  });

  it("a sentence dated just before them is background, not the article's news", () => {
    const r = parse(`Troops crossed into Sudzha on ${on(daysBefore(RECENT_DAYS + 1))}.`).find((p) => p.name === "Sudzha");
    expect(r?.role).toBe("mention");
  });

  it("the article's own days, lent to places its sentences do not date, are the same span", () => {
    const sudzha = (n: number) =>
      parse(`Troops crossed the border on ${on(daysBefore(n))}. Fighting continues in Sudzha.`).find((p) => p.name === "Sudzha");
    expect(sudzha(RECENT_DAYS)?.date_start).toBe(daysBefore(RECENT_DAYS));
    expect(sudzha(RECENT_DAYS + 1)?.date_start).toBe(daysBefore(0));
  });
});
