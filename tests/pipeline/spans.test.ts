import { describe, expect, it } from "vitest";
import { findNameSpans, genericKind, textBeforeList, tokenize } from "../../src/pipeline/spans";

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
  it("knows every joint: comma, and, or, Oxford comma, any spacing", () => {
    expect(textBeforeList("shelling of Izium, Lyman, and ")).toBe("shelling of ");
    expect(textBeforeList("towards Kupiansk or ")).toBe("towards ");
    expect(textBeforeList("in Sudzha,")).toBe("in ");
    expect(textBeforeList("in Sudzha\u00a0and\u2009")).toBe("in ");
    expect(textBeforeList("the band ")).toBe("the band ");
    expect(textBeforeList("villages and ")).toBe("villages and ");
    expect(textBeforeList("Kursk and")).toBe("Kursk and");
  });
});

describe("generic words", () => {
  it("knows generics in any case and script, and nothing else", () => {
    expect(genericKind("Oblast")).toBe("region");
    expect(genericKind("district")).toBe("district");
    expect(genericKind("район")).toBe("district");
    expect(genericKind("Village")).toBe("settlement");
    for (const word of ["Sudzha", "constructor", "toString", "hasOwnProperty", "Regional", "2024"]) expect(genericKind(word)).toBeNull();
  });
  it("keeps a possessive off the name, with either apostrophe", () => {
    expect(tokenize("Kursk's and Sumy’S governors").map((t) => t.text)).toEqual(["Kursk", "and", "Sumy", "governors"]);
  });
});
