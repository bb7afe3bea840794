import type { PlaceReport, PlaceReportCollection, PlaceReportProperties, UnresolvedPlace } from "../contract/placeReport";
import { UNRESOLVED_FIELDS } from "../contract/placeValues";
import { isoToDay } from "../contract/days";

/**
 * A place report as the app holds it: the contract feature plus whole-day numbers
 * (computed once at load) that the time window compares. Undated reports have
 * undefined day fields and never match a time window.
 */
export interface DatedProperties extends PlaceReportProperties {
  /**
   * Position in the loaded collection: the dataset's numbers (reportNumbers.ts) and the
   * map's per-report columns are indexed by it. Feature-state is keyed by marker_id.
   */
  report_index: number;
  day_start?: number;
  day_end?: number;
}

export interface DatedPlaceReport {
  type: "Feature";
  geometry: PlaceReport["geometry"];
  properties: DatedProperties;
}

export interface PlaceReportDataset {
  placeReports: DatedPlaceReport[];
  unresolved: UnresolvedPlace[];
}

export type ParseResult =
  | { ok: true; dataset: PlaceReportDataset }
  | { ok: false; error: string };

/**
 * The app's dataset from JSON that the contract has accepted (here, or in a worker on the
 * same text). Keeps the contract's fields only, as the schema parser does, and builds every
 * report from one object literal: objects from a schema parser or a worker message come in
 * many hidden classes (or none: dictionary mode), which makes every property read in the
 * per-scrub selectors a slow lookup (the window filter over 100,000 reports: about 70 ms
 * against a few).
 */
export function datasetFromCheckedJson(json: PlaceReportCollection): PlaceReportDataset {
  return {
    placeReports: json.features.map((feature, index) => withDays(feature, index)),
    unresolved: (json.unresolved ?? []).map(contractFieldsOf),
  };
}

/** An unresolved row with the contract's fields only, as the schema parser would keep it. */
function contractFieldsOf(row: UnresolvedPlace): UnresolvedPlace {
  const kept: Record<string, unknown> = {};
  for (const field of UNRESOLVED_FIELDS) if (row[field] !== undefined) kept[field] = row[field];
  return kept as UnresolvedPlace;
}

function withDays({ geometry, properties }: PlaceReport, index: number): DatedPlaceReport {
  const { date_start, date_end } = properties;
  const dayStart = date_start ? isoToDay(date_start) : undefined;
  const dayEnd = dayStart !== undefined && date_end ? Math.max(isoToDay(date_end), dayStart) : dayStart;
  const [lon, lat] = geometry.coordinates;
  return inOneLayout({ type: "Point", coordinates: [lon, lat] }, properties, index, dayStart, dayEnd);
}

function inOneLayout(
  geometry: PlaceReport["geometry"],
  p: PlaceReportProperties,
  reportIndex: number,
  dayStart: number | undefined,
  dayEnd: number | undefined,
): DatedPlaceReport {
  return {
    type: "Feature",
    geometry,
    properties: {
      place_id: p.place_id,
      name: p.name,
      mention: p.mention,
      country: p.country,
      admin1: p.admin1,
      admin2: p.admin2,
      kind: p.kind,
      role: p.role,
      date_start: p.date_start,
      date_end: p.date_end,
      time_precision: p.time_precision,
      date_source: p.date_source,
      geo_precision: p.geo_precision,
      container_name: p.container_name,
      confidence: p.confidence,
      campaign: p.campaign,
      source_id: p.source_id,
      source_path: p.source_path,
      source_title: p.source_title,
      source_outlet: p.source_outlet,
      source_url: p.source_url,
      source_published: p.source_published,
      quotes: p.quotes.map(({ text, start, end, claimant, claimant_kind, stance }) => ({ text, start, end, claimant, claimant_kind, stance })),
      quote_count: p.quote_count,
      border_distance_km: p.border_distance_km,
      contested: p.contested,
      claimant_kinds: p.claimant_kinds,
      review: p.review,
      corrected_from: p.corrected_from,
      review_notes: p.review_notes,
      report_index: reportIndex,
      day_start: dayStart,
      day_end: dayEnd,
    } satisfies Record<keyof DatedProperties, unknown>,
  };
}
