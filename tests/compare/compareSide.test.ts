import { describe, expect, it } from "vitest";
import { describeCompareSide, formatCompareSide, parseCompareSide, reportsForSide } from "../../src/compare/compareSide";
import { campaign, dated, placeReport } from "./placeReportFixture";

const campaigns = [
  campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" }),
];

describe("compare sides", () => {
  it("reads a campaign id and a date window and writes them back unchanged", () => {
    for (const text of ["kursk-2024", "2023-05-22..2023-05-23"]) {
      expect(formatCompareSide(parseCompareSide(text))).toBe(text);
    }
    expect(parseCompareSide("2023-05-22..2023-05-23")).toEqual({ kind: "window", from: "2023-05-22", to: "2023-05-23" });
  });

  it("rejects a malformed side and says where and what it got", () => {
    expect(() => parseCompareSide("Kursk 2024", "compare[1]")).toThrow('compare[1]: expected a campaign id or YYYY-MM-DD..YYYY-MM-DD, got "Kursk 2024"');
    expect(() => parseCompareSide("2024-08-07..2024-08-06")).toThrow("must start before it ends");
  });

  it("selects reports whose event dates overlap a window, never undated ones", () => {
    const reports = dated([
      placeReport({ place_id: "before", date_start: "2023-05-01", date_end: "2023-05-21" }),
      placeReport({ place_id: "spans", date_start: "2023-05-01", date_end: "2023-05-22" }),
      placeReport({ place_id: "inside", date_start: "2023-05-23" }),
      placeReport({ place_id: "undated", date_start: null }),
    ]);
    const ids = reportsForSide(reports, { kind: "window", from: "2023-05-22", to: "2023-05-23" }).map((r) => r.properties.place_id);
    expect(ids).toEqual(["spans", "inside"]);
  });

  it("selects reports by campaign id", () => {
    const reports = dated([placeReport({ place_id: "a" }), placeReport({ place_id: "b", campaign: "other" })]);
    expect(reportsForSide(reports, { kind: "campaign", campaignId: "other" }).map((r) => r.properties.place_id)).toEqual(["b"]);
  });

  it("labels an unknown campaign as unknown instead of dropping it", () => {
    expect(describeCompareSide({ kind: "campaign", campaignId: "nope" }, campaigns).label).toContain("Unknown campaign");
    expect(describeCompareSide({ kind: "campaign", campaignId: "raid-a" }, campaigns)).toMatchObject({ label: "Raid A", colour: "#e6550d" });
  });
});
