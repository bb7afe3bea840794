import { placeReportCollection, type PlaceReport, type PlaceReportCollection, type UnresolvedPlace } from "../contract/placeReport";

export interface GeoJsonExportOptions {
  /** Names the ingest could not place, kept so the file opens again with its work queue. */
  unresolved?: readonly UnresolvedPlace[];
  /**
   * Country reports sit at the country's centroid (Russia's is in Siberia), where GIS tools
   * would draw them as if something happened there: left out unless asked for.
   */
  includeCountries?: boolean;
}

/**
 * The visible reports as a FeatureCollection in the ingest contract, so an exported file can
 * be opened again as a dataset. Validated before anything is written: a feature that slipped
 * past the loader's checks fails here with its path instead of producing a file the app rejects.
 */
export function placeReportsToGeoJson(reports: readonly PlaceReport[], options: GeoJsonExportOptions = {}): string {
  const features = options.includeCountries ? [...reports] : reports.filter((r) => r.properties.kind !== "country");
  const collection: PlaceReportCollection = {
    type: "FeatureCollection", features, ...(options.unresolved ? { unresolved: [...options.unresolved] } : {}),
  };
  const checked = placeReportCollection.safeParse(collection);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue ? issue.path.join(".") : "(root)";
    throw new Error(`GeoJSON export: ${where}: ${issue?.message ?? "invalid"}`);
  }
  return `${JSON.stringify(checked.data, null, 1)}\n`;
}
