import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { PlaceReport } from "../contract/placeReport";
import { isoToDay } from "../contract/days";
import type { ArchiveInfo, TileAt } from "./pmtilesArchive";

/**
 * Cuts place reports into Mapbox Vector Tiles, one layer of points. MVT values are
 * scalars only, so `quotes` travels as a JSON string and null properties are left
 * out of the tile (a reader sees them as absent). Each feature also carries the
 * whole-day numbers `day_start`/`day_end` the app computes at load (contract/days.ts),
 * so a time filter on the tiles compares numbers, not date strings.
 */

export const PLACE_REPORT_LAYER = "place_reports";

export interface TilingOptions {
  /** Deepest zoom written; MapLibre overzooms beyond it, which is lossless for points. */
  maxZoom: number;
}

const EXTENT = 4096;
/** Same buffer as geojson-vt's default: circles near a tile edge are drawn by both tiles. */
const BUFFER = 64;

export function placeReportTiles(reports: readonly PlaceReport[], options: TilingOptions): { tiles: TileAt[]; info: ArchiveInfo } {
  const collection = {
    type: "FeatureCollection" as const,
    features: reports.map((report) => ({
      type: "Feature" as const,
      geometry: report.geometry,
      properties: { ...report.properties, quotes: JSON.stringify(report.properties.quotes), ...dayFields(report) },
    })),
  };
  const index = new GeoJSONVT(collection, {
    maxZoom: options.maxZoom,
    indexMaxZoom: options.maxZoom,
    indexMaxPoints: 0,
    extent: EXTENT,
    buffer: BUFFER,
    generateId: true,
  });
  const tiles: TileAt[] = [];
  for (let z = 0; z <= options.maxZoom; z++) {
    for (const key of occupiedTiles(reports, z)) {
      const [x, y] = key.split("/").map(Number) as [number, number];
      const tile = index.getTile(z, x, y);
      if (tile === null || tile.features.length === 0) continue;
      tiles.push({ z, x, y, bytes: fromGeojsonVt({ [PLACE_REPORT_LAYER]: tile }, { version: 2, extent: EXTENT }) });
    }
  }
  return { tiles, info: archiveInfo(reports, options.maxZoom) };
}

function dayFields({ properties }: PlaceReport): { day_start?: number; day_end?: number } {
  if (properties.date_start === null) return {};
  const start = isoToDay(properties.date_start);
  return { day_start: start, day_end: properties.date_end ? Math.max(isoToDay(properties.date_end), start) : start };
}

/** Tiles whose buffered square holds at least one report, as "x/y" keys. */
function occupiedTiles(reports: readonly PlaceReport[], z: number): Set<string> {
  const size = 2 ** z;
  const margin = BUFFER / EXTENT;
  const keys = new Set<string>();
  for (const report of reports) {
    const [lon, lat] = report.geometry.coordinates;
    const [fx, fy] = [lonToUnit(lon) * size, latToUnit(lat) * size];
    for (let x = Math.floor(fx - margin); x <= Math.floor(fx + margin); x++) {
      for (let y = Math.floor(fy - margin); y <= Math.floor(fy + margin); y++) {
        if (x >= 0 && y >= 0 && x < size && y < size) keys.add(`${x}/${y}`);
      }
    }
  }
  return keys;
}

const lonToUnit = (lon: number) => (lon + 180) / 360;
function latToUnit(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return Math.min(1, Math.max(0, y));
}

function archiveInfo(reports: readonly PlaceReport[], maxZoom: number): ArchiveInfo {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { geometry } of reports) {
    const [lon, lat] = geometry.coordinates;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (reports.length === 0) [west, south, east, north] = [-180, -85, 180, 85];
  const fields: Record<string, string> = {};
  for (const report of reports.slice(0, 1)) {
    for (const [key, value] of Object.entries(report.properties)) {
      fields[key] = typeof value === "number" ? "Number" : typeof value === "boolean" ? "Boolean" : "String";
    }
  }
  return {
    minZoom: 0,
    maxZoom,
    bounds: [west, south, east, north],
    metadata: {
      name: "place reports",
      format: "pbf",
      vector_layers: [{ id: PLACE_REPORT_LAYER, fields, minzoom: 0, maxzoom: maxZoom }],
    },
  };
}
