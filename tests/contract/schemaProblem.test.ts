import { describe, expect, it } from "vitest";
import { z } from "zod";
import { campaignListSchema } from "../../src/contract/campaign";
import { parseOrThrow, schemaIssue, schemaProblem } from "../../src/contract/schemaProblem";

const campaign = {
  id: "kursk-2024", name: "Kursk", start: "2024-08-06", end: "2024-10-31", colour: "#e34a33", source: "ISW", regions: ["Kursk Oblast"],
};

describe("schema problems", () => {
  it("name a bad campaigns file, the field as it reads in the file, what was expected and what was found", () => {
    expect(() => parseOrThrow(campaignListSchema, [campaign, { ...campaign, start: 20240806 }], "data/campaigns.json"))
      .toThrow(/^data\/campaigns\.json: \[1\]\.start: Invalid input: expected string, received number$/);
  });

  it("show the value found where zod's wording does not", () => {
    expect(() => parseOrThrow(campaignListSchema, [{ ...campaign, colour: "red" }], "data/campaigns.json"))
      .toThrow(/^data\/campaigns\.json: \[0\]\.colour: .*pattern.*, got "red"$/);
    expect(() => parseOrThrow(campaignListSchema, [{ ...campaign, source: undefined }], "data/campaigns.json"))
      .toThrow(/^data\/campaigns\.json: \[0\]\.source: Invalid input: expected string, received undefined$/);
    const long = "x".repeat(500);
    expect(() => parseOrThrow(campaignListSchema, [{ ...campaign, colour: long }], "c.json")).toThrow(/, got "x{60}"…$/);
  });

  it("count the problems after the first", () => {
    const error = campaignListSchema.safeParse([{ ...campaign, start: 1, end: 2 }]).error!;
    expect(schemaProblem("c.json", error)).toMatch(/^c\.json: \[0\]\.start: .+ \(and 1 more\)$/);
  });

  it("say (root) when the whole value is wrong, and leave the place to callers that give their own", () => {
    const error = z.object({ places: z.array(z.unknown()) }).safeParse("villages").error!;
    expect(schemaIssue(error)).toBe("(root): Invalid input: expected object, received string");
  });

  it("hand back the parsed value when nothing is wrong", () => {
    expect(parseOrThrow(campaignListSchema, [campaign], "data/campaigns.json")).toEqual([campaign]);
  });
});
