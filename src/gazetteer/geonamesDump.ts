import { gazetteerEntrySchema, type GazetteerEntry } from "./types";
import { schemaIssue } from "../contract/schemaProblem";

/**
 * Parser for GeoNames' own country dumps (RU.txt, UA.txt from
 * download.geonames.org/export/dump): the 19-column tab-separated `geoname`
 * table. Pure: it sees lines, the file reader lives in src/cli/loadGazetteer.ts.
 *
 * Kept: feature class P (settlements) and class A rows that are ADM1 (region),
 * ADM2 (district) or PCLI (country). Everything else (hydrography, ADM3,
 * roads...) is skipped without complaint.
 */
const GEONAMES_COLUMN_COUNT = 19;

const COUNTRY_CODES = new Set(["PCLI"]);

export type DumpLineResult =
  | { kind: "entry"; entry: GazetteerEntry }
  | { kind: "skipped" }
  | { kind: "error"; message: string };

/** Admin code ("RU.41", "RU.41.486813") to name, from the default gazetteer. */
export type AdminNames = Readonly<Record<string, string>>;

const DECIMAL = /^-?\d{1,3}(?:\.\d+)?$/;

function columnCount(line: string): number {
  return line.split("\t").length;
}

/**
 * Whether the opening lines look like a GeoNames dump at all. A file where most
 * of the first lines do not have 19 columns is some other file, and is rejected
 * whole rather than reported line by line.
 */
function looksLikeGeoNamesDump(firstLines: string[]): boolean {
  const sample = firstLines.filter((line) => line.trim() !== "").slice(0, 5);
  if (sample.length === 0) return false;
  const good = sample.filter((line) => columnCount(line) === GEONAMES_COLUMN_COUNT).length;
  return good * 2 > sample.length;
}

/** Throws, naming `where`, when the opening lines are not those of a GeoNames dump. */
export function assertGeoNamesDump(where: string, opening: string[]): void {
  if (looksLikeGeoNamesDump(opening)) return;
  const columns = opening.find((line) => line.trim() !== "")?.split("\t").length ?? 0;
  throw new Error(
    `${where}: not a GeoNames dump: expected ${GEONAMES_COLUMN_COUNT} tab-separated columns (the geoname table of download.geonames.org/export/dump), got ${columns} on the first line`,
  );
}

export function parseDumpLine(line: string, adminNames: AdminNames): DumpLineResult {
  if (line.trim() === "") return { kind: "skipped" };
  const columns = line.split("\t");
  if (columns.length !== GEONAMES_COLUMN_COUNT) {
    return { kind: "error", message: `expected ${GEONAMES_COLUMN_COUNT} tab-separated columns, got ${columns.length}` };
  }
  const [id, name, asciiName, alternateNames, latText, lonText, featureClass, featureCode, country, , admin1Code, admin2Code] =
    columns as [string, string, string, string, string, string, string, string, string, string, string, string];
  const populationText = columns[14] ?? "";
  const kind = kindOf(featureClass, featureCode);
  if (kind === null) return { kind: "skipped" };
  if (!/^\d+$/.test(id)) return { kind: "error", message: `geonameid must be digits, got "${id}"` };
  if (name.trim() === "") return { kind: "error", message: "name is empty" };
  // Decimal degrees as GeoNames writes them: Number() alone would read "0x20" as 32 and "" as 0.
  const lat = DECIMAL.test(latText) ? Number(latText) : NaN;
  const lon = DECIMAL.test(lonText) ? Number(lonText) : NaN;
  if (!Number.isFinite(lat) || Math.abs(lat) > 90) {
    return { kind: "error", message: `latitude must be a number in [-90, 90], got "${latText}"` };
  }
  if (!Number.isFinite(lon) || Math.abs(lon) > 180) {
    return { kind: "error", message: `longitude must be a number in [-180, 180], got "${lonText}"` };
  }
  if (!/^[A-Z]{2}$/.test(country)) return { kind: "error", message: `country code must be two capital letters, got "${country}"` };
  if (!/^\d*$/.test(populationText)) return { kind: "error", message: `population must be a whole number, got "${populationText}"` };

  const admin1Key = `${country}.${admin1Code}`;
  const admin2Key = `${admin1Key}.${admin2Code}`;
  const admin1 = kind === "country" ? null : (adminNames[admin1Key] ?? null);
  const admin2 = kind === "country" || kind === "region" || !admin2Code ? null : (adminNames[admin2Key] ?? null);
  // Admin units take the default gazetteer's name and id, so a dump row refines the built entry instead of duplicating it.
  const tableName = kind === "region" ? admin1 : kind === "district" ? admin2 : null;
  const canonical = tableName ?? name;
  const entry: GazetteerEntry = {
    id: entryId(kind, id, country, admin1Key, admin2Code),
    name: canonical,
    altNames: alternateSpellings(canonical, [name, asciiName, ...alternateNames.split(",")]),
    lat,
    lon,
    country,
    admin1: kind === "region" ? canonical : admin1,
    admin2: kind === "district" ? canonical : admin2,
    kind,
    featureCode,
    population: populationText === "" ? 0 : Number(populationText),
  };
  const checked = gazetteerEntrySchema.safeParse(entry);
  if (!checked.success) {
    return { kind: "error", message: schemaIssue(checked.error, entry) };
  }
  return { kind: "entry", entry: checked.data };
}

function kindOf(featureClass: string, featureCode: string): GazetteerEntry["kind"] | null {
  if (featureClass === "P") return "settlement";
  if (featureClass !== "A") return null;
  if (featureCode === "ADM1") return "region";
  if (featureCode === "ADM2") return "district";
  if (COUNTRY_CODES.has(featureCode)) return "country";
  return null;
}

function entryId(kind: GazetteerEntry["kind"], id: string, country: string, admin1Key: string, admin2Code: string): string {
  if (kind === "region") return `adm1:${admin1Key}`;
  if (kind === "country") return `country:${country}`;
  if (kind === "district" && admin2Code && !/^\d{5,}$/.test(admin2Code)) return `adm2:${admin1Key}.${admin2Code}`;
  return id;
}

/**
 * GeoNames' alternatenames mix spellings with links, postal and airport codes.
 * Kept: anything with a lowercase letter or a non-Latin script (Cyrillic
 * names are mostly capitalised words); dropped: URLs, all-caps codes, numbers.
 */
function alternateSpellings(canonical: string, candidates: string[]): string[] {
  const seen = new Set([canonical]);
  const kept: string[] = [];
  for (const raw of candidates) {
    const name = raw.trim();
    if (name === "" || seen.has(name)) continue;
    if (/^https?:|www\.|\.(org|com|ru|ua)\b/i.test(name)) continue;
    if (!/\p{L}/u.test(name)) continue;
    if (/^[A-Z0-9-]+$/.test(name)) continue;
    seen.add(name);
    kept.push(name);
  }
  return kept;
}
