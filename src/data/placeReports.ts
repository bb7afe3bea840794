import {
  placeReportCollection,
  type PlaceReport,
  type PlaceReportProperties,
  type UnresolvedPlace,
} from "../contract/placeReport";
import { isoToDay } from "./days";

/**
 * A place report as the app holds it: the contract feature plus numeric day fields
 * (added once at load) so the map can filter by time with layer expressions alone.
 * Undated reports carry no day fields and never match a time window.
 */
export interface DatedProperties extends PlaceReportProperties {
  /** Position in the loaded collection; MapLibre keys feature-state by it. */
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

/** Validates parsed JSON against the output contract; `where` names the file in errors. */
export function parsePlaceReportDataset(json: unknown, where: string): ParseResult {
  const parsed = placeReportCollection.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join(".") : "(root)";
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : "";
    return { ok: false, error: `${where}: ${path}: ${issue?.message ?? "invalid"}${more}` };
  }
  const placeReports = parsed.data.features.map((feature, index) => withDays(feature, index));
  return { ok: true, dataset: { placeReports, unresolved: parsed.data.unresolved ?? [] } };
}

function withDays(feature: PlaceReport, index: number): DatedPlaceReport {
  const { date_start, date_end } = feature.properties;
  const properties: DatedProperties = { ...feature.properties, report_index: index };
  if (date_start) {
    properties.day_start = isoToDay(date_start);
    properties.day_end = date_end ? Math.max(isoToDay(date_end), properties.day_start) : properties.day_start;
  }
  return { type: "Feature", geometry: feature.geometry, properties };
}
