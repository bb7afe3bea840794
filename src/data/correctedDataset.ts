import type { Campaign } from "../contract/campaign";
import type { Correction } from "../contract/corrections";
import type { UnresolvedPlace } from "../contract/placeReport";
import type { applyDecisions } from "./applyDecisions";
import type { DatedPlaceReport, PlaceReportDataset } from "./placeReports";

/**
 * The decisions' core, once fetched. Readers without decisions never fetch it: it is not
 * part of the first load (the corrections core brings the pipeline's spelling rules).
 */
let applier: typeof applyDecisions | null = null;
let loading: Promise<void> | null = null;

export function correctionsApplierLoaded(): boolean {
  return applier !== null;
}

/** Fetches the decisions' core; call (and wait) before giving correctedDataset any decision. */
export function loadCorrectionsApplier(): Promise<void> {
  loading ??= import("./applyDecisions").then((module) => {
    applier = module.applyDecisions;
  });
  return loading;
}

/**
 * The dataset as the map shows it: the loaded reports with the editors' decisions applied
 * (applyDecisions.ts). Without decisions, the loaded arrays themselves, so a dataset of
 * 100,000 reports is not copied on load.
 */
export function correctedDataset(
  reports: DatedPlaceReport[],
  unresolved: UnresolvedPlace[],
  corrections: readonly Correction[],
  campaigns: readonly Campaign[],
): PlaceReportDataset & { matched: Set<string> } {
  if (corrections.length === 0) return { placeReports: reports, unresolved, matched: new Set() };
  if (!applier) throw new Error(`correctedDataset: ${corrections.length} decisions given before loadCorrectionsApplier() resolved`);
  return applier(reports, unresolved, corrections, campaigns);
}
