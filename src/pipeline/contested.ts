import type { ClaimantKind, Quote } from "../contract/placeReport";

/**
 * A place is contested in an article when claimants of opposing sides disagree about it:
 * one asserts and the other denies, or both assert outcomes that cannot both be true
 * (taken or held against repelled or driven back). Armed groups fight on Ukraine's side.
 */
const SIDE: Partial<Record<ClaimantKind, "russia" | "ukraine">> = {
  russian_official: "russia",
  ukrainian_official: "ukraine",
  armed_group: "ukraine",
};

const TAKEN = /\b(?:captur\w*|took|taken|tak(?:e|es|ing) (?:full )?control|seiz\w*|liberat\w*|freed|entered|(?:in|under) (?:their|our|its|Ukrainian|Russian) (?:hands|control)|held|holds?|holding|controls?|controlled|fighting (?:is |was )?under way|fought|fighting in)\b/i;
const REPELLED = /\b(?:repel\w*|repuls\w*|pushed back|driven back|drove back|thwart\w*|stopped|routed|prevented|did not (?:enter|go into|cross)|border (?:was|is) holding|no one had crossed)\b/i;

export function isContested(quotes: readonly Quote[]): boolean {
  // One side alone cannot contest; the outcome words are read only where both speak.
  let sides = 0;
  for (const q of quotes) {
    const side = q.claimant_kind ? SIDE[q.claimant_kind] : undefined;
    if (side === "russia") sides |= 1;
    else if (side === "ukraine") sides |= 2;
  }
  if (sides !== 3) return false;
  const claims = quotes.flatMap((q) => {
    const side = q.claimant_kind ? SIDE[q.claimant_kind] : undefined;
    if (!side || !q.stance || q.stance === "none") return [];
    const outcome = q.stance === "denies" ? "denied" : REPELLED.test(q.text) ? "repelled" : TAKEN.test(q.text) ? "taken" : "asserted";
    return [{ side, outcome }];
  });
  return claims.some((a) =>
    claims.some(
      (b) =>
        a.side !== b.side &&
        ((a.outcome !== "denied" && b.outcome === "denied") || (a.outcome === "taken" && b.outcome === "repelled")),
    ),
  );
}

const KIND_ORDER: readonly ClaimantKind[] = ["russian_official", "ukrainian_official", "armed_group", "independent", "outlet", "unknown"];

/** The kinds of claimant among the quotes, each once, in the contract's order. */
export function claimantKindsOf(quotes: readonly Quote[]): ClaimantKind[] {
  const present = new Set(quotes.map((q) => q.claimant_kind));
  return KIND_ORDER.filter((k) => present.has(k));
}
