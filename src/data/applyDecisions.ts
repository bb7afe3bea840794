import type { Campaign } from "../contract/campaign";
import type { Correction } from "../contract/corrections";
import type { PlaceReport, UnresolvedPlace } from "../contract/placeReport";
import { applyToDataset, prepareCorrections } from "../corrections/applyCorrections";
import type { GazetteerEntry } from "../gazetteer/types";
import { datasetFromCheckedJson, type DatedPlaceReport, type PlaceReportDataset } from "./placeReports";

/**
 * The editors' decisions applied to a loaded dataset by the same core the CLI uses. The
 * page re-reads no article text, so a placed name turns the unresolved rows that name it
 * into reports; a decision's target carries the point and the divisions the editor saw,
 * and places the dataset already knows are found by id. Its own chunk (see
 * correctedDataset.ts): the core brings the pipeline's spelling rules with it.
 */
export function applyDecisions(
  reports: DatedPlaceReport[],
  unresolved: UnresolvedPlace[],
  corrections: readonly Correction[],
  campaigns: readonly Campaign[],
): PlaceReportDataset & { matched: Set<string> } {
  const known = new Map<string, GazetteerEntry>();
  for (const r of reports) if (!known.has(r.properties.place_id)) known.set(r.properties.place_id, entryOf(r));
  const set = prepareCorrections(corrections, { placeById: (id) => known.get(id) ?? null, adminAt: () => null, borderDistanceKm: null, campaigns });
  const applied = applyToDataset(reports as readonly PlaceReport[], unresolved, set);
  const dataset = datasetFromCheckedJson({ type: "FeatureCollection", features: applied.reports, unresolved: applied.unresolved });
  return { ...dataset, matched: applied.matched };
}

function entryOf({ geometry, properties: p }: DatedPlaceReport): GazetteerEntry {
  const [lon, lat] = geometry.coordinates;
  return { id: p.place_id, name: p.name, altNames: [], lat, lon, country: p.country, admin1: p.admin1, admin2: p.admin2, kind: p.kind, featureCode: "", population: 0 };
}
