import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isoToDay } from "../../src/data/days";
import { parsePlaceReportDataset } from "../../src/data/placeReports";
import type { DatedPlaceReport } from "../../src/data/placeReports";
import { distinctSourcesByPlace, reportNumbers } from "../../src/store/reportNumbers";
import { placeSummaries, reportsInWindow } from "../../src/store/selectors";
import { placeSourcing } from "../../src/store/sourcing";

const fixturePath = new URL("../fixtures/placeReports.small.geojson", import.meta.url);
const parsed = parsePlaceReportDataset(JSON.parse(readFileSync(fixturePath, "utf8")), "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;
const range = (from: string, to: string) => ({ fromDay: isoToDay(from), toDay: isoToDay(to) });
const names = (from: string, to: string, mentions = false) =>
  placeSummaries(reportsInWindow(placeReports, range(from, to), mentions), reportNumbers(placeReports)).map((s) => s.name);
/** Distinct sources naming `placeId` among `reports`, numbered over `dataset`. */
const sourcesOf = (placeId: string, reports: DatedPlaceReport[], dataset: DatedPlaceReport[] = placeReports) => {
  const numbers = reportNumbers(dataset);
  const place = numbers.place[dataset.find((f) => f.properties.place_id === placeId)!.properties.report_index]!;
  return distinctSourcesByPlace(reports, numbers)[place];
};

describe("reports in a time window", () => {
  it("shows Kozinka on 22-23 May 2023", () => {
    expect(names("2023-05-22", "2023-05-23")).toContain("Kozinka");
  });

  it("shows Sudzha and not Kozinka on 6-7 August 2024", () => {
    const shown = names("2024-08-06", "2024-08-07");
    expect(shown).toContain("Sudzha");
    expect(shown).not.toContain("Kozinka");
  });

  it("includes a report whose span only overlaps the window's edge", () => {
    expect(names("2023-05-23", "2023-05-30")).toContain("Grayvoronskiy Rayon");
  });

  it("hides mention reports unless asked", () => {
    expect(names("2023-05-22", "2023-05-22")).not.toContain("Moscow");
    expect(names("2023-05-22", "2023-05-22", true)).toContain("Moscow");
  });
});

describe("source counts", () => {
  it("counts distinct sources per place within the window only", () => {
    expect(sourcesOf("gn:kozinka", reportsInWindow(placeReports, range("2023-05-01", "2023-05-31"), false))).toBe(2);
    expect(sourcesOf("gn:kozinka", reportsInWindow(placeReports, range("2023-05-22", "2023-05-22"), false))).toBe(1);
  });

  it("counts an article naming a place twice as one source", () => {
    const kozinka = placeReports.find((f) => f.properties.place_id === "gn:kozinka")!;
    const twice = [kozinka, { ...kozinka, properties: { ...kozinka.properties, report_index: 99 } }];
    expect(sourcesOf("gn:kozinka", twice, twice)).toBe(1);
    expect(placeSummaries(twice, reportNumbers(twice))[0]?.sourceCount).toBe(1);
  });
});

describe("sourcing of a place", () => {
  it("lists every article newest first and flags different event dates", () => {
    const sudzha = placeSourcing(placeReports, "gn:sudzha");
    expect(sudzha?.reports.map((r) => r.source_published)).toEqual(["2024-08-09", "2024-08-07"]);
    expect(sudzha?.eventDateClaims).toEqual(["2024-08-06 – 2024-08-07", "2024-08-08"]);
    expect(sudzha?.independentOutlets).toBe(2);
  });

  it("returns nothing for an unknown place", () => {
    expect(placeSourcing(placeReports, "gn:nowhere")).toBeNull();
  });
});
