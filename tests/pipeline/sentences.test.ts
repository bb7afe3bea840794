import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/pipeline/sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitting an article into sentences", () => {
  it("ends a sentence at a full stop before a capital", () => {
    expect(texts("Troops entered Sudzha. Fighting continued.")).toEqual(["Troops entered Sudzha.", "Fighting continued."]);
  });
  it("keeps abbreviations and initials inside the sentence", () => {
    expect(texts("Gen. Gerasimov saw U.S. vehicles near Sudzha. Then he left.")).toEqual(["Gen. Gerasimov saw U.S. vehicles near Sudzha.", "Then he left."]);
  });
  it("ends a sentence at a closing quote", () => {
    expect(texts("“We hold the village.” Officials disagreed.")).toEqual(["“We hold the village.”", "Officials disagreed."]);
  });
  it("treats a line break as a boundary so headlines stay apart", () => {
    expect(texts("Clashes Erupt in Kursk\nTroops crossed on Tuesday.")).toEqual(["Clashes Erupt in Kursk", "Troops crossed on Tuesday."]);
  });
  it("gives each sentence its offset in the text", () => {
    const text = "One.  Two here.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
