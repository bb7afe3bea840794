import { placeReportCollection, type PlaceReport, type PlaceReportCollection } from "../contract/placeReport";

/**
 * The visible reports as a FeatureCollection in the ingest contract, so an exported file can
 * be opened again as a dataset. Validated before anything is written: a feature that slipped
 * past the loader's checks fails here with its path instead of producing a file the app rejects.
 */
export function placeReportsToGeoJson(reports: readonly PlaceReport[]): string {
  const collection: PlaceReportCollection = { type: "FeatureCollection", features: [...reports] };
  const checked = placeReportCollection.safeParse(collection);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue ? issue.path.join(".") : "(root)";
    throw new Error(`GeoJSON export: ${where}: ${issue?.message ?? "invalid"}`);
  }
  return `${JSON.stringify(checked.data, null, 1)}\n`;
}
