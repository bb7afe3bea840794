import { describe, expect, it } from "vitest";
import { buildSnapshot, formatDateWindow, UNASSIGNED_COLOUR } from "../../src/export/snapshot";
import { campaign, placeReport } from "../compare/placeReportFixture";

const campaigns = [
  campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" }),
  campaign({ id: "raid-b", name: "Raid B", start: "2024-08-06", end: "2024-09-01", colour: "#d7301f" }),
  campaign({ id: "raid-c", name: "Raid C", start: "2022-05-01", end: "2022-05-31", colour: "#2b8cbe" }),
];

const reports = [
  placeReport({ place_id: "a", campaign: "raid-b", source_id: "s1", source_published: "2024-08-07", source_url: "https://news.example/1" }),
  placeReport({ place_id: "b", campaign: "raid-a", source_id: "s2", source_published: "2023-05-23", source_url: "javascript:alert(1)" }),
  placeReport({ place_id: "c", campaign: "raid-a", source_id: "s1", source_published: "2024-08-07" }),
  placeReport({ place_id: "d", campaign: null, source_id: "s3", source_published: null, source_url: null }),
];

const input = { timeWindow: { from: "2023-05-22", to: "2024-08-07" }, campaigns, visibleReports: reports, mapCredits: [] };

describe("snapshot", () => {
  it("lists each campaign shown once, in campaign order, with its colour and report count", () => {
    const { legend } = buildSnapshot(input);
    expect(legend).toEqual([
      { campaignId: "raid-a", label: "Raid A", colour: "#e6550d", reportCount: 2 },
      { campaignId: "raid-b", label: "Raid B", colour: "#d7301f", reportCount: 1 },
      { campaignId: null, label: "Outside any campaign", colour: UNASSIGNED_COLOUR, reportCount: 1 },
    ]);
  });

  it("cites every article once, newest first, and drops URLs that are not http(s)", () => {
    const { sources } = buildSnapshot(input);
    expect(sources.map((s) => s.sourceId)).toEqual(["s1", "s2", "s3"]);
    expect(sources.map((s) => s.url)).toEqual(["https://news.example/1", null, null]);
  });

  it("always credits GeoNames and reduces map credits to plain text without duplicates", () => {
    const { attribution } = buildSnapshot({
      ...input,
      mapCredits: ['<a href="https://www.naturalearthdata.com">Natural Earth</a>', "Natural Earth", "&copy; OpenStreetMap contributors"],
    });
    expect(attribution).toEqual(["Places: GeoNames (CC BY 4.0)", "Natural Earth", "© OpenStreetMap contributors"]);
  });

  it("falls back to a default title and formats the window without the locale", () => {
    expect(buildSnapshot(input).title).toBe("Cross-border incursions into Russia");
    expect(buildSnapshot({ ...input, text: { title: "  Kursk  " } }).title).toBe("Kursk");
    expect(buildSnapshot(input).dateWindowLabel).toBe("22 May 2023 – 7 Aug 2024");
    expect(formatDateWindow("2024-08-06", "2024-08-06")).toBe("6 Aug 2024");
  });
});
