import type { MultiPolygon, Polygon } from "geojson";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { representativePoint } from "./polygonPoint";
import { THEATRE_COUNTRIES, type AdminNameTables, type SettlementRecord } from "./settlements";

/** The properties of a Natural Earth 10m admin-1 feature that the build reads. */
interface NaturalEarthAdmin1Properties {
  gn_a1_code?: string | null;
  iso_3166_2?: string | null;
  iso_a2?: string | null;
  name?: string | null;
  name_en?: string | null;
  name_alt?: string | null;
  /** Natural Earth's label point for the region. */
  latitude?: number | null;
  longitude?: number | null;
  name_ru?: string | null;
  name_uk?: string | null;
  gn_name?: string | null;
}

export interface NaturalEarthAdmin1Feature {
  properties: NaturalEarthAdmin1Properties;
  geometry: Polygon | MultiPolygon | null;
}

export interface RegionBuild {
  regions: GazetteerEntry[];
  /** Admin1 codes of RU/UA/BY with no Natural Earth polygon: the build fails on these. */
  unmatchedTheatre: string[];
  /** Elsewhere, regions placed at the mean of their settlements instead. */
  placedBySettlements: number;
  skipped: number;
}

/**
 * One `region` entry per admin1 code of the extract, placed inside its Natural
 * Earth polygon (matched by the GeoNames admin1 code Natural Earth carries).
 * Alternate names come from Natural Earth's own name fields, except names that
 * a settlement of the same country bears: "Kursk" stays the city.
 */
export function buildRegions(
  admin: AdminNameTables,
  naturalEarth: NaturalEarthAdmin1Feature[],
  settlements: SettlementRecord[],
): RegionBuild {
  const polygonsByCode = new Map<string, NaturalEarthAdmin1Feature>();
  for (const feature of naturalEarth) {
    const code = feature.properties.gn_a1_code;
    if (code && feature.geometry && !polygonsByCode.has(code)) polygonsByCode.set(code, feature);
  }
  const settlementNames = new Set(settlements.map((s) => `${s.entry.country}|${s.entry.name.toLowerCase()}`));
  const settlementsByAdmin1 = groupBy(settlements, (s) => s.admin1Code);
  const result: RegionBuild = { regions: [], unmatchedTheatre: [], placedBySettlements: 0, skipped: 0 };
  for (const [code, name] of admin.admin1) {
    const country = code.slice(0, 2);
    const feature = polygonsByCode.get(code);
    let point: { lon: number; lat: number } | null = feature?.geometry
      ? representativePoint(feature.geometry, naturalEarthLabelPoint(feature.properties))
      : null;
    if (!point) {
      if (THEATRE_COUNTRIES.has(country)) {
        result.unmatchedTheatre.push(`${code} ${name}`);
        continue;
      }
      point = meanPoint(settlementsByAdmin1.get(code) ?? []);
      if (!point) {
        result.skipped++;
        continue;
      }
      result.placedBySettlements++;
    }
    const altNames = feature ? naturalEarthNames(feature.properties) : [];
    result.regions.push({
      id: `adm1:${code}`,
      name,
      altNames: altNames.filter(
        (alt) => alt !== name && !settlementNames.has(`${country}|${alt.toLowerCase()}`),
      ),
      lat: point.lat,
      lon: point.lon,
      country,
      admin1: name,
      admin2: null,
      kind: "region",
      featureCode: "ADM1",
      population: 0,
    });
  }
  return result;
}

function naturalEarthLabelPoint(p: NaturalEarthAdmin1Properties): { lon: number; lat: number } | undefined {
  return typeof p.latitude === "number" && typeof p.longitude === "number" ? { lat: p.latitude, lon: p.longitude } : undefined;
}

function naturalEarthNames(p: NaturalEarthAdmin1Properties): string[] {
  const names = [p.name, p.name_en, p.gn_name, p.name_ru, p.name_uk, ...(p.name_alt ?? "").split("|")]
    .map((n) => (n ?? "").trim())
    .filter((n) => n.length > 1);
  return [...new Set(names)];
}

function meanPoint(records: SettlementRecord[]): { lon: number; lat: number } | null {
  if (records.length === 0) return null;
  const lat = records.reduce((sum, r) => sum + r.entry.lat, 0) / records.length;
  const lon = records.reduce((sum, r) => sum + r.entry.lon, 0) / records.length;
  return { lat, lon };
}

export function groupBy<T>(items: T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
