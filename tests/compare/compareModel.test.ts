import { describe, expect, it } from "vitest";
import { compareModel } from "../../src/compare/compareModel";
import { campaign, dated, placeReport } from "./placeReportFixture";

const campaigns = [
  campaign({ id: "belgorod-2023", name: "Belgorod raids", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" }),
  campaign({ id: "kursk-2024", name: "Kursk offensive", start: "2024-08-06", end: "2025-03-31", colour: "#d7301f" }),
];
const reports = dated([
  placeReport({ place_id: "kozinka", campaign: "belgorod-2023", date_start: "2023-05-22" }),
  placeReport({ place_id: "sudzha", campaign: "kursk-2024", date_start: "2024-08-06" }),
  placeReport({ place_id: "tyotkino", campaign: "election-raids-2024", date_start: "2024-03-12" }),
]);

describe("compare model", () => {
  it("compares the 2023 raids with the 2024 offensive when no pair is chosen", () => {
    const [a, b] = compareModel(null, reports, campaigns);
    expect([a.label, b.label]).toEqual(["Belgorod raids", "Kursk offensive"]);
    expect(a.reports.map((r) => r.properties.place_id)).toEqual(["kozinka"]);
    expect(b.stats.eventReports).toBe(1);
    expect([a.from, a.to]).toEqual(["2023-05-22", "2023-06-15"]);
  });

  it("compares a campaign with a free date window", () => {
    const [, window] = compareModel(["kursk-2024", "2024-03-01..2024-03-31"], reports, campaigns);
    expect(window.reports.map((r) => r.properties.place_id)).toEqual(["tyotkino"]);
    expect(window.colour).toBeNull();
  });

  it("keeps an unreadable side as an error and still computes the other", () => {
    const [bad, good] = compareModel(["Kursk!", "kursk-2024"], reports, campaigns);
    expect(bad.error).toContain('compare[0]: expected a campaign id');
    expect(bad.reports).toEqual([]);
    expect(good.stats.eventReports).toBe(1);
  });
});
