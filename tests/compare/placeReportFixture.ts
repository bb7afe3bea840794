import { campaignSchema, type Campaign } from "../../src/contract/campaign";
import type { PlaceReport, PlaceReportProperties } from "../../src/contract/placeReport";
import { datasetFromCheckedJson, type DatedPlaceReport } from "../../src/data/placeReports";

/** A small, valid place report; tests override only what they are about. */
export function placeReport(
  overrides: Partial<PlaceReportProperties> & { place_id: string },
  coordinates: [number, number] = [0, 0],
): PlaceReport {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates },
    properties: {
      name: overrides.place_id,
      mention: overrides.place_id,
      country: "RU",
      admin1: null,
      admin2: null,
      kind: "settlement",
      role: "event",
      date_start: "2023-05-22",
      date_end: null,
      time_precision: "day",
      geo_precision: "exact",
      confidence: 0.9,
      campaign: "raid-a",
      source_id: "src-1",
      source_path: "articles/src-1.txt",
      source_title: "A title",
      source_outlet: "An outlet",
      source_url: "https://example.org/a",
      source_published: "2023-05-23",
      quotes: [{ text: `Fighting in ${overrides.place_id}.`, start: 12, end: 12 + overrides.place_id.length }],
      border_distance_km: null,
      ...overrides,
    },
  };
}

/** A campaign through the schema, so fixtures follow the contract as it grows. */
export function campaign(fields: { id: string; name: string; start: string; end: string; colour: string }): Campaign {
  return campaignSchema.parse({ source: "fixture", regions: [], ...fields });
}

/** Reports as the app holds them once loaded, with their day numbers. */
export function dated(reports: PlaceReport[]): DatedPlaceReport[] {
  return datasetFromCheckedJson({ type: "FeatureCollection", features: reports }).placeReports;
}
