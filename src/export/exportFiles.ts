import type { PlaceReport, UnresolvedPlace } from "../contract/placeReport";
import { placeReportsToCsv } from "./csv";
import { downloadBlob, exportFilename } from "./download";
import { placeReportsToGeoJson } from "./geojson";

type ExportWindow = { from: string; to: string } | null;

/** Throws before downloading anything when a report breaks the contract. */
export function exportGeoJson(reports: readonly PlaceReport[], window: ExportWindow, unresolved: readonly UnresolvedPlace[] = []): void {
  const text = placeReportsToGeoJson(reports, { unresolved });
  downloadBlob(new Blob([text], { type: "application/geo+json" }), exportFilename(window, "geojson"));
}

export function exportCsv(reports: readonly PlaceReport[], window: ExportWindow): void {
  // A byte order mark makes spreadsheet programs read the file as UTF-8 (Cyrillic names, ё).
  const text = `\uFEFF${placeReportsToCsv(reports)}`;
  downloadBlob(new Blob([text], { type: "text/csv;charset=utf-8" }), exportFilename(window, "csv"));
}
