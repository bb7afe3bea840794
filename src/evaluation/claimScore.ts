import { z } from "zod";
import type { PlaceReport } from "../contract/placeReport";
import { goldSchema } from "./goldScore";
import { claimantKind, claimStance } from "../contract/placeReport";

/**
 * Scores the attribution of quotes against a hand annotation: each annotated sentence is
 * found by a distinctive fragment of it (`quote`), in any report of the article.
 */

export const claimGoldSchema = z.array(
  goldSchema.element.extend({
    places: z.array(goldSchema.element.shape.places.element.extend({ contested: z.boolean().optional() })),
    claims: z.array(
      z.object({
        quote: z.string(),
        claimant: z.string().nullable(),
        kind: claimantKind,
        stance: claimStance.optional(),
      }),
    ),
  }),
);
export type ClaimGold = z.infer<typeof claimGoldSchema>;

export interface ClaimScore {
  kindAccuracy: number;
  stanceAccuracy: number;
  /** Of the annotated sentences with a named claimant, the share whose claimant names the same speaker. */
  claimantAccuracy: number;
  counts: { annotated: number; found: number; withStance: number; named: number };
  wrong: string[];
}

// "the Russian Defence Ministry" and "Russian Defence Ministry", "Gladkov" and "Vyacheslav Gladkov" name one speaker.
const words = (s: string) => new Set(s.toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}]+/u).filter((w) => w.length > 2 && w !== "the"));
function sameSpeaker(a: string, b: string): boolean {
  const x = words(a);
  return [...words(b)].some((w) => x.has(w));
}

export function scoreClaims(gold: ClaimGold, reportsByArticle: Map<string, PlaceReport[]>): ClaimScore {
  let annotated = 0, found = 0, kindRight = 0, withStance = 0, stanceRight = 0, named = 0, namedRight = 0;
  const wrong: string[] = [];
  for (const article of gold) {
    const quotes = (reportsByArticle.get(article.article) ?? []).flatMap((r) => r.properties.quotes);
    for (const claim of article.claims) {
      annotated++;
      const quote = quotes.find((q) => q.text.includes(claim.quote));
      if (!quote) {
        wrong.push(`${article.article}: no quote holds "${claim.quote}"`);
        continue;
      }
      found++;
      const got = `${quote.claimant ?? "∅"} / ${quote.claimant_kind} / ${quote.stance}`;
      const want = `${claim.claimant ?? "∅"} / ${claim.kind} / ${claim.stance ?? "?"}`;
      let right = true;
      if (quote.claimant_kind === claim.kind) kindRight++;
      else right = false;
      if (claim.stance) {
        withStance++;
        if (quote.stance === claim.stance) stanceRight++;
        else right = false;
      }
      if (claim.claimant !== null && claim.kind !== "outlet") {
        named++;
        if (quote.claimant && sameSpeaker(quote.claimant, claim.claimant)) namedRight++;
        else right = false;
      }
      if (!right) wrong.push(`${article.article}: "${claim.quote}": got ${got}, want ${want}`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    kindAccuracy: ratio(kindRight, found),
    stanceAccuracy: ratio(stanceRight, withStance),
    claimantAccuracy: ratio(namedRight, named),
    counts: { annotated, found, withStance, named },
    wrong,
  };
}
