import { describe, expect, it } from "vitest";
import type { Campaign } from "../../src/contract/campaign";
import type { Correction } from "../../src/contract/corrections";
import { sentenceFingerprint } from "../../src/corrections/anchor";
import { applyCorrections, applyToDataset, prepareCorrections, type CorrectionContext } from "../../src/corrections/applyCorrections";
import { adminFromSettlements, newsroomGazetteer } from "../../src/corrections/targets";
import { mergeGazetteers } from "../../src/gazetteer/merge";
import { geoparseArticle, type Article } from "../../src/pipeline/geoparse";
import { buildNameIndex } from "../../src/pipeline/nameIndex";
import { miniGazetteer } from "../fixtures/miniGazetteer";

const campaigns: Campaign[] = [
  { id: "kursk-2024", name: "Kursk offensive", start: "2024-08-06", end: "2025-03-31", colour: "#d7301f", source: "test", regions: ["Kursk Oblast"] },
];
const byId = new Map(miniGazetteer.map((e) => [e.id, e]));
const lookup: CorrectionContext = {
  placeById: (id) => byId.get(id) ?? null,
  adminAt: adminFromSettlements(miniGazetteer),
  borderDistanceKm: null,
  campaigns,
};
const article = (id: string, text: string): Article => ({
  id, path: `${id}.md`, text, title: `Title ${id}`, outlet: "Outlet", url: null, published: "2024-08-10", language: "en",
});
const meta = { by: "editor", at: "2024-08-11T09:00:00Z" };

const A = article("a", "Ukrainian troops captured the village of Guevo on Friday.");
const B = article("b", "Fierce fighting was reported in the village of Gujevo, south of Sudzha, on Saturday.");
const C = article("c", "Drones struck Kursk overnight. Officials in Sudzha said the town was calm.");

/** A village an editor places near Sudzha, from the sentence of article A that names it. */
const placeGuevo: Correction = {
  ...meta,
  id: "c1",
  action: "place",
  name: "Guevo",
  anchor: { source_id: "a", mention: "Guevo", sentence: sentenceFingerprint(A.text) },
  target: { name: "Guevo", kind: "settlement", point: [35.2, 51.1] },
};

function ingest(articles: Article[], corrections: Correction[]) {
  const entries = mergeGazetteers(miniGazetteer, newsroomGazetteer(corrections, lookup));
  const context = { index: buildNameIndex(entries), borderDistanceKm: null, campaigns, focusCountries: ["RU", "UA"] };
  const set = prepareCorrections(corrections, lookup);
  return articles.map((a) => {
    const result = geoparseArticle(a, context);
    return applyCorrections(a.id, result.reports, result.unresolved, set);
  });
}

