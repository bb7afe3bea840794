import * as turf from "@turf/turf";
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { BorderFile } from "../../src/geo/borderFile";
import { formatBytes, writeFileAtomic, type BuildStep } from "./buildStep";
import { readJson, sourceFiles } from "./sources";

export const BORDER_OUTPUT = "data/build/border.json";

type CountryProperties = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

interface BorderParts {
  border: MultiLineString;
  /** The Crimean isthmus lines that Natural Earth draws as Russia–Ukraine: not the recognised border. */
  crimeanLines: Position[][];
  russia: MultiPolygon;
}

const nameOf = (geometry: { properties?: unknown }): string => (geometry.properties as CountryProperties).name;
const isPair = (a: string, b: string, x: string, y: string): boolean => (a === x && b === y) || (a === y && b === x);

/**
 * Cuts the border out of world-atlas countries-10m (Natural Earth). Natural
 * Earth draws Crimea as part of Russia, so the Russia–Ukraine mesh has two
 * pieces: the mainland line from the Belarus tripoint to the Sea of Azov, and
 * the Perekop/Chonhar isthmus line. The rule that keeps only the recognised
 * land border: keep the mesh pieces that start or end on Belarus's boundary
 * (the tripoint). The Russia polygons touching the other pieces (Crimea) are
 * dropped from the "inside" polygon, so Crimea counts as outside Russia.
 */
function cutBorder(topology: CountriesTopology): BorderParts {
  const countries = topology.objects.countries;
  const ruUa = mesh(topology, countries, (a, b) => isPair(nameOf(a), nameOf(b), "Russia", "Ukraine"));
  const belarus = mesh(topology, countries, (a, b) => nameOf(a) === "Belarus" || nameOf(b) === "Belarus");
  const belarusVertices = new Set(belarus.coordinates.flat().map((p) => p.join(",")));
  const touchesBelarus = (line: Position[]): boolean =>
    belarusVertices.has(line[0]!.join(",")) || belarusVertices.has(line[line.length - 1]!.join(","));
  const mainland = ruUa.coordinates.filter(touchesBelarus);
  const crimeanLines = ruUa.coordinates.filter((line) => !touchesBelarus(line));
  if (mainland.length === 0) throw new Error("border: no Russia–Ukraine mesh piece reaches the Belarus tripoint");

  const russiaFeature = feature(topology, countries).features.find((f) => f.properties?.name === "Russia");
  if (!russiaFeature) throw new Error("border: no Russia in countries-10m");
  const russiaPolygons = asPolygons(russiaFeature.geometry as Polygon | MultiPolygon);
  const crimeanVertices = new Set(crimeanLines.flat().map((p) => p.join(",")));
  const recognised = russiaPolygons.filter((rings) => !rings[0]!.some((p) => crimeanVertices.has(p.join(","))));
  return {
    border: { type: "MultiLineString", coordinates: mainland },
    crimeanLines,
    russia: { type: "MultiPolygon", coordinates: recognised },
  };
}

const asPolygons = (geometry: Polygon | MultiPolygon): Position[][][] =>
  (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).map((rings) => rings.map(unwrapAntimeridian));

/**
 * Natural Earth closes Russia's mainland ring along the antimeridian with
 * vertices at -180 among ones at +179.9; a planar point-in-polygon test would
 * read that as a ring spanning the globe. Such vertices are moved to the side
 * the rest of the ring lies on.
 */
function unwrapAntimeridian(ring: Position[]): Position[] {
  const eastern = ring.filter((p) => p[0]! > 0).length * 2 > ring.length;
  return ring.map(([lon, lat]) => (Math.abs(lon!) === 180 ? [eastern ? 180 : -180, lat!] : [lon!, lat!]));
}

export const borderStep: BuildStep = {
  name: "border",
  outputs: [BORDER_OUTPUT],
  inputs: [sourceFiles.countriesTopo10m, "scripts/geodata/borderStep.ts"],
  run: () => {
    const parts = cutBorder(readJson(sourceFiles.countriesTopo10m) as CountriesTopology);
    // ~1 km tolerance keeps the "inside" test exact except within a kilometre of Russia's other coasts and borders.
    const russia = turf.simplify(turf.feature(parts.russia), { tolerance: 0.01, highQuality: true }) as Feature<MultiPolygon>;
    const file: BorderFile = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { role: "border", name: "Russia–Ukraine land border" }, geometry: parts.border as BorderFile["features"][0]["geometry"] },
        { type: "Feature", properties: { role: "inside", name: "Russia (without Crimea)" }, geometry: russia.geometry as BorderFile["features"][1]["geometry"] },
      ],
    };
    const bytes = writeFileAtomic(BORDER_OUTPUT, JSON.stringify(file));
    const borderVertices = parts.border.coordinates.reduce((n, line) => n + line.length, 0);
    const russiaVertices = russia.geometry.coordinates.flat(2).length;
    return `${formatBytes(bytes)}; border ${borderVertices} vertices; Russia polygon ${russiaVertices} vertices; dropped ${parts.crimeanLines.length} Crimean isthmus line(s)`;
  },
};
