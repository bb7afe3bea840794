import { describe, expect, it } from "vitest";
import type { ClaimantKind, ClaimStance, Quote } from "../../src/contract/placeReport";
import { placeReportsToCsv } from "../../src/export/csv";
import { placeReportsToGeoJson } from "../../src/export/geojson";
import { buildSnapshot } from "../../src/export/snapshot";
import { layoutSnapshot, type DrawOp } from "../../src/export/snapshotLayout";
import { campaign, placeReport } from "../compare/placeReportFixture";
import { parseCsv } from "./parseCsvForTest";

const quote = (text: string, claimant: string | null, claimant_kind: ClaimantKind, stance: ClaimStance): Quote =>
  ({ text, start: 0, end: 7, claimant, claimant_kind, stance });

const contested = placeReport({
  place_id: "gn:tetkino",
  quotes: [
    quote("Tetkino was shelled, Vyacheslav Gladkov said; no one had crossed.", "Vyacheslav Gladkov", "russian_official", "denies"),
    quote("The Legion said it had entered Tetkino.", "Freedom of Russia Legion", "armed_group", "asserts"),
    quote("Tetkino is 2 km from the border.", "=Example Wire", "outlet", "none"),
    quote("The Legion again named Tetkino.", "Freedom of Russia Legion", "armed_group", "asserts"),
  ],
  contested: true,
  claimant_kinds: ["russian_official", "armed_group", "outlet"],
});
const unattributed = placeReport({ place_id: "gn:sudzha" });

const rowsOf = (text: string) => {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

describe("exports carry who claims what", () => {
  it("keeps every claimant field in the GeoJSON properties", () => {
    const [feature] = JSON.parse(placeReportsToGeoJson([{ ...contested, properties: { ...contested.properties, report_index: 4 } } as typeof contested])).features;
    expect(feature.properties.contested).toBe(true);
    expect(feature.properties.claimant_kinds).toEqual(["russian_official", "armed_group", "outlet"]);
    expect(feature.properties.quotes[0]).toMatchObject({ claimant: "Vyacheslav Gladkov", claimant_kind: "russian_official", stance: "denies" });
    expect(feature.properties.report_index).toBeUndefined();
  });

  it("gives the CSV the claimant kinds, whether contested, the claimants once each, and one claim per quote line", () => {
    const [row, bare] = rowsOf(placeReportsToCsv([contested, unattributed]));
    expect(row!.claimant_kinds).toBe("russian_official;armed_group;outlet");
    expect(row!.contested).toBe("true");
    expect(row!.claimants).toBe("Vyacheslav Gladkov (russian_official); Freedom of Russia Legion (armed_group); =Example Wire (outlet)");
    expect(row!.quote_claimants!.split("\n")).toEqual([
      "Vyacheslav Gladkov (russian_official): denies",
      "Freedom of Russia Legion (armed_group): asserts",
      "=Example Wire (outlet): none",
      "Freedom of Russia Legion (armed_group): asserts",
    ]);
    expect(row!.quote!.split("\n")).toHaveLength(4);
    expect([bare!.claimant_kinds, bare!.contested, bare!.claimants, bare!.quote_claimants]).toEqual(["", "", "", ""]);
  });

  it("never lets a claimant's name start a spreadsheet formula", () => {
    const alone = placeReport({ place_id: "p", quotes: [quote("Tetkino.", "=HYPERLINK(\"http://x\")", "unknown", "asserts")] });
    const [row] = rowsOf(placeReportsToCsv([alone]));
    expect(row!.claimants).toMatch(/^'=/);
    expect(row!.quote_claimants).toMatch(/^'=/);
  });

  it("says under the snapshot's legend which claimant kinds are shown while the filter is on", () => {
    const input = {
      timeWindow: { from: "2024-03-12", to: "2024-03-31" },
      campaigns: [campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" })],
      visibleReports: [contested], mapCredits: [],
    };
    const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 0);
    const frame = { mapWidthPx: 800, mapHeightPx: 500, pixelRatio: 1, zoom: 9, centreLat: 50.5 };
    const textOf = (ops: DrawOp[]) => ops.flatMap((op) => (op.op === "text" ? [op.text] : [])).join("\n");
    const filtered = textOf(layoutSnapshot(buildSnapshot({ ...input, claimKinds: ["ukrainian_official", "independent"] }), frame, measure).ops);
    expect(filtered).toContain("Claims by Ukrainian officials and independent sources only");
    const unfiltered = textOf(layoutSnapshot(buildSnapshot({ ...input, claimKinds: null }), frame, measure).ops);
    expect(unfiltered).not.toContain("Claims by");
  });
});
