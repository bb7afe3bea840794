import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { decodeGazetteer } from "../../src/gazetteer/compactFile";
import { formatBytes, writeFileAtomic, type BuildStep } from "./buildStep";
import { BORDER_OUTPUT } from "./borderStep";
import { GAZETTEER_OUTPUT } from "./gazetteerStep";
import type { NaturalEarthAdmin1Feature } from "./regions";
import { readJson, sourceFiles } from "./sources";

/**
 * Offline basemap for the MapLibre map (public/basemap/), cut to what it draws:
 * - land.json: world land-110m (zoomed-out views) plus land-10m clipped to the
 *   theatre box, lon 20–50, lat 42–60 (the same fill, drawn over it);
 * - countries.json: country boundary lines (10m mesh) in the theatre box, with
 *   `ru_ua: true` on the recognised Russia–Ukraine land border (from
 *   data/build/border.json; Natural Earth's Crimean isthmus line is left out);
 * - admin1.json: RU/UA/BY oblast outlines (Natural Earth 10m, simplified ~1 km);
 * - admin1-labels.json: a label point with `name` per oblast (the gazetteer's point);
 * - places.json: settlement points in the theatre box from the gazetteer, with
 *   name, population and kind, for labels at closer zooms; the most populous
 *   MAX_PLACE_POINTS of them.
 */
export const THEATRE_BBOX: [number, number, number, number] = [20, 42, 50, 60];
const OUTPUTS = ["land", "countries", "admin1", "admin1-labels", "places"].map((name) => `public/basemap/${name}.json`);
/**
 * The default gazetteer puts 7,557 settlements in the box (1.3 MB). Full GeoNames dumps
 * (`npm run gazetteer -- fetch`) bring every hamlet, many times that: the map would
 * download them all before drawing. The ingest still finds every one; the labels keep
 * the largest.
 */
const MAX_PLACE_POINTS = 8_000;
const ADMIN1_COUNTRIES = new Set(["RU", "UA", "BY"]);
const round = (value: number): number => Math.round(value * 1e4) / 1e4;

type AnyTopology = Topology<{ [name: string]: GeometryCollection }>;

export const basemapStep: BuildStep = {
  name: "basemap",
  outputs: OUTPUTS,
  inputs: [
    sourceFiles.landTopo110m,
    sourceFiles.landTopo10m,
    sourceFiles.countriesTopo10m,
    sourceFiles.naturalEarthAdmin1,
    BORDER_OUTPUT,
    GAZETTEER_OUTPUT,
    "scripts/geodata/basemapStep.ts",
  ],
  run: () => {
    const sizes = [
      write("land", landFeatures()),
      write("countries", countryLines()),
      write("admin1", admin1Outlines()),
      write("admin1-labels", admin1Labels()),
      write("places", placePoints()),
    ];
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    return `${sizes.map(([name, bytes]) => `${name} ${formatBytes(bytes)}`).join(", ")}; total ${formatBytes(total)}`;
  },
};

function write(name: string, features: Feature[]): [string, number] {
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const text = JSON.stringify(collection, (_key, value: unknown) => (typeof value === "number" ? round(value) : value));
  return [name, writeFileAtomic(`public/basemap/${name}.json`, text)];
}

function landFeatures(): Feature[] {
  const world = readJson(sourceFiles.landTopo110m) as AnyTopology;
  const detailed = readJson(sourceFiles.landTopo10m) as AnyTopology;
  const coarse = feature(world, world.objects.land!) as unknown as FeatureCollection | Feature;
  const fine = feature(detailed, detailed.objects.land!) as unknown as FeatureCollection | Feature;
  const asList = (x: FeatureCollection | Feature): Feature[] => ("features" in x ? x.features : [x]);
  const clipped = asList(fine)
    .flatMap((f) => splitPolygons(f.geometry))
    .filter((poly) => bboxOverlaps(turf.bbox(poly), THEATRE_BBOX))
    .map((poly) => turf.bboxClip(poly, THEATRE_BBOX))
    .filter((f) => f.geometry.coordinates.length > 0);
  return [...asList(coarse).map((f) => ({ ...f, properties: { detail: "110m" } })), ...clipped.map((f) => ({ ...f, properties: { detail: "10m" } }))];
}

function countryLines(): Feature[] {
  const topology = readJson(sourceFiles.countriesTopo10m) as AnyTopology;
  const isRuUa = (a: string, b: string): boolean => (a === "Russia" && b === "Ukraine") || (a === "Ukraine" && b === "Russia");
  const nameOf = (g: { properties?: unknown }): string => (g.properties as { name: string }).name;
  // All shared boundaries except Russia–Ukraine, which comes from the recognised border below.
  const others = mesh(topology, topology.objects.countries!, (a, b) => a !== b && !isRuUa(nameOf(a), nameOf(b)));
  const clipped = turf.bboxClip(turf.multiLineString(others.coordinates), THEATRE_BBOX);
  const border = (readJson(BORDER_OUTPUT) as FeatureCollection).features[0]!;
  return [
    { ...clipped, properties: { ru_ua: false } },
    { type: "Feature", geometry: border.geometry, properties: { ru_ua: true, name: "Russia–Ukraine border" } },
  ];
}

function theatreAdmin1(): NaturalEarthAdmin1Feature[] {
  return (readJson(sourceFiles.naturalEarthAdmin1) as { features: NaturalEarthAdmin1Feature[] }).features.filter(
    (f) => f.geometry && ADMIN1_COUNTRIES.has(f.properties.iso_a2 ?? "") ,
  );
}

function admin1Outlines(): Feature[] {
  const names = admin1NamesByCode();
  return theatreAdmin1()
    .filter((f) => bboxOverlaps(turf.bbox(f.geometry!), THEATRE_BBOX))
    .map((f) => {
      const simplified = turf.simplify(turf.feature(f.geometry!), { tolerance: 0.01, highQuality: false });
      return { type: "Feature", geometry: simplified.geometry, properties: { name: names.get(f.properties.gn_a1_code ?? "") ?? f.properties.name ?? "" } };
    });
}

function admin1NamesByCode(): Map<string, string> {
  const { adminNames } = decodeGazetteer(readJson(GAZETTEER_OUTPUT), GAZETTEER_OUTPUT);
  return new Map(Object.entries(adminNames));
}

function admin1Labels(): Feature[] {
  const { entries } = decodeGazetteer(readJson(GAZETTEER_OUTPUT), GAZETTEER_OUTPUT);
  return entries
    .filter((e) => e.kind === "region" && ADMIN1_COUNTRIES.has(e.country))
    .map((e) => turf.point([e.lon, e.lat], { name: e.name, id: e.id }));
}

function placePoints(): Feature[] {
  const { entries } = decodeGazetteer(readJson(GAZETTEER_OUTPUT), GAZETTEER_OUTPUT);
  const [west, south, east, north] = THEATRE_BBOX;
  return entries
    .filter((e) => e.kind === "settlement" && e.lon >= west && e.lon <= east && e.lat >= south && e.lat <= north)
    .sort((a, b) => b.population - a.population)
    .slice(0, MAX_PLACE_POINTS)
    .map((e) => turf.point([e.lon, e.lat], { name: e.name, population: e.population, kind: e.kind, id: e.id }));
}

function splitPolygons(geometry: Geometry): Feature<Polygon>[] {
  if (geometry.type === "Polygon") return [turf.polygon(geometry.coordinates)];
  if (geometry.type === "MultiPolygon") return (geometry as MultiPolygon).coordinates.map((rings) => turf.polygon(rings));
  return [];
}

function bboxOverlaps(a: number[], b: number[]): boolean {
  return a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;
}
