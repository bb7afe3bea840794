import { describe, expect, it } from "vitest";
import { computeCampaignStats, placesByClaimantKind } from "../../src/compare/campaignStats";
import { compareModel } from "../../src/compare/compareModel";
import type { ClaimantKind, ClaimStance, Quote } from "../../src/contract/placeReport";
import { campaign, dated, placeReport } from "./placeReportFixture";

const quote = (claimant_kind: ClaimantKind, stance: ClaimStance = "asserts"): Quote =>
  ({ text: "Fighting in Kozinka.", start: 12, end: 19, claimant: `a ${claimant_kind}`, claimant_kind, stance });

const NONE = { russian_official: 0, ukrainian_official: 0, armed_group: 0, independent: 0, outlet: 0, unknown: 0 };

describe("places by claimant kind", () => {
  it("counts each place once per kind that speaks of an event there", () => {
    const counts = placesByClaimantKind([
      placeReport({ place_id: "kozinka", source_id: "s1", quotes: [quote("armed_group"), quote("armed_group")] }),
      placeReport({ place_id: "kozinka", source_id: "s2", quotes: [quote("russian_official", "denies"), quote("armed_group")] }),
      placeReport({ place_id: "gora-podol", source_id: "s3", quotes: [quote("armed_group"), quote("independent", "reports_others")] }),
    ]);
    expect(counts).toEqual({ ...NONE, russian_official: 1, armed_group: 2, independent: 1 });
  });

  it("leaves out mentions, country-level reports and quotes written before attribution", () => {
    const counts = placesByClaimantKind([
      placeReport({ place_id: "kyiv", role: "mention", quotes: [quote("ukrainian_official")] }),
      placeReport({ place_id: "russia", kind: "country", geo_precision: "country", quotes: [quote("russian_official")] }),
      placeReport({ place_id: "sudzha" }),
    ]);
    expect(counts).toEqual(NONE);
  });

  it("counts the contested places of a side among its stats", () => {
    const stats = computeCampaignStats([
      placeReport({ place_id: "tetkino", contested: true, quotes: [quote("russian_official", "denies")] }),
      placeReport({ place_id: "tetkino", source_id: "s2", contested: true, quotes: [quote("ukrainian_official")] }),
      placeReport({ place_id: "russia", kind: "country", geo_precision: "country", contested: true, quotes: [quote("outlet")] }),
    ]);
    expect(stats.contestedPlaces).toBe(1);
    expect(stats.placesByClaimantKind).toMatchObject({ russian_official: 1, ukrainian_official: 1 });
  });

  it("gives each side of a comparison its own counts", () => {
    const campaigns = [
      campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-05-31", colour: "#e6550d" }),
      campaign({ id: "raid-b", name: "Raid B", start: "2024-03-12", end: "2024-03-31", colour: "#756bb1" }),
    ];
    const [a, b] = compareModel(["raid-a", "raid-b"], dated([
      placeReport({ place_id: "kozinka", quotes: [quote("armed_group")] }),
      placeReport({ place_id: "tetkino", campaign: "raid-b", date_start: "2024-03-12", quotes: [quote("russian_official", "denies")] }),
      placeReport({ place_id: "lozovaya-rudka", campaign: "raid-b", date_start: "2024-03-12", quotes: [quote("ukrainian_official")] }),
    ]), campaigns);
    expect(a.stats.placesByClaimantKind).toEqual({ ...NONE, armed_group: 1 });
    expect(b.stats.placesByClaimantKind).toEqual({ ...NONE, russian_official: 1, ukrainian_official: 1 });
  });
});
