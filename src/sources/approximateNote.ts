import type { PlaceReportProperties } from "../contract/placeReport";
import { isApproximatePlacement } from "../contract/placeValues";

type Placement = Pick<PlaceReportProperties, "kind" | "geo_precision" | "container_name" | "admin1" | "admin2">;

/**
 * What the point of a provisional report stands for, in words: the village is somewhere in
 * the unit, or near the settlement, it is drawn at ("approximate: somewhere in Glushkovskiy
 * Rayon", "approximate: near Sudzha"). Null for a report drawn at the place itself.
 */
export function approximateNote(p: Placement): string | null {
  if (!isApproximatePlacement(p)) return null;
  const unit = p.geo_precision === "district" ? p.admin2 : p.geo_precision === "region" ? p.admin1 : null;
  const at = p.container_name ?? unit;
  if (!at) return "approximate: placed by a larger area the article names";
  return p.geo_precision === "near" ? `approximate: near ${at}` : `approximate: somewhere in ${at}`;
}
