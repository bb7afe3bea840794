import { describe, expect, it } from "vitest";
import { csvField, placeReportsToCsv } from "../../src/export/csv";
import { placeReport } from "../compare/placeReportFixture";
import { parseCsv } from "./parseCsvForTest";

describe("CSV export", () => {
  it("quotes fields with a comma, a quote or a line break and doubles inner quotes", () => {
    expect(csvField("Sudzha, Kursk")).toBe('"Sudzha, Kursk"');
    expect(csvField('the "liberation" of')).toBe('"the ""liberation"" of"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("Kozinka")).toBe("Kozinka");
    expect(csvField(null)).toBe("");
  });

  it("prefixes text cells that a spreadsheet would run as a formula", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tcmd"]) {
      expect(csvField(text).replace(/^"/, "")).toMatch(/^'/);
    }
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
  });

  it("keeps negative numbers as numbers", () => {
    expect(csvField(-3.5)).toBe("-3.5");
  });

  it("says where a village drawn approximately is drawn, and leaves the cell empty for others", () => {
    const approximate = placeReport({ place_id: "near:486816:kremyanoye", geo_precision: "near", container_name: "Sudzha" });
    const [header = [], first = [], second = []] = parseCsv(placeReportsToCsv([approximate, placeReport({ place_id: "p2" })]));
    const column = header.indexOf("container_name");
    expect([first[column], second[column]]).toEqual(["Sudzha", ""]);
  });

  it("writes one record per report that reads back to the same values", () => {
    const hostile = placeReport({
      place_id: "p1",
      source_title: '=cmd|"/c calc"!A1, "quoted"',
      quotes: [{ text: "First, line\r\nsecond", start: 0, end: 5 }],
      border_distance_km: -2.5,
    }, [35.6026, 50.4613]);
    const text = placeReportsToCsv([hostile, placeReport({ place_id: "p2" })]);
    const records = parseCsv(text);
    expect(records).toHaveLength(3);
    const header = records[0] ?? [];
    const row = Object.fromEntries(header.map((name, i) => [name, records[1]?.[i]]));
    expect(row.source_title).toBe(`'=cmd|"/c calc"!A1, "quoted"`);
    expect(row.quote).toBe("First, line\r\nsecond");
    expect(row.border_distance_km).toBe("-2.5");
    expect([row.lon, row.lat]).toEqual(["35.6026", "50.4613"]);
    expect(records.every((r) => r.length === header.length)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });
});
