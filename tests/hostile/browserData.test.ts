import { describe, expect, it } from "vitest";
import { compileAcceptor } from "../../src/contract/jsonSchemaCheck";
import { placeReportCollection } from "../../src/contract/placeReport";
import { MAX_DATASET_BYTES } from "../../src/data/datasetSource";
import { parseDatasetBytes } from "../../src/data/checkDataset";
import { csvField } from "../../src/export/csv";

const report = (dateStart: string) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [35.27, 51.19] },
  properties: {
    place_id: "1", name: "Sudzha", mention: "Sudzha", country: "RU", admin1: "Kursk Oblast", admin2: null, kind: "settlement",
    role: "event", date_start: dateStart, date_end: dateStart, time_precision: "day", geo_precision: "exact", confidence: 0.9,
    campaign: null, source_id: "a", source_path: "a.md", source_title: null, source_outlet: null, source_url: null,
    source_published: "2024-08-07", quotes: [{ text: "Troops entered Sudzha.", start: 15, end: 21 }], border_distance_km: 10,
  },
});
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

describe("a dataset the map is given", () => {
  it.each(["2024-13-45", "2023-02-29", "2024-04-31"])("is refused when a date is no calendar day (%s), naming the feature", (day) => {
    const collection = { type: "FeatureCollection", features: [report("2024-08-06"), report(day)] };
    const result = parseDatasetBytes(bytesOf(collection), "data.geojson");
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^data\.geojson: features\[1\]\.properties\.date_start: expected a calendar day/) });
    // The worker's check of large datasets says the same.
    expect(compileAcceptor(placeReportCollection)(collection)).toBe(false);
  });

  it("takes 29 February in a leap year", () => {
    expect(parseDatasetBytes(bytesOf({ type: "FeatureCollection", features: [report("2024-02-29")] }), "data.geojson").ok).toBe(true);
  });

  it("is called too large, pointing to PMTiles, rather than not valid JSON", () => {
    const result = parseDatasetBytes(new ArrayBuffer(MAX_DATASET_BYTES + 1), "huge.geojson");
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^huge\.geojson: 256 MB is too large .*npm run tiles/) });
  });
});

describe("CSV cells from article text", () => {
  it.each([" =1+1", "\n=1+1", "\u200b=HYPERLINK(\"x\")", "\uff1dSUM(A1)", "\u00a0+1", "\t@x", "\ufeff-2"])("neutralises a formula behind leading characters: %j", (text) => {
    expect(csvField(text).replace(/^"/, "")).toMatch(/^'/);
  });

  it("leaves ordinary text alone", () => {
    expect(csvField("Sudzha - the town")).toBe("Sudzha - the town");
  });
});
