import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

const SAMPLE = "data/sample";

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
  it("answers as the list patterns alone would, for every prefix of the sample articles and odd joints", () => {
    // The patterns as written: textBeforeList reads the text's end before trying them.
    const tail = /(?:,\s*|,?\s+(?:and|or)\s+)$/;
    const item = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u;
    const patternsAlone = (before: string) => {
      let head = before;
      while (tail.test(head)) {
        const trimmed = head.replace(tail, "");
        const found = trimmed.match(item);
        if (!found) break;
        head = trimmed.slice(0, found.index);
      }
      return head;
    };
    const texts = readdirSync(SAMPLE).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(SAMPLE, f), "utf8"));
    const prefixes = texts.flatMap((text) => [...text.matchAll(/\p{Lu}/gu)].map((m) => text.slice(Math.max(0, m.index - 120), m.index)));
    const joints = [",", ", ", ",\n", " and ", "\tand\t", ", or\u3000", " AND ", "and ", " or", ",\ufeff", " band ", " Orland ", " nor "];
    const odd = joints.flatMap((joint) => ["in Sudzha" + joint, "near Izium, Lyman" + joint, joint, "Kursk" + joint + "Belgorod" + joint]);
    const all = [...prefixes, ...odd];
    // Enough of them end in a list for the patterns to have something to say.
    expect(all.filter((before) => patternsAlone(before) !== before).length).toBeGreaterThan(30);
    for (const before of all) expect(textBeforeList(before), JSON.stringify(before)).toBe(patternsAlone(before));
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
