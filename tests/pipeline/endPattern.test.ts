import { describe, expect, it } from "vitest";
import { endsWith } from "../../src/pipeline/endPattern";

const LOCATIVE = String.raw`\b(?:in|near|outside)\s+(?:the\s+)?`;
const MEASURED = String.raw`\d[\d,.]*\s*km\b[^.]{0,30}?\b(?:from|of)\s+(?:the\s+)?`;
const TEXTS = [
  "Shelling was reported in ",
  "Shelling was reported in the ",
  "Shelling was reported within ",
  "Shelling in the town of ",
  "Troops were seen near  the ",
  "They went in. The ",
  "about 20 km south-east of the ",
  "about 20 km. Then north of ",
  "",
  "in",
];

describe("a pattern that tests the end of a text", () => {
  it.each(TEXTS)("answers as the pattern anchored at the end does, for %j", (text) => {
    for (const source of [LOCATIVE, MEASURED]) expect(endsWith(source, "i").test(text)).toBe(new RegExp(`${source}$`, "i").test(text));
  });
  it("finds the locative that ends 'reported in the ' and none in 'reported within '", () => {
    expect(endsWith(LOCATIVE, "i").test("Shelling was reported in the ")).toBe(true);
    expect(endsWith(LOCATIVE, "i").test("Shelling was reported within ")).toBe(false);
    expect(endsWith(LOCATIVE, "i").test("Shelling in the town of ")).toBe(false);
  });
});
