import { describe, expect, it } from "vitest";
import { placeKey, placeSkeleton, transliterateCyrillic } from "../../src/pipeline/placeKey";

describe("placeKey", () => {
  it("folds Tiotkino, Tyotkino, Tetkino, Tëtkino and Тёткино to one key", () => {
    const keys = new Set(["Tiotkino", "Tyotkino", "Tetkino", "Tëtkino", "Тёткино"].map(placeKey));
    expect([...keys]).toEqual([placeKey("Tëtkino")]);
  });
  it("folds Izium/Izyum and Kupiansk/Kupyansk", () => {
    expect(placeKey("Izium")).toBe(placeKey("Izyum"));
    expect(placeKey("Kupiansk")).toBe(placeKey("Kupyansk"));
  });
  it("folds Ukrainian h and Russian g spellings of Kharkiv in Cyrillic and Latin", () => {
    expect(placeKey("Харків")).toBe(placeKey("Kharkiv"));
    expect(placeKey("Bilhorod")).toBe(placeKey("Bilgorod"));
  });
  it("folds Sievierodonetsk and Severodonetsk", () => {
    expect(placeKey("Sievierodonetsk")).toBe(placeKey("Severodonetsk"));
  });
  it("folds adjective endings of Lozovaya and Lozova", () => {
    expect(placeKey("Lozovaya Rudka")).toBe(placeKey("Lozova Rudka"));
    expect(placeKey("Grayvoronsky")).toBe(placeKey("Grayvoronskiy"));
  });
  it("folds -oe and -ae endings like -oi and -yi, in names with no other i", () => {
    expect(placeKey("Lozovoe")).toBe(placeKey("Lozovoi"));
    expect(placeKey("Staroe")).toBe(placeKey("Staryi"));
    expect(placeKey("Krasnae")).toBe(placeKey("Krasnyi"));
  });
  it("reads St, St. and Sankt as Saint, as whole words only", () => {
    const keys = new Set(["Saint Petersburg", "St Petersburg", "St. Petersburg", "St.-Petersburg", "Sankt Petersburg"].map(placeKey));
    expect(keys.size).toBe(1);
    expect(placeKey("Stary Oskol")).not.toBe(placeKey("Saint Ary Oskol"));
    expect(placeKey("Staryi Saltiv")).toBe(placeKey("Stary Saltiv"));
  });
  it("keeps different places apart", () => {
    expect(placeKey("Kursk")).not.toBe(placeKey("Kherson"));
    expect(placeKey("Vovchansk")).not.toBe(placeKey("Volchansk"));
  });
  it("gives vowel variants the same consonant skeleton", () => {
    expect(placeSkeleton(placeKey("Siverdonetsk"))).toBe(placeSkeleton(placeKey("Severodonetsk")));
  });
  it("transliterates Cyrillic keeping capitals", () => {
    expect(transliterateCyrillic("Суджа")).toBe("Sudzha");
  });
});
