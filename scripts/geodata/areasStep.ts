import type { Feature, MultiPolygon, Polygon } from "geojson";
import { decodeGazetteer } from "../../src/gazetteer/compactFile";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { AREA_FILE, type AreaProperties } from "../../src/map/areaFile";
import { districtArea, regionArea } from "./areas";
import { THEATRE_BBOX } from "./basemapStep";
import { formatBytes, writeFileAtomic, type BuildStep } from "./buildStep";
import { GAZETTEER_OUTPUT } from "./gazetteerStep";
import type { NaturalEarthAdmin1Feature } from "./regions";
import { THEATRE_COUNTRIES } from "./settlements";
import { readJson, sourceFiles } from "./sources";

export const AREAS_OUTPUT = `public/basemap/${AREA_FILE}`;
/** 1e-3° is about 100 m: finer than a region or district outline needs at any zoom the map opens. */
const round = (value: number): number => Math.round(value * 1e3) / 1e3;

/**
 * public/basemap/areas.json: the shape of every oblast and district of the theatre's
 * gazetteer (see areas.ts), keyed by its gazetteer id, for the map to draw region and
 * district reports as areas.
 */
export const areasStep: BuildStep = {
  name: "areas",
  outputs: [AREAS_OUTPUT],
  inputs: [
    sourceFiles.naturalEarthAdmin1,
    GAZETTEER_OUTPUT,
    "scripts/geodata/areasStep.ts",
    "scripts/geodata/areas.ts",
    "src/map/areaFile.ts",
  ],
  run: () => {
    const { entries } = decodeGazetteer(readJson(GAZETTEER_OUTPUT), GAZETTEER_OUTPUT);
    const theatre = entries.filter((e) => THEATRE_COUNTRIES.has(e.country));
    const regions = regionAreas(theatre);
    const districts = districtAreas(theatre, regions);
    const features = [...regions.values(), ...districts];
    const text = JSON.stringify({ type: "FeatureCollection", features }, (_key, value: unknown) =>
      typeof value === "number" ? round(value) : value);
    const bytes = writeFileAtomic(AREAS_OUTPUT, text);
    const hulls = districts.filter((f) => f.properties.shape === "hull").length;
    return `${regions.size} regions, ${districts.length} districts (${hulls} hulls of settlements, ${districts.length - hulls} circles), ${formatBytes(bytes)}`;
  },
};

type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

/** Region areas by "country|admin1 name", the key a district finds its oblast by. */
function regionAreas(theatre: GazetteerEntry[]): Map<string, AreaFeature> {
  const byCode = new Map<string, NaturalEarthAdmin1Feature>();
  for (const feature of (readJson(sourceFiles.naturalEarthAdmin1) as { features: NaturalEarthAdmin1Feature[] }).features) {
    const code = feature.properties.gn_a1_code;
    if (code && feature.geometry && !byCode.has(code)) byCode.set(code, feature);
  }
  const areas = new Map<string, AreaFeature>();
  for (const region of theatre) {
    if (region.kind !== "region" || !region.id.startsWith("adm1:")) continue;
    const geometry = byCode.get(region.id.slice("adm1:".length))?.geometry;
    // The gazetteer step fails on a theatre oblast without a polygon, so this is never hit.
    if (!geometry) throw new Error(`${GAZETTEER_OUTPUT}: ${region.id} ${region.name} has no Natural Earth polygon`);
    areas.set(`${region.country}|${region.admin1}`, {
      type: "Feature",
      geometry: regionArea(geometry, THEATRE_BBOX),
      properties: { place_id: region.id, name: region.name, kind: "region", shape: "polygon" },
    });
  }
  return areas;
}

function districtAreas(theatre: GazetteerEntry[], regions: Map<string, AreaFeature>): AreaFeature[] {
  const settlementsOf = new Map<string, GazetteerEntry[]>();
  for (const e of theatre) {
    if (e.kind !== "settlement" || e.admin2 === null) continue;
    const key = `${e.country}|${e.admin1}|${e.admin2}`;
    settlementsOf.set(key, [...(settlementsOf.get(key) ?? []), e]);
  }
  return theatre
    .filter((e) => e.kind === "district")
    .map((district) => {
      const own = settlementsOf.get(`${district.country}|${district.admin1}|${district.name}`) ?? [];
      const oblast = regions.get(`${district.country}|${district.admin1}`)?.geometry ?? null;
      const { geometry, shape } = districtArea(district, own, oblast);
      return { type: "Feature", geometry, properties: { place_id: district.id, name: district.name, kind: "district", shape } };
    });
}
