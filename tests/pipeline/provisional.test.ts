import { describe, expect, it } from "vitest";
import type { Campaign } from "../../src/contract/campaign";
import { placeReportFeature } from "../../src/contract/placeReport";
import { geoparseArticle, type Article } from "../../src/pipeline/geoparse";
import { buildNameIndex } from "../../src/pipeline/nameIndex";
import { provisionalSlug } from "../../src/pipeline/provisional";
import { miniGazetteer } from "../fixtures/miniGazetteer";

const campaigns: Campaign[] = [
  { id: "kursk-2024", name: "Kursk offensive", start: "2024-08-06", end: "2025-03-31", colour: "#d7301f", source: "test", regions: ["Kursk Oblast"] },
  { id: "belgorod-2024", name: "Belgorod", start: "2024-08-06", end: "2025-03-31", colour: "#333333", source: "test", regions: ["Belgorod Oblast"] },
];
const context = { index: buildNameIndex(miniGazetteer), borderDistanceKm: () => 12.34, campaigns, focusCountries: ["RU", "UA"] };
const article = (text: string, id = "a"): Article => ({
  id, path: `${id}.md`, text, title: null, outlet: null, url: null, published: "2024-08-14", language: "en",
});
const parse = (text: string, id?: string) => geoparseArticle(article(text, id), context);
const entry = (name: string) => miniGazetteer.find((e) => e.name === name)!;
/** The provisional report of a village, and the resolved place it was drawn at. */
const provisional = (text: string, village: string) => {
  const result = parse(text);
  const report = result.reports.find((r) => r.properties.name === village && r.properties.place_id.startsWith("near:"));
  return { result, report, p: report?.properties };
};

describe("a village the gazetteer lacks, placed in the unit the text names", () => {
  it.each([
    // Wire style, the unit after the name.
    ["Ukrainian troops entered the village of Kremyanoye in the Glushkovo district on Monday, the regional governor said.", "Kremyanoye", "Glushkovskiy Rayon", "district"],
    // Analysts' style: an apposition with the region as the district's owner.
    ["Geolocated footage published on August 12 shows Ukrainian forces advancing in Kremyanoye, a village in Kursk region's Sudzha district.", "Kremyanoye", "Sudzhanskiy Rayon", "district"],
    // Russian independent media: the region in brackets.
    ["Drones struck Glotovo (Belgorod region) overnight, damaging two houses, the governor reported.", "Glotovo", "Belgorod Oblast", "region"],
    // Kyiv style: the region after a comma.
    ["Explosions were reported in Glotovo, Belgorod region, on Monday night.", "Glotovo", "Belgorod Oblast", "region"],
    // The unit before the name.
    ["Shelling damaged houses in the Sudzha district village of Kremyanoye on Tuesday.", "Kremyanoye", "Sudzhanskiy Rayon", "district"],
    // Broadcaster style, no apposition.
    ["Two civilians were wounded when a drone hit a car near Glotovo in the Belgorod region, officials said.", "Glotovo", "Belgorod Oblast", "region"],
  ])("%s", (text, village, at, precision) => {
    const { result, p, report } = provisional(text, village);
    const container = entry(at);
    expect(p).toMatchObject({
      name: village, mention: village, kind: "settlement", geo_precision: precision, container_name: at,
      place_id: `near:${container.id}:${provisionalSlug(village)}`,
      country: container.country, admin1: container.admin1, admin2: container.admin2,
    });
    expect(report!.geometry.coordinates).toEqual([container.lon, container.lat]);
    expect(placeReportFeature.safeParse(report).success).toBe(true);
    expect(result.unresolved.find((u) => u.mention === village)?.provisional_place_id).toBe(p!.place_id);
  });
});

describe("a village the gazetteer lacks, placed next to a settlement the text names", () => {
  it.each([
    ["Russian forces retook Kremyanoye, near Sudzha, on Tuesday, the defence ministry said.", "Kremyanoye", "Sudzha"],
    ["A drone hit a shop in Murom, a village outside Shebekino, on Tuesday.", "Murom", "Shebekino"],
    ["Shells fell on Popovo-Lezhachi, 5 km from Tyotkino, overnight, the governor wrote on Telegram.", "Popovo-Lezhachi", "Tëtkino"],
  ])("%s", (text, village, neighbour) => {
    const { p, report } = provisional(text, village);
    const at = entry(neighbour);
    expect(p).toMatchObject({ name: village, geo_precision: "near", container_name: at.name, place_id: `near:${at.id}:${provisionalSlug(village)}`, admin1: at.admin1 });
    expect(report!.geometry.coordinates).toEqual([at.lon, at.lat]);
  });

  it("is placed no closer than the text says: a settlement 60 km off is no neighbour", () => {
    const result = parse("Shells fell on Popovo-Lezhachi, 60 km from Kursk, overnight.");
    expect(result.reports.map((r) => r.properties.place_id).filter((id) => id.startsWith("near:"))).toEqual([]);
    expect(result.unresolved.map((u) => [u.mention, u.provisional_place_id])).toEqual([["Popovo-Lezhachi", undefined]]);
  });
});

