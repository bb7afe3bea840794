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
type SpeakerReading =
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

const PRONOUN = /^(?:he|she|it|they|him|her|them)$/i;
const LOCAL = new Set(["regional", "local", "city", "district", "village", "municipal", "oblast"]);
const ROLE_PHRASE = /^(?:the|its|their|his|her)\s+([\p{L}\s-]{3,40})$/iu;
// Words of a phrase; "Russia's" stays whole, as the side words spell it.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// Phrases recur across an archive ("the ministry said"); each lexicon keeps its own readings.
const READINGS_KEPT = 4096;

/**
 * Whole-word phrases, indexed by their first word: a lookup walks the words once and compares
 * only the phrases that start with each word, building no strings.
 */
class PhraseSet<V> {
  private readonly byFirstWord = new Map<string, { words: string[]; phrase: string; value: V }[]>();
  constructor(private readonly folded: boolean) {}
  add(phrase: string, value: V) {
    const found = phrase.match(WORD) ?? [];
    if (found.length === 0) return;
    const words = this.folded ? found.map((w) => w.toLowerCase()) : found;
    const list = this.byFirstWord.get(words[0]!) ?? [];
    const joined = words.join(" ");
    const same = list.findIndex((p) => p.phrase === joined);
    if (same >= 0) list[same] = { words, phrase: joined, value };
    else list.push({ words, phrase: joined, value });
    // Longest first, so the first that matches at a word is the longest there.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(words[0]!, list);
  }
  /**
   * The longest phrase of the set among the words (the leftmost of equal length), with its
   * value; `atEnd` only where it ends the words.
   */
  longest(words: readonly string[], lower: readonly string[], atEnd = false): { phrase: string; value: V } | null {
    const source = this.folded ? lower : words;
    let best: { phrase: string; value: V; length: number } | null = null;
    for (let i = 0; i < source.length; i++) {
      const candidates = this.byFirstWord.get(source[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        const n = c.words.length;
        if (i + n > source.length || (atEnd && i + n !== source.length) || (best && n <= best.length)) continue;
        let k = 1;
        while (k < n && c.words[k] === source[i + k]) k++;
        if (k === n) {
          best = { phrase: c.phrase, value: c.value, length: n };
          break;
        }
      }
    }
    return best && { phrase: best.phrase, value: best.value };
  }
}

/** Compiles the lexicon file into phrase sets; names match case-sensitively, generic words in any case. */
export function compileClaimantLexicon(file: ClaimantLexiconFile): ClaimantLexicon {
  const names = new PhraseSet<LexiconSpeaker>(false);
  for (const e of file.claimants) {
    const speaker = { name: e.names[0]!, kind: e.kind, roles: e.roles };
    for (const n of e.names) names.add(n.replace(/^the\s+/i, ""), speaker);
  }
  const sides = new PhraseSet<"russian_official" | "ukrainian_official">(true);
  for (const s of file.sides) for (const w of s.words) sides.add(w, s.kind);
  const group = (words: readonly string[]) => {
    const set = new PhraseSet<true>(true);
    for (const w of words) set.add(w, true);
    return set;
  };
  const official = group(file.officialWords);
  const independent = group(file.independentWords);
  const armed = group(file.armedGroupWords.map((w) => w.replace(/^the\s+/i, "")));
  const outlet = group(file.outletWords);
  const unknown = group(file.unknownWords);
  const roles = new Set(file.claimants.flatMap((e) => e.roles.map((r) => r.toLowerCase())));
  const readings = new Map<string, SpeakerReading>();

  function read(text: string): SpeakerReading {
    if (PRONOUN.test(text)) return { found: "pronoun" };
    const words = text.match(WORD) ?? [];
    const lower = words.map((w) => w.toLowerCase());
    // "Russian military bloggers": a generic speaker at the head of the phrase wins over a name inside it.
    if (independent.longest(words, lower, true)) return { found: "kind", kind: "independent", rule: "generic independent speaker" };
    // The longest name wins: "Russian Volunteer Corps" in "the commander of the Russian Volunteer Corps".
    const named = names.longest(words, lower);
    if (named) return { found: "named", speaker: named.value, rule: "lexicon name" };
    const content = lower[0] === "the" ? lower.slice(1) : lower;
    // "Kyiv denied", "Russia said": a country or capital on its own stands for its government.
    const alone = content.length === 1 ? sides.longest(content, content) : null;
    if (alone) return { found: "kind", kind: alone.value, rule: "a country or capital standing for its government" };
    if (outlet.longest(words, lower)) return { found: "kind", kind: "outlet", rule: "the article's own reporting" };
    if (independent.longest(words, lower)) return { found: "kind", kind: "independent", rule: "generic independent speaker" };
    const isOfficial = official.longest(words, lower) !== null;
    if (isOfficial) {
      const side = sides.longest(words, lower);
      if (side) return { found: "kind", kind: side.value, rule: "official of a named side" };
    }
    const role = ROLE_PHRASE.exec(text)?.[1]?.toLowerCase().trim();
    if (role && roles.has(role)) return { found: "role", role };
    if (isOfficial && lower.some((w) => LOCAL.has(w))) return { found: "local" };
    if (armed.longest(words, lower)) return { found: "kind", kind: "armed_group", rule: "generic armed group" };
    if (unknown.longest(words, lower)) return { found: "kind", kind: "unknown", rule: "unidentified sources" };
    return { found: "nothing" };
  }

  return {
    read(phrase) {
      const text = phrase.trim();
      let reading = readings.get(text);
      if (reading === undefined) {
        reading = read(text);
        if (readings.size >= READINGS_KEPT) readings.clear();
        readings.set(text, reading);
      }
      return reading;
    },
  };
}
