import { describe, expect, it } from "vitest";
import type { Campaign } from "../../src/contract/campaign";
import { geoparseArticle, type Article } from "../../src/pipeline/geoparse";
import { buildNameIndex } from "../../src/pipeline/nameIndex";
import { miniGazetteer } from "../fixtures/miniGazetteer";

const campaigns: Campaign[] = [
  { id: "kursk-2024", name: "Kursk offensive", start: "2024-08-06", end: "2025-03-31", colour: "#d7301f", source: "test", regions: ["Kursk Oblast"] },
];
const context = { index: buildNameIndex(miniGazetteer), borderDistanceKm: null, campaigns, focusCountries: ["RU", "UA"] };
const article = (text: string, published: string | null = "2024-08-07"): Article => ({
  id: "a", path: "a.md", text, title: null, outlet: null, url: null, published, language: "en",
});
const parse = (text: string, published?: string | null) => geoparseArticle(article(text, published), context);
const report = (text: string, name: string, published?: string | null) =>
  parse(text, published).reports.find((r) => r.properties.name === name)?.properties;

describe("geoparsing an article", () => {
  it("resolves Tiotkino to Tëtkino in Kursk oblast", () => {
    expect(report("Fighters captured the border village of Tiotkino on Tuesday.", "Tëtkino")?.admin1).toBe("Kursk Oblast");
  });
  it("reads Kursk alone as the city", () => {
    expect(report("Drones struck Kursk overnight.", "Kursk")?.kind).toBe("settlement");
  });
  it("reads Kursk as the region once the text speaks of the Kursk region", () => {
    const reports = parse("Troops crossed into the Kursk region. Fighting in Kursk continued.").reports;
    expect(reports.map((r) => r.properties.name)).toEqual(["Kursk Oblast"]);
    expect(reports[0]!.properties.quotes).toHaveLength(2);
  });
  it("picks the Lyman in the Donetsk region the article names", () => {
    expect(report("Clashes were reported near Lyman in the Donetsk region.", "Lyman")?.admin1).toBe("Donetsk Oblast");
  });
  it("picks Vovchansk in Kharkiv oblast for Volchansk in a Kharkiv story", () => {
    const r = parse("Russian troops shelled Volchansk, 40 km from Kharkiv.").reports.find((x) => x.properties.mention === "Volchansk");
    expect(r?.properties.name).toBe("Vovchansk");
  });
  it("never matches ordinary words such as May or a lone Gora", () => {
    const names = parse("In May the Gora said troops would advance.").reports.map((r) => r.properties.name);
    expect(names).toEqual([]);
  });
  it("does not read a person's first name as a place", () => {
    expect(parse("President Vladimir Putin met Alexei Smirnov in Moscow.").reports.map((r) => r.properties.name)).toEqual(["Moscow"]);
  });
  it("marks a place where fighting happened as an event and a distance reference as a mention", () => {
    const reports = parse("Fighting raged in Sudzha, about 500km from Moscow, on Wednesday.").reports;
    const role = (name: string) => reports.find((r) => r.properties.name === name)?.properties.role;
    expect(role("Sudzha")).toBe("event");
    expect(role("Moscow")).toBe("mention");
  });
  it("treats a capital speaking for its government as a mention", () => {
    expect(report("Kyiv has so far remained silent; Moscow accused the West of escalation.", "Moscow")?.role).toBe("mention");
  });
  it("makes a region an event place when an event place lies inside it", () => {
    const r = report("Ukrainian troops captured Sudzha. The governor of Kursk Oblast said residents should stay calm.", "Kursk Oblast");
    expect(r?.role).toBe("event");
  });
  it("dates an event on Tuesday to the Tuesday before publication", () => {
    const r = report("Troops entered Sudzha on Tuesday.", "Sudzha", "2024-08-07");
    expect([r?.date_start, r?.time_precision, r?.date_source]).toEqual(["2024-08-06", "day", "text"]);
  });
  it("uses the publication date, and says so, when the text gives no date", () => {
    const r = report("Troops entered Sudzha.", "Sudzha", "2024-08-07");
    expect([r?.date_start, r?.date_source]).toEqual(["2024-08-07", "published"]);
  });
  it("takes no event date from a hypothetical sentence", () => {
    const text = "Troops entered Sudzha, officials said. Two weeks ago few would have predicted an attack on the region.";
    const r = report(text, "Sudzha", "2024-08-14");
    expect([r?.date_start, r?.date_source]).toEqual(["2024-08-14", "published"]);
  });
  it("warns and leaves dates unknown without a publication date", () => {
    const result = parse("Troops entered Sudzha.", null);
    expect(result.warnings[0]).toMatch(/no publication date/);
    expect(result.reports[0]!.properties.time_precision).toBe("unknown");
  });
  it("assigns the campaign whose window and region hold the event", () => {
    expect(report("Troops entered Sudzha on Tuesday.", "Sudzha")?.campaign).toBe("kursk-2024");
    expect(report("Troops entered Lyman in the Donetsk region on Tuesday.", "Lyman")?.campaign).toBeNull();
  });
  it("quotes the sentence with the mention's offsets", () => {
    const r = report("Heavy fighting. Troops entered the Sudzha district on Tuesday.", "Sudzhanskiy Rayon");
    const q = r!.quotes[0]!;
    expect(q.text.slice(q.start, q.end)).toBe("Sudzha district");
    expect(r!.mention).toBe("Sudzha district");
  });
  it("lists a named village the gazetteer lacks as unresolved", () => {
    const result = parse("Fighters entered the village of Zhuravlyovka on Tuesday.");
    expect(result.unresolved.map((u) => u.mention)).toEqual(["Zhuravlyovka"]);
  });
  it("rejects a distant fuzzy hit rather than guessing", () => {
    expect(parse("Shelling hit Kozinkq near Donetsk.").reports.map((r) => r.properties.name)).not.toContain("Kozinka");
  });
  it("repairs a village's spelling only close to the article's other places", () => {
    const far = parse("Fighting raged around Sudzha and near the villages of Martynovka and Tiotkino in the Kursk region.");
    expect(far.reports.map((r) => r.properties.name)).not.toContain("Martynivka");
    expect(far.unresolved.map((u) => u.mention)).toEqual(["Martynovka"]);
    expect(report("Shelling hit the village of Kozinaka in the Belgorod region.", "Kozinka")?.mention).toBe("Kozinaka");
  });
});

