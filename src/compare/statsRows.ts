import { CLAIMANT_KINDS } from "../contract/placeValues";
import { KIND_PLURAL } from "../claims/claimWords";
import type { CampaignStats } from "./campaignStats";

/** One line of a side's numbers, as the table and the exported image both show it. */
export interface StatsRow {
  id: "settlements" | "events" | "sources" | "claimants" | "deepest" | "extent";
  label: string;
  value: string;
}

const km = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const km2 = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const DEPTH_TO = { settlement: "", district: " (district, at its centre)", region: " (region, at its centre)" } as const;

/** "2 settlements, 1 district": what the coverage names, at each precision. */
function placesNamed(stats: CampaignStats): string {
  const parts = [
    `${stats.settlementsNamed} ${stats.settlementsNamed === 1 ? "settlement" : "settlements"}`,
    stats.districtsNamed > 0 ? `${stats.districtsNamed} ${stats.districtsNamed === 1 ? "district" : "districts"}` : "",
    stats.regionsNamed > 0 ? `${stats.regionsNamed} ${stats.regionsNamed === 1 ? "region" : "regions"}` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

/** "Russian officials 2 · armed groups 1": the kinds that speak of any place, in the contract's order. */
function placesByClaimant(stats: CampaignStats): string {
  const parts = CLAIMANT_KINDS.filter((kind) => stats.placesByClaimantKind[kind] > 0)
    .map((kind) => `${KIND_PLURAL[kind]} ${stats.placesByClaimantKind[kind]}`);
  if (parts.length === 0) return "no attributed claims";
  const contested = stats.contestedPlaces > 0 ? `; ${stats.contestedPlaces} contested` : "";
  return `${parts.join(" · ")}${contested}`;
}

/** A side's numbers in words; place names are data, and are only ever set as text. */
export function statsRows(stats: CampaignStats): StatsRow[] {
  const deepest = stats.deepestInsideRussia;
  return [
    { id: "settlements", label: "Places named", value: placesNamed(stats) },
    { id: "events", label: "Event reports", value: String(stats.eventReports) },
    { id: "sources", label: "Distinct sources", value: String(stats.distinctSources) },
    { id: "claimants", label: "Event places by claimant", value: placesByClaimant(stats) },
    {
      id: "deepest", label: "Deepest point inside Russia",
      value: deepest ? `${deepest.name}${DEPTH_TO[deepest.kind]}, ${km.format(deepest.borderDistanceKm)} km from the border` : "none reported",
    },
    {
      id: "extent", label: "Extent (convex hull)",
      value: stats.extentKm2 === null
        ? `n/a (${stats.extentPointCount} located place${stats.extentPointCount === 1 ? "" : "s"}, needs 3)`
        : `${km2.format(stats.extentKm2)} km² over ${stats.extentPointCount} places`,
    },
  ];
}
