import { describe, expect, it } from "vitest";
import { findNameSpans, textBeforeList, tokenize } from "../../src/pipeline/spans";

describe("tokens and name spans", () => {
  it("keeps hyphenated and apostrophised names whole and drops the possessive", () => {
    expect(tokenize("Gora-Podol’s town hall, Ryl’sk and Russia's border.").map((t) => t.text)).toEqual([
      "Gora-Podol", "town", "hall", "Ryl’sk", "and", "Russia", "border",
    ]);
  });
  it("reads Cyrillic and accented letters as words", () => {
    expect(tokenize("Тёткино — Tëtkino.").map((t) => t.text)).toEqual(["Тёткино", "Tëtkino"]);
  });
  it("gives each token its offset", () => {
    const text = "In  Sudzha, troops";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("attaches the generic word after a name and shares a plural one across a list", () => {
    const spans = findNameSpans("Raids hit the Belgorod and Kursk oblasts and the Sudzha district.");
    expect(spans.map((s) => [s.text, s.generic?.kind, s.generic?.shared])).toEqual([
      ["Raids", undefined, undefined],
      ["Belgorod", "region", true],
      ["Kursk", "region", true],
      ["Sudzha", "district", false],
    ]);
  });
});

describe("lists of names", () => {
  it("finds the words before a whole list", () => {
    expect(textBeforeList("officials in Washington, Berlin and ")).toBe("officials in ");
    expect(textBeforeList("fighting near ")).toBe("fighting near ");
  });
});