describe("names inside organisations and headlines", () => {
  it("skips a place name inside a unit's name", () => {
    expect(parse("The Free Russia Legion said fighting continued.").reports).toEqual([]);
  });
  it("keeps a place in a title-case headline that contains an organisation noun", () => {
    expect(parse("Ukrainian Forces Advance Near Sudzha").reports.map((r) => r.properties.name)).toEqual(["Sudzha"]);
  });
});

describe("ships named after places", () => {
  it("reads no place in a ship's name", () => {
    expect(parse("The sinking of the cruiser Kursk in 2022 was an attack on Russian pride.").reports).toEqual([]);
    expect(parse("The Kursk submarine disaster of 2000 killed 118 sailors.").reports).toEqual([]);
    expect(report("Drones attacked Kursk on Tuesday.", "Kursk")?.role).toBe("event");
  });
});

describe("city or region for a bare name", () => {
  it("keeps a reference point a city even when the article names the region", () => {
    const reports = parse("Shelling hit the Kursk region on Tuesday. Sudzha lies 80 km south-west of Kursk.").reports;
    expect(reports.map((r) => r.properties.name).sort()).toEqual(["Kursk", "Kursk Oblast", "Sudzha"]);
  });
  it("keeps a reference point a city after a word such as 'border' or 'villages'", () => {
    const reports = parse("Troops reached the border in the Kharkiv region. They stood at the border north of Kharkiv.").reports;
    expect(reports.map((r) => r.properties.name).sort()).toEqual(["Kharkiv", "Kharkiv Oblast"]);
    const region = parse("Shelling hit the Kharkiv region. Fighting went on in the north of Kharkiv.").reports;
    expect(region.map((r) => r.properties.name)).toEqual(["Kharkiv Oblast"]);
  });
  it("reads a governor's place as the region", () => {
    expect(parse("Drones were shot down overnight, acting Kursk governor Alexei Smirnov said.").reports.map((r) => r.properties.name)).toEqual(["Kursk Oblast"]);
    expect(parse("Drones were shot down overnight, the governor of Kursk said.").reports.map((r) => r.properties.name)).toEqual(["Kursk Oblast"]);
    expect(parse("Drones were shot down overnight, the Kursk mayor said.").reports.map((r) => r.properties.name)).toEqual(["Kursk"]);
  });
  it("reads the occupied part of a region as the region, named for its governor", () => {
    const r = parse("A drone hit a car in the town, said the governor of the occupied part of Zaporizhzhia.").reports;
    expect(r.map((x) => [x.properties.name, x.properties.role])).toEqual([["Zaporizhzhia Oblast", "mention"]]);
  });
  it("lists no speaker as an unknown place", () => {
    expect(parse("Ukrainian forces now control 74 settlements in Russia's Kursk Oblast, Zelensky says.").unresolved).toEqual([]);
  });
  it("keeps an explicit 'city' after a place it follows", () => {
    const reports = parse("Drones struck Sudzha and a school in Kursk city was damaged.").reports;
    expect(reports.find((r) => r.properties.mention === "Kursk city")?.properties.name).toBe("Kursk");
  });
});

