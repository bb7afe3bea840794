import { describe, expect, it } from "vitest";
import { PMTiles, type RangeResponse, type Source } from "pmtiles";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { buildArchive } from "../../src/tiles/pmtilesArchive";
import { PLACE_REPORT_LAYER, placeReportTiles } from "../../src/tiles/placeReportTiles";
import type { PlaceReport } from "../../src/contract/placeReport";

/** The reader's Source interface over bytes in memory, as FileSource is over a File. */
class BufferSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return "memory";
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

function report(name: string, lon: number, lat: number, date: string): PlaceReport {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: {
      place_id: `id-${name}`, name, mention: name, country: "RU", admin1: "Kursk Oblast", admin2: null,
      kind: "settlement", role: "event", date_start: date, date_end: date, time_precision: "day",
      geo_precision: "exact", confidence: 0.9, campaign: null, source_id: "a1", source_path: "a.md",
      source_title: "t", source_outlet: "o", source_url: null, source_published: date,
      quotes: [{ text: `Fighting in ${name}.`, start: 12, end: 12 + name.length }], border_distance_km: 12.5,
    },
  };
}

function tileFor(lon: number, lat: number, z: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  const x = Math.floor(((lon + 180) / 360) * 2 ** z);
  const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 2 ** z);
  return [x, y];
}

async function featuresAt(archive: PMTiles, z: number, lon: number, lat: number) {
  const [x, y] = tileFor(lon, lat, z);
  const response = await archive.getZxy(z, x, y);
  if (response === undefined) return [];
  const layer = new VectorTile(new PbfReader(new Uint8Array(response.data))).layers[PLACE_REPORT_LAYER];
  if (layer === undefined) return [];
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

describe("PMTiles archive of place reports", () => {
  const reports = [
    report("Sudzha", 35.27, 51.19, "2024-08-07"),
    report("Tyotkino", 34.45, 51.32, "2024-03-12"),
    report("Kozinka", 35.69, 50.48, "2023-05-22"),
  ];

  it("reads back the header, bounds and layer list with the pmtiles reader", async () => {
    const { tiles, info } = placeReportTiles(reports, { maxZoom: 8 });
    const archive = new PMTiles(new BufferSource(buildArchive(tiles, info)));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.maxZoom).toBe(8);
    expect(header.numAddressedTiles).toBe(tiles.length);
    expect(header.minLon).toBeCloseTo(34.45, 5);
    expect(header.maxLat).toBeCloseTo(51.32, 5);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual([PLACE_REPORT_LAYER]);
  });

  it("finds each report's properties in the tile that covers it at the deepest zoom", async () => {
    const { tiles, info } = placeReportTiles(reports, { maxZoom: 10 });
    const archive = new PMTiles(new BufferSource(buildArchive(tiles, info)));
    for (const { geometry, properties } of reports) {
      const [lon, lat] = geometry.coordinates;
      const found = (await featuresAt(archive, 10, lon, lat)).map((feature) => feature.properties);
      const match = found.find((props) => props.name === properties.name);
      expect(match).toMatchObject({ date_start: properties.date_start, role: "event", border_distance_km: 12.5 });
      expect(JSON.parse(String(match?.quotes))).toEqual(properties.quotes);
      expect(match).not.toHaveProperty("admin2");
      // Same day numbers as the app computes at load, so its time filter works on tiles.
      expect(match?.day_start).toBe(Date.parse(`${properties.date_start}T00:00:00Z`) / 86_400_000);
    }
  });

  it("keeps every report in the single zoom-0 tile", async () => {
    const { tiles, info } = placeReportTiles(reports, { maxZoom: 4 });
    const archive = new PMTiles(new BufferSource(buildArchive(tiles, info)));
    const names = (await featuresAt(archive, 0, 0, 0)).map((feature) => feature.properties.name).sort();
    expect(names).toEqual(["Kozinka", "Sudzha", "Tyotkino"]);
  });

  it("moves entries to leaf directories when the root directory would be too large, and still finds tiles", async () => {
    // A grid of reports 0.05° apart gives hundreds of distinct tiles at zoom 10.
    const grid: PlaceReport[] = [];
    for (let i = 0; i < 30; i++) {
      for (let j = 0; j < 30; j++) grid.push(report(`P${i}-${j}`, 33 + i * 0.05, 50 + j * 0.05, "2024-08-10"));
    }
    const { tiles, info } = placeReportTiles(grid, { maxZoom: 10 });
    const bytes = buildArchive(tiles, info, { maxRootBytes: 200, firstLeafSize: 16 });
    const archive = new PMTiles(new BufferSource(bytes));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    for (const place of [grid[0]!, grid[451]!, grid[grid.length - 1]!]) {
      const found = await featuresAt(archive, 10, ...place.geometry.coordinates);
      expect(found.map((feature) => feature.properties.name)).toContain(place.properties.name);
    }
  });
});
