import { describe, expect, it } from "vitest";
import { readAlternateNames, withAlternateNames } from "../../src/gazetteer/alternateNames";
import { ruAlternateNamesText } from "../fixtures/geonames/archives";

const WHERE = "alternatenames/RU.zip/RU.txt";
const table = (wanted: string[]) => readAlternateNames(ruAlternateNamesText.split("\n"), new Set(wanted), WHERE);

describe("reading GeoNames' alternate-names table", () => {
  it("takes Russian, Ukrainian and unlabelled spellings, and leaves out links, postal and airport codes", () => {
    expect(table(["1000102", "1000104"]).names).toEqual(new Map([["1000102", ["Глотово", "Глотове", "Glotovka"]]]));
  });

  it("reads only the places asked for", () => {
    expect([...table(["1000190"]).names.keys()]).toEqual(["1000190"]);
    expect(table([]).names.size).toBe(0);
  });

  it("reports a row without enough columns by its line", () => {
    expect(table(["1000102"]).problems).toEqual([`${WHERE}:8: expected at least 4 tab-separated columns, got 2`]);
  });

  it("refuses a file that is not an alternate-names table", () => {
    expect(() => readAlternateNames(["1000101\tTëtkino\tTetkino\t\t51.28\t34.29"], new Set(), WHERE)).toThrow(
      /^alternatenames\/RU\.zip\/RU\.txt: not a GeoNames alternate-names table: .* on line 1$/,
    );
  });

  it("adds spellings to a dump row's alternatenames column without repeating one", () => {
    const row = ["1000102", "Glotovo", "Glotovo", "Глотово", "50.49", "35.53"];
    const [merged] = withAlternateNames([row], new Map([["1000102", ["Глотово", "Глотове"]]]));
    expect(merged?.[3]).toBe("Глотово,Глотове");
    expect(merged?.slice(0, 3)).toEqual(row.slice(0, 3));
  });

  it("leaves a row the table has nothing for as it was", () => {
    const row = ["1000101", "Tëtkino", "Tetkino", "Tetkino"];
    expect(withAlternateNames([row], new Map())).toEqual([row]);
  });
});
