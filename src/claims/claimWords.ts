import type { ClaimantKind, ClaimStance, Quote } from "../contract/placeReport";

/** Words for the claimant kinds and stances (the sourcing panel's quotes, the claims filter, compare, export); pure, tested without a browser. */
export const KIND_LABEL: Record<ClaimantKind, string> = {
  russian_official: "Russian official",
  ukrainian_official: "Ukrainian official",
  armed_group: "armed group",
  independent: "independent",
  outlet: "the outlet",
  unknown: "unidentified",
};

const STANCE_VERB: Record<ClaimStance, string> = {
  asserts: "says",
  denies: "denies",
  reports_others: "passes on reports",
  none: "mentions it",
};

/** "Vyacheslav Gladkov (Russian official) denies"; null for a quote written before attribution. */
export function claimLine(quote: Quote): { who: string; kind: ClaimantKind; verb: string; stance: ClaimStance } | null {
  if (!quote.claimant_kind || !quote.stance) return null;
  const who = quote.claimant_kind === "outlet" ? "The article itself" : (quote.claimant ?? "An unnamed source");
  return { who, kind: quote.claimant_kind, verb: STANCE_VERB[quote.stance], stance: quote.stance };
}

const SIDE_WORDS: Partial<Record<ClaimantKind, string>> = {
  russian_official: "Russian officials",
  ukrainian_official: "Ukrainian officials",
  armed_group: "armed groups",
};
const RUSSIAN: readonly ClaimantKind[] = ["russian_official"];
const UKRAINIAN: readonly ClaimantKind[] = ["ukrainian_official", "armed_group"];

/**
 * A place's quotes across its reports, said plainly when the sides disagree:
 * "Russian officials deny; Ukrainian officials and armed groups assert". Null when they do not.
 */
export function contestedSummary(reports: readonly { contested?: boolean; quotes: readonly Quote[] }[]): string | null {
  const quotes = reports.flatMap((r) => r.quotes);
  const kindsWith = (stance: ClaimStance, side: readonly ClaimantKind[]) =>
    side.filter((k) => quotes.some((q) => q.claimant_kind === k && q.stance === stance));
  const phrase = (kinds: ClaimantKind[]) => kinds.map((k) => SIDE_WORDS[k]).join(" and ");
  for (const [deniers, asserters] of [[RUSSIAN, UKRAINIAN], [UKRAINIAN, RUSSIAN]] as const) {
    const deny = kindsWith("denies", deniers);
    const assert = kindsWith("asserts", asserters);
    if (deny.length > 0 && assert.length > 0) return `${phrase(deny)} deny; ${phrase(assert)} assert.`;
  }
  if (reports.some((r) => r.contested)) return "The sides claim outcomes that cannot both be true.";
  return null;
}

/** The kinds of claimant as a reader chooses among them (the filter, compare's numbers, export's claims line): who is speaking, in the plural. */
export const KIND_PLURAL: Record<ClaimantKind, string> = {
  russian_official: "Russian officials",
  ukrainian_official: "Ukrainian officials",
  armed_group: "armed groups",
  independent: "independent sources",
  outlet: "the outlets themselves",
  unknown: "unidentified speakers",
};

/** "Claims by Ukrainian officials and independent sources only"; null when every report is shown. */
export function claimFilterLine(kinds: readonly ClaimantKind[] | null): string | null {
  if (!kinds || kinds.length === 0) return null;
  const words = kinds.map((k) => KIND_PLURAL[k]);
  const listed = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
  return `Claims by ${listed} only`;
}