describe("a provisional report", () => {
  const text = "Ukrainian troops captured Kremyanoye, a village in the Sudzha district, on Monday. Fighting in Kremyanoye went on.";

  it("gets its role, dates and campaign like any report, with lower confidence than where it is drawn", () => {
    const { result, p } = provisional(text, "Kremyanoye");
    const district = result.reports.find((r) => r.properties.name === "Sudzhanskiy Rayon")!.properties;
    expect([p?.role, p?.date_start, p?.date_source, p?.campaign, p?.border_distance_km]).toEqual(["event", "2024-08-12", "text", "kursk-2024", 12.3]);
    expect(p!.confidence).toBeLessThan(district.confidence);
  });

  it("quotes every sentence naming the village, and keeps each in the unresolved list", () => {
    const { result, p } = provisional(text, "Kremyanoye");
    expect(p!.quotes.map((q) => q.text.slice(q.start, q.end))).toEqual(["Kremyanoye", "Kremyanoye"]);
    expect(result.unresolved.map((u) => u.provisional_place_id)).toEqual([p!.place_id, p!.place_id]);
  });

  it("keeps its id when another article names the village in the same unit", () => {
    const first = parse(text, "a").reports.find((r) => r.properties.name === "Kremyanoye")!.properties.place_id;
    const second = parse("Shelling damaged houses in the Sudzha district village of Kremyanoye.", "b").reports.find((r) => r.properties.name === "Kremyanoye")!.properties.place_id;
    expect(second).toBe(first);
  });

  it("makes the unit that holds it an event place", () => {
    const result = parse("Kremyanoye is a small village in the Sudzha district. Fighting in Kremyanoye went on.");
    expect(result.reports.find((r) => r.properties.name === "Sudzhanskiy Rayon")?.properties.role).toBe("event");
  });
});

describe("what is not placed provisionally", () => {
  it("a village the gazetteer knows stays exact, at its own point", () => {
    const result = parse("Troops entered Kozinka, a village in the Belgorod region, on Tuesday.");
    const kozinka = result.reports.find((r) => r.properties.name === "Kozinka")!;
    expect([kozinka.properties.place_id, kozinka.properties.geo_precision]).toEqual(["cj:RU:50.4613,35.6026", "exact"]);
    expect(result.reports.filter((r) => r.properties.place_id.startsWith("near:"))).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it.each([
    "Tatyana Kuzmina, a Belgorod resident, said shelling had hit her street on Tuesday.",
    "Tatyana Kuzmina, Belgorod region resident, said shelling had hit her street on Tuesday.",
    "Vyacheslav Gladkov, Belgorod region governor, said a drone had been shot down.",
  ])("a person described by where they live: %s", (text) => {
    const result = parse(text);
    expect(result.reports.filter((r) => r.properties.place_id.startsWith("near:"))).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it.each([
    "Shelling hit the Glushkovo district on Tuesday, the governor said.",
    "Several villages in the Sudzha district were evacuated on Tuesday.",
    "Drones struck the Belgorod region, near Shebekino, overnight.",
  ])("a sentence about a unit that names no village: %s", (text) => {
    const result = parse(text);
    expect(result.reports.filter((r) => r.properties.place_id.startsWith("near:"))).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it("an unknown village whose text says nowhere where it is: listed for the editor only", () => {
    const result = parse("Fighters entered the village of Zhuravlyovka on Tuesday.");
    expect(result.reports).toEqual([]);
    expect(result.unresolved.map((u) => [u.mention, u.provisional_place_id])).toEqual([["Zhuravlyovka", undefined]]);
  });
});

describe("the name's part of a provisional id", () => {
  it.each([["Kremyanoye", "kremyanoye"], ["Popovo-Lezhachi", "popovo-lezhachi"], ["Кремяное", "kremyanoe"], ["Zhuravlëvka", "zhuravlevka"], ["Mar’ino", "marino"]])(
    "is %s as %s", (name, slug) => expect(provisionalSlug(name)).toBe(slug));
});
