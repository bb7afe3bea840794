import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/contract/placeReport";
import { claimLine, contestedSummary } from "../../src/claims/claimWords";

const quote = (over: Partial<Quote>): Quote => ({ text: "x", start: 0, end: 1, ...over });

describe("who says so in the sourcing panel", () => {
  it("names the claimant, its kind and a denial", () => {
    expect(claimLine(quote({ claimant: "Vyacheslav Gladkov", claimant_kind: "russian_official", stance: "denies" }))).toMatchObject({
      who: "Vyacheslav Gladkov",
      kind: "russian_official",
      verb: "denies",
    });
  });
  it("says nothing for a quote written before attribution", () => expect(claimLine(quote({}))).toBeNull());
  it("says plainly which side denies and which asserts", () => {
    const reports = [
      { contested: false, quotes: [quote({ claimant_kind: "russian_official", stance: "denies" })] },
      { contested: false, quotes: [quote({ claimant_kind: "armed_group", stance: "asserts" }), quote({ claimant_kind: "ukrainian_official", stance: "asserts" })] },
    ];
    expect(contestedSummary(reports)).toBe("Russian officials deny; Ukrainian officials and armed groups assert.");
  });
  it("is silent when one side alone speaks", () => {
    expect(contestedSummary([{ quotes: [quote({ claimant_kind: "russian_official", stance: "asserts" })] }])).toBeNull();
  });
});
