import { describe, expect, it } from "vitest";
import { cutDump, formatDump } from "../../src/gazetteer/dumpCut";
import { parseDumpLine } from "../../src/gazetteer/geonamesDump";
import { ruDumpText } from "../fixtures/geonames/archives";

const WHERE = "RU.zip/RU.txt";
const lines = (text: string) => text.split("\n");
const names = (rows: string[][]) => rows.map((columns) => columns[1]);
/** A settlement row in GeoNames' 19 columns; coordinates of the real towns, placeholder ids. */
const town = (id: number, name: string, lat: number, lon: number) =>
  [id, name, name, "", lat, lon, "P", "PPLA", "RU", "", "00", "", "", "", "100000", "", "100", "Europe/Moscow", "2023-06-01"].join("\t");

describe("cutting a GeoNames dump to the theatre", () => {
  it("keeps the villages, the district and Kursk, and drops Novosibirsk beyond the Urals and a river", () => {
    const cut = cutDump(lines(ruDumpText), WHERE);
    expect(names(cut.rows)).toEqual(["Tëtkino", "Glotovo", "Sudzhanskiy Rayon", "Kursk"]);
    expect(cut.counts).toEqual({ rows: 8, kept: 4, outsideTheatre: 1, otherFeatures: 1, bad: 2 });
  });

  it("reports the bad rows with the archive member and line", () => {
    expect(cutDump(lines(ruDumpText), WHERE).problems).toEqual([
      'RU.zip/RU.txt:6: latitude must be a number in [-90, 90], got "fifty"',
      "RU.zip/RU.txt:7: expected 19 tab-separated columns, got 5",
    ]);
  });

  it("keeps Kaliningrad, Murmansk, Sevastopol and Orsk, and drops Yekaterinburg east of the Urals", () => {
    const dump = [
      town(1, "Kaliningrad", 54.70649, 20.51095),
      town(2, "Murmansk", 68.97917, 33.09251),
      town(3, "Sevastopol", 44.58883, 33.5224),
      town(4, "Orsk", 51.20487, 58.56685),
      town(5, "Yekaterinburg", 56.8519, 60.6122),
    ];
    expect(names(cutDump(dump, WHERE).rows)).toEqual(["Kaliningrad", "Murmansk", "Sevastopol", "Orsk"]);
  });

  it("refuses a file that is not a dump at all", () => {
    expect(() => cutDump(["name,lat,lon", "Kursk,51.7,36.2"], WHERE)).toThrow(
      /^RU\.zip\/RU\.txt: not a GeoNames dump: expected 19 tab-separated columns .* got 1 on the first line$/,
    );
  });

  it("refuses an empty file", () => {
    expect(() => cutDump([], WHERE)).toThrow(/RU\.zip\/RU\.txt: not a GeoNames dump/);
  });

  it("writes the kept rows back as dump lines the reader takes as they were", () => {
    const { rows } = cutDump(lines(ruDumpText), WHERE);
    const written = formatDump(rows).split("\n");
    expect(written.pop()).toBe("");
    expect(written).toEqual(lines(ruDumpText).slice(0, 4));
    expect(written.map((line) => parseDumpLine(line, {}).kind)).toEqual(["entry", "entry", "entry", "entry"]);
  });
});
