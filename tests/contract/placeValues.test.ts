import { describe, expect, it } from "vitest";
import { claimantKind, unresolvedPlaceSchema } from "../../src/contract/placeReport";
import { CLAIMANT_KINDS, UNRESOLVED_FIELDS } from "../../src/contract/placeValues";

describe("the contract's values the page reads before its schemas load", () => {
  it("lists the fields of an unresolved row exactly as the schema does", () =>
    expect([...UNRESOLVED_FIELDS].sort()).toEqual(Object.keys(unresolvedPlaceSchema.shape).sort()));
  it("lists the claimant kinds the schema accepts", () => expect(claimantKind.options).toEqual([...CLAIMANT_KINDS]));
});
