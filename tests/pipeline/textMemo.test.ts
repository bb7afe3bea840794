import { describe, expect, it } from "vitest";
import { memoByText } from "../../src/pipeline/textMemo";

describe("a function of a text, memoised", () => {
  it("answers as the fold does, folding each input once", () => {
    const seen: string[] = [];
    const fold = memoByText((text) => {
      seen.push(text);
      return text.toLowerCase();
    });
    expect(["Kursk", "KURSK", "Kursk", "Sudzha", "KURSK"].map(fold)).toEqual(["kursk", "kursk", "kursk", "sudzha", "kursk"]);
    expect(seen).toEqual(["Kursk", "KURSK", "Sudzha"]);
  });
  it("starts afresh once it holds its limit, so it never holds more", () => {
    const seen: string[] = [];
    const fold = memoByText((text) => (seen.push(text), text), 2);
    for (const text of ["a", "b", "c", "a"]) fold(text);
    // "c" found the memo full and emptied it, so "a" is folded again.
    expect(seen).toEqual(["a", "b", "c", "a"]);
    fold("c");
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});