describe("names opened by an adjective", () => {
  it("reports Malaya Kozinka as unresolved rather than as Kozinka", () => {
    const result = parse("Troops repelled attacks near the village of Malaya Kozinka on Tuesday.");
    expect(result.reports.map((r) => r.properties.name)).toEqual([]);
    expect(result.unresolved.map((u) => u.mention)).toEqual(["Malaya Kozinka"]);
  });
});

describe("spellings of one place", () => {
  it.each(["Tiotkino", "Tyotkino", "Tetkino", "Tëtkino", "Тёткино"])("resolves %s to Tëtkino", (spelling) => {
    expect(parse(`Fighters captured the border village of ${spelling} on Tuesday.`).reports.map((r) => r.properties.name)).toEqual(["Tëtkino"]);
  });
  it("reads a Cyrillic sentence", () => {
    expect(parse("Бои идут в селе Тёткино Курской области.").reports.map((r) => r.properties.name)).toContain("Tëtkino");
  });
});

describe("namesakes", () => {
  it("prefers the place spelled exactly as written, in the country the sentence names", () => {
    const text = "Troops entered Sudzha in the Kursk region. In Ukraine, Russian troops kept up their push towards Pokrovsk.";
    expect(parse(text).reports.find((r) => r.properties.mention === "Pokrovsk")?.properties.name).toBe("Pokrovsk");
  });
  it("reads an abbreviated Saint as the city of that name, not a namesake abroad", () => {
    const r = parse("The strike came days after an attack on a fuel terminal near St Petersburg.").reports.find((x) => x.properties.mention === "St Petersburg");
    expect(r?.properties.country).toBe("RU");
  });
  it("rejects a small namesake across the country rather than guessing", () => {
    const result = parse("Troops clashed near Kozinka and Gorkovsky in the Belgorod region on Tuesday.");
    expect(result.reports.map((r) => r.properties.name)).not.toContain("Gor’kovskoye");
    expect(result.unresolved.map((u) => u.mention)).toEqual(["Gorkovsky"]);
  });
  it("rejects a district of the same name across the country rather than guessing", () => {
    const result = parse("Troops entered Sudzha in the Kursk region. Residents of the Belovsky district were evacuated.");
    expect(result.reports.map((r) => r.properties.name)).not.toContain("Belovskiy Rayon");
    expect(result.unresolved.map((u) => u.mention)).toEqual(["Belovsky district"]);
  });
  it("lists a village whose name only opens like a known place for the editor, rather than dropping it", () => {
    const result = parse("Ukrainian forces liberated the villages of Lyman Pershyi and Kozinka.");
    expect(result.reports.map((r) => r.properties.name)).toEqual(["Kozinka"]);
    expect(result.unresolved.map((u) => u.mention)).toEqual(["Lyman Pershyi"]);
    expect(parse("The war in Vladimir Putin's Russia went on.").unresolved).toEqual([]);
  });
  it("lists unknown names after 'the villages of' for the editor", () => {
    expect(parse("Attacks were repelled near the villages of Kremyanoye and Kozinka.").unresolved.map((u) => u.mention)).toEqual(["Kremyanoye"]);
  });
  it("treats a wire story's dateline as where it was filed, not where events happened", () => {
    const wire = "KHARKIV, Ukraine, Aug 7 (Example) - Ukrainian troops recaptured Vovchansk, officials said.";
    expect(report(wire, "Kharkiv")?.role).toBe("mention");
    expect(report(wire, "Vovchansk")?.role).toBe("event");
    expect(report("KHARKIV (Example) — Drones struck Vovchansk overnight.", "Kharkiv")?.role).toBe("mention");
    expect(report("Kharkiv, a city of 1.4 million, was struck by drones overnight.", "Kharkiv")?.role).toBe("event");
  });
  it("treats a leader speaking in the capital as a mention", () => {
    expect(report("In Moscow, Vladimir Putin called the raids a provocation.", "Moscow")?.role).toBe("mention");
  });
});

describe("more reporting patterns", () => {
  it("reads 'the Kozinka area' as the area around the village", () => {
    expect(report("Residents were evacuated from the Kozinka area on Tuesday after shelling.", "Kozinka")?.mention).toBe("Kozinka area");
  });
  it("takes names listed after 'villages, including' as places", () => {
    const result = parse("Russia claimed to have captured five villages, including Kozinka and Zhuravlyovka.");
    expect(result.reports.map((r) => r.properties.name)).toContain("Kozinka");
    expect(result.unresolved.map((u) => u.mention)).toEqual(["Zhuravlyovka"]);
  });
  it("treats a place an assault was aimed at protecting as a mention", () => {
    expect(report("Troops entered Sudzha. The assault appeared aimed at creating a buffer zone to protect Kursk.", "Kursk")?.role).toBe("mention");
  });
});
