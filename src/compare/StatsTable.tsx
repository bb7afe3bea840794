import { claimantKind } from "../contract/placeReport";
import { KIND_PLURAL } from "../claims/claimWords";
import type { CampaignStats } from "./campaignStats";

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
  const parts = claimantKind.options.filter((kind) => stats.placesByClaimantKind[kind] > 0)
    .map((kind) => `${KIND_PLURAL[kind]} ${stats.placesByClaimantKind[kind]}`);
  if (parts.length === 0) return "no attributed claims";
  const contested = stats.contestedPlaces > 0 ? `; ${stats.contestedPlaces} contested` : "";
  return `${parts.join(" · ")}${contested}`;
}

/** Numbers of one side of the comparison; place names are data, rendered as text nodes only. */
export function StatsTable({ stats, testId }: { stats: CampaignStats; testId: string }) {
  const deepest = stats.deepestInsideRussia;
  return (
    <table className="compare-stats" data-testid={testId}>
      <tbody>
        <tr>
          <th scope="row">Places named</th>
          <td data-testid={`${testId}-settlements`}>{placesNamed(stats)}</td>
        </tr>
        <tr>
          <th scope="row">Event reports</th>
          <td data-testid={`${testId}-events`}>{stats.eventReports}</td>
        </tr>
        <tr>
          <th scope="row">Distinct sources</th>
          <td data-testid={`${testId}-sources`}>{stats.distinctSources}</td>
        </tr>
        <tr>
          <th scope="row">Event places by claimant</th>
          <td data-testid={`${testId}-claimants`}>{placesByClaimant(stats)}</td>
        </tr>
        <tr>
          <th scope="row">Deepest point inside Russia</th>
          <td data-testid={`${testId}-deepest`}>
            {deepest ? `${deepest.name}${DEPTH_TO[deepest.kind]}, ${km.format(deepest.borderDistanceKm)} km from the border` : "none reported"}
          </td>
        </tr>
        <tr>
          <th scope="row">Extent (convex hull)</th>
          <td data-testid={`${testId}-extent`}>
            {stats.extentKm2 === null
              ? `n/a (${stats.extentPointCount} located place${stats.extentPointCount === 1 ? "" : "s"}, needs 3)`
              : `${km2.format(stats.extentKm2)} km² over ${stats.extentPointCount} places`}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
