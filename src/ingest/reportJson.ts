import { placeReportFeature, type PlaceReport } from "../contract/placeReport";

/** A report as written: checked against the contract first, whatever produced it. */
export function reportJson(report: PlaceReport): string {
  return JSON.stringify(placeReportFeature.parse(report));
}
