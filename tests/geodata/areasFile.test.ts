import * as turf from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { readFileSync, statSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { AREAS_OUTPUT } from "../../scripts/geodata/areasStep";
import { loadDefaultGazetteer } from "../../src/cli/loadGazetteer";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import type { AreaProperties } from "../../src/map/areaFile";
import { areaPlaceIds } from "../../src/map/areaCheck";

// Runs after `npm run build:data`, against the built public/basemap/areas.json.
const path = new URL(`../../${AREAS_OUTPUT}`, import.meta.url);
let areas: Feature<Polygon | MultiPolygon, AreaProperties>[];
let gazetteer: GazetteerEntry[];
beforeAll(() => {
  areas = JSON.parse(readFileSync(path, "utf8")).features;
  gazetteer = loadDefaultGazetteer();
});
const areaOf = (placeId: string) => areas.find((a) => a.properties.place_id === placeId)!;
const contains = (area: Feature<Polygon | MultiPolygon>, e: { lon: number; lat: number }) => turf.booleanPointInPolygon([e.lon, e.lat], area);

describe("the areas file", () => {
  it("has one area for every oblast and district of Russia, Ukraine and Belarus in the gazetteer, and stays under 1.5 MB", () => {
    const expected = gazetteer.filter((e) => ["region", "district"].includes(e.kind) && ["RU", "UA", "BY"].includes(e.country)).map((e) => e.id);
    const ids = areaPlaceIds(JSON.parse(readFileSync(path, "utf8")), AREAS_OUTPUT);
    expect(ids.size).toBe(areas.length);
    expect([...ids].sort()).toEqual([...new Set(expected)].sort());
    expect(statSync(path).size).toBeLessThan(1.5e6);
  });

  it("draws Sudzhanskiy Rayon round Sudzha, inside Kursk Oblast", () => {
    const sudzhanskiy = areaOf("486813");
    const [sudzha] = gazetteer.filter((e) => e.name === "Sudzha" && e.kind === "settlement");
    expect(sudzhanskiy.properties).toMatchObject({ kind: "district" });
    expect(contains(sudzhanskiy, sudzha!)).toBe(true);
    const outsideKursk = turf.difference(turf.featureCollection([sudzhanskiy, areaOf("adm1:RU.41")]));
    expect(outsideKursk ? turf.area(outsideKursk) : 0).toBeLessThan(1e6);
  });

  it("holds every district's point inside the district's area, where the point is inside its oblast", () => {
    const regionByName = new Map(gazetteer.filter((e) => e.kind === "region").map((e) => [`${e.country}|${e.admin1}`, e.id]));
    const districts = gazetteer.filter((e) => e.kind === "district");
    const outside = districts.filter((d) => {
      const oblast = regionByName.get(`${d.country}|${d.admin1}`);
      return (!oblast || contains(areaOf(oblast), d)) && !contains(areaOf(d.id), d);
    });
    expect(outside.map((d) => d.name)).toEqual([]);
  });
});
