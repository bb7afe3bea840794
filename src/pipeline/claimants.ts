import { z } from "zod";
import { claimantKind, type ClaimantKind } from "../contract/placeReport";

/**
 * The lexicon of speakers (`data/claimants.json`): bodies and office-holders with the kind
 * of claimant each is, the words that put an official phrase on one side ("Russian
 * officials", "Kursk authorities"), and generic speakers. Read at the edge and handed in;
 * this module only validates and compiles it.
 */
const entry = z.object({
  names: z.array(z.string().min(1)).min(1),
  kind: claimantKind,
  roles: z.array(z.string()).default([]),
  source: z.string().min(1),
});

export const claimantLexiconFile = z.object({
  about: z.string().optional(),
  claimants: z.array(entry),
  sides: z.array(z.object({ kind: z.enum(["russian_official", "ukrainian_official"]), words: z.array(z.string()), source: z.string() })),
  officialWords: z.array(z.string()),
  independentWords: z.array(z.string()),
  armedGroupWords: z.array(z.string()),
  outletWords: z.array(z.string()),
  unknownWords: z.array(z.string()),
});
export type ClaimantLexiconFile = z.infer<typeof claimantLexiconFile>;

export interface LexiconSpeaker {
  /** The canonical name: the entry's first. */
  name: string;
  kind: ClaimantKind;
  roles: readonly string[];
}

/** How a phrase naming a speaker reads: who it is, or that it points back to an earlier speaker. */
export type SpeakerReading =
  | { found: "named"; speaker: LexiconSpeaker; rule: string }
  | { found: "kind"; kind: ClaimantKind; rule: string }
  | { found: "role"; role: string }
  | { found: "pronoun" }
  /** "Regional officials", "local authorities": the officials of the region the place named is in. */
  | { found: "local" }
  | { found: "nothing" };

export interface ClaimantLexicon {
  read(phrase: string): SpeakerReading;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsPattern = (words: readonly string[], flags: string) =>
  words.length === 0 ? new RegExp("(?!)", flags) : new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, flags);

const PRONOUN = /^(?:he|she|it|they|him|her|them)$/i;
const LOCAL = /\b(?:regional|local|city|district|village|municipal|oblast)\b/i;
const ROLE_PHRASE = /^(?:the|its|their|his|her)\s+([\p{L}\s-]{3,40})$/iu;

/** Compiles the lexicon file into one matcher per group; a name is matched as whole words, case-sensitively. */
export function compileClaimantLexicon(file: ClaimantLexiconFile): ClaimantLexicon {
  const byName = new Map<string, LexiconSpeaker>();
  for (const e of file.claimants) {
    const speaker = { name: e.names[0]!, kind: e.kind, roles: e.roles };
    for (const n of e.names) byName.set(n.replace(/^the\s+/i, "").toLowerCase(), speaker);
  }
  const names = wordsPattern([...new Set(file.claimants.flatMap((e) => e.names.map((n) => n.replace(/^the\s+/i, ""))))], "gu");
  const sideWords = file.sides.map((s) => ({ kind: s.kind, pattern: wordsPattern(s.words, "u") }));
  const official = wordsPattern(file.officialWords, "iu");
  const independent = wordsPattern(file.independentWords, "iu");
  const independentHead = new RegExp(`(?:${independent.source})$`, "iu");
  const armed = wordsPattern(file.armedGroupWords, "iu");
  const outlet = wordsPattern(file.outletWords, "iu");
  const unknown = wordsPattern(file.unknownWords, "iu");
  const roles = new Set(file.claimants.flatMap((e) => e.roles.map((r) => r.toLowerCase())));
  // "Kyiv denied", "Russia said": a country or capital on its own stands for its government.
  const sideAlone = new Map(file.sides.flatMap((s) => s.words.map((w) => [w.toLowerCase(), s.kind] as const)));

  return {
    read(phrase) {
      const text = phrase.trim();
      if (PRONOUN.test(text)) return { found: "pronoun" };
      // The longest name wins: "Russian Volunteer Corps" in "the commander of the Russian Volunteer Corps".
      // "Russian military bloggers": a generic speaker at the head of the phrase wins over a name inside it.
      if (independentHead.test(text)) return { found: "kind", kind: "independent", rule: "generic independent speaker" };
      let best: string | null = null;
      for (const m of text.matchAll(names)) if (!best || m[0].length > best.length) best = m[0];
      if (best) return { found: "named", speaker: byName.get(best.toLowerCase())!, rule: "lexicon name" };
      const alone = sideAlone.get(text.replace(/^the\s+/i, "").toLowerCase());
      if (alone) return { found: "kind", kind: alone, rule: "a country or capital standing for its government" };
      if (outlet.test(text)) return { found: "kind", kind: "outlet", rule: "the article's own reporting" };
      const role = ROLE_PHRASE.exec(text)?.[1]?.toLowerCase().trim();
      // Before the official words: "Russian military bloggers" are not the Russian military.
      if (independent.test(text)) return { found: "kind", kind: "independent", rule: "generic independent speaker" };
      if (official.test(text)) {
        const side = sideWords.find((s) => s.pattern.test(text));
        if (side) return { found: "kind", kind: side.kind, rule: "official of a named side" };
      }
      if (role && roles.has(role)) return { found: "role", role };
      if (LOCAL.test(text) && official.test(text)) return { found: "local" };
      if (armed.test(text)) return { found: "kind", kind: "armed_group", rule: "generic armed group" };
      if (unknown.test(text)) return { found: "kind", kind: "unknown", rule: "unidentified sources" };
      return { found: "nothing" };
    },
  };
}