describe("editorial corrections", () => {
  it("leaves a village the gazetteer lacks unresolved, with the role and dates the text gives it", () => {
    const [a] = ingest([A], []);
    expect(a!.reports).toEqual([]);
    expect(a!.unresolved[0]).toMatchObject({ mention: "Guevo", source_id: "a", role: "event", date_start: "2024-08-09" });
  });

  it("resolves a placed village in the article it was placed from, marked corrected", () => {
    const [a] = ingest([A], [placeGuevo]);
    const guevo = a!.reports.find((r) => r.properties.name === "Guevo")!;
    expect(guevo.properties).toMatchObject({ place_id: "news:guevo", role: "event", review: "corrected", admin1: "Kursk Oblast", campaign: "kursk-2024" });
    expect(guevo.properties.corrected_from).toMatchObject({ place_id: null });
    expect(guevo.geometry.coordinates).toEqual([35.2, 51.1]);
    expect(a!.matched.has("c1")).toBe(true);
    expect(a!.unresolved).toEqual([]);
  });

  it("resolves the placed village in another article that spells it differently, without any action", () => {
    const [, b] = ingest([A, B], [placeGuevo]);
    const guevo = b!.reports.find((r) => r.properties.place_id === "news:guevo");
    expect(guevo?.properties).toMatchObject({ mention: "Gujevo", role: "event", review: "unreviewed" });
  });

  it("turns the unresolved rows of a dataset read back into reports, as re-ingest would", () => {
    const raw = ingest([A, B], []);
    const reread = applyToDataset(raw.flatMap((r) => r.reports), raw.flatMap((r) => r.unresolved), prepareCorrections([placeGuevo], lookup));
    const reingested = ingest([A, B], [placeGuevo]).flatMap((r) => r.reports);
    const pick = (r: { properties: { place_id: string; source_id: string; role: string; date_start: string | null; review?: string } }) =>
      [r.properties.source_id, r.properties.place_id, r.properties.role, r.properties.date_start, r.properties.review];
    expect(reread.reports.filter((r) => r.properties.place_id === "news:guevo")).toHaveLength(2);
    expect(reread.reports.filter((r) => r.properties.place_id === "news:guevo").map(pick).sort()).toEqual(
      reingested.filter((r) => r.properties.place_id === "news:guevo").map(pick).sort(),
    );
  });

  it("drops the report drawn near a town meanwhile once the name is placed, as re-ingest would", () => {
    const D = article("d", "Fighting was reported in Gujevo, near Sudzha, on Saturday.");
    const raw = ingest([D], []);
    const drawnNear = raw[0]!.reports.find((r) => r.properties.mention === "Gujevo");
    expect(drawnNear?.properties).toMatchObject({ geo_precision: "near", container_name: "Sudzha" });
    expect(raw[0]!.unresolved[0]?.provisional_place_id).toBe(drawnNear!.properties.place_id);
    const reread = applyToDataset(raw[0]!.reports, raw[0]!.unresolved, prepareCorrections([placeGuevo], lookup));
    const reingested = ingest([D], [placeGuevo])[0]!.reports;
    const ids = (reports: { properties: { place_id: string } }[]) => reports.map((r) => r.properties.place_id).sort();
    expect(ids(reread.reports)).toEqual(ids(reingested));
  });

  it("gives a village placed on a map without border data the border distance the editor's map measured, and measures again where it can", () => {
    const measured: Correction = { ...placeGuevo, target: { ...placeGuevo.target, border_distance_km: 12.3 } };
    const raw = ingest([A], []);
    const onTheMap = applyToDataset(raw[0]!.reports, raw[0]!.unresolved, prepareCorrections([measured], lookup));
    expect(onTheMap.reports.find((r) => r.properties.place_id === "news:guevo")?.properties.border_distance_km).toBe(12.3);
    const withBorder = prepareCorrections([measured], { ...lookup, borderDistanceKm: (lon) => (lon - 35) * 100 });
    const measuredAgain = applyToDataset(raw[0]!.reports, raw[0]!.unresolved, withBorder);
    expect(measuredAgain.reports.find((r) => r.properties.place_id === "news:guevo")?.properties.border_distance_km).toBe(20);
  });

  it("flips a role, keeping what the parser had said", () => {
    const [before] = ingest([C], []);
    const kursk = before!.reports.find((r) => r.properties.name === "Kursk")!;
    expect(kursk.properties.role).toBe("event");
    const flip: Correction = { ...meta, id: "r1", action: "role", role: "mention", anchor: { source_id: "c", mention: "Kursk", sentence: sentenceFingerprint("Drones struck Kursk overnight.") } };
    const [after] = ingest([C], [flip]);
    const flipped = after!.reports.find((r) => r.properties.name === "Kursk")!;
    expect(flipped.properties).toMatchObject({ role: "mention", review: "corrected", corrected_from: { role: "event" }, campaign: null });
  });

  it("rejects a name in one article, and a spelling everywhere", () => {
    const rejectHere: Correction = { ...meta, id: "x1", action: "reject", anchor: { source_id: "c", mention: "Sudzha", sentence: sentenceFingerprint("Officials in Sudzha said the town was calm.") } };
    const [c] = ingest([C], [rejectHere]);
    expect(c!.reports.map((r) => r.properties.name)).not.toContain("Sudzha");
    const everywhere: Correction = { ...meta, id: "x2", action: "reject_everywhere", name: "Sudzha" };
    const [b, c2] = ingest([B, C], [everywhere]);
    expect([...b!.reports, ...c2!.reports].map((r) => r.properties.name)).not.toContain("Sudzha");
  });

  it("moves a report to another gazetteer entry and recomputes its divisions", () => {
    const move: Correction = {
      ...meta, id: "m1", action: "move",
      anchor: { source_id: "c", mention: "Kursk", sentence: sentenceFingerprint("Drones struck Kursk overnight.") },
      target: { place_id: "adm1:RU.41", name: "Kursk Oblast", kind: "region", point: [36.08, 51.68] },
    };
    const [c] = ingest([C], [move]);
    const moved = c!.reports.find((r) => r.properties.place_id === "adm1:RU.41")!;
    expect(moved.properties).toMatchObject({ kind: "region", geo_precision: "region", review: "corrected", corrected_from: { place_id: "538560" } });
  });

  it("dates a report, and confirms another", () => {
    const sentence = sentenceFingerprint("Drones struck Kursk overnight.");
    const date: Correction = { ...meta, id: "d1", action: "date", anchor: { source_id: "c", mention: "Kursk", sentence }, date_start: "2024-08-08", date_end: "2024-08-09", time_precision: "day" };
    const confirm: Correction = { ...meta, id: "k1", action: "confirm", note: "checked against the governor's post", anchor: { source_id: "c", mention: "Sudzha", sentence: sentenceFingerprint("Officials in Sudzha said the town was calm.") } };
    const [c] = ingest([C], [date, confirm]);
    const byName = new Map(c!.reports.map((r) => [r.properties.name, r.properties]));
    expect(byName.get("Kursk")).toMatchObject({ date_start: "2024-08-08", date_end: "2024-08-09", review: "corrected" });
    expect(byName.get("Sudzha")).toMatchObject({ review: "confirmed", review_notes: ["checked against the governor's post"] });
  });

  it("finds nothing for a decision about a sentence that no longer names the place", () => {
    const stale: Correction = { ...meta, id: "s1", action: "role", role: "mention", anchor: { source_id: "c", mention: "Belgorod", sentence: "00000000" } };
    const [c] = ingest([C], [stale]);
    expect(c!.matched.has("s1")).toBe(false);
  });
});
