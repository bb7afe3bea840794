import { callsItAPlace } from "./containers";
import { isDemonymOf, isNamePrefix, isOrdinaryWord, isOrganisationHead, smallWordSetTest } from "./ordinaryWords";
import { editBudget, lookupExact, lookupFuzzy, type NameIndex, type NameMatch } from "./nameIndex";
import { placeKey } from "./placeKey";
import { LOCATIVE_STRONG, LOCATIVE_WEAK, PLACE_ADJECTIVE, SETTLEMENT_NOUN, UNIT_NOUN } from "./lexicon";
import { findNameSpans, genericKind, textBeforeList, tokenize, type NameSpan, type Token } from "./spans";
import type { Sentence } from "./sentences";
import { endsWith } from "./endPattern";

/** One place name in one sentence, with every gazetteer entry it could be. */
export interface Occurrence {
  sentenceIndex: number;
  /** Offsets of the mention inside the sentence (the name plus a generic word that belongs to it). */
  start: number;
  end: number;
  surface: string;
  key: string;
  generic: NameSpan["generic"];
  candidates: readonly NameMatch[];
  /** The text says this is a place ("the village of X", "X district", "near X"). */
  placeEvidence: boolean;
  /** Sentence text before and after the name (after includes any generic word). */
  before: string;
  after: string;
}

/** The name without the generic word the mention carries ("Sudzha" of "Sudzha district"). */
export function bareName(o: Pick<Occurrence, "surface" | "generic">): string {
  return o.generic && !o.generic.shared ? o.surface.slice(0, o.surface.length - o.generic.word.length).trim() : o.surface;
}

const PLACE_INTRO = endsWith(
  String.raw`\b(?:(?:${SETTLEMENT_NOUN}|${UNIT_NOUN}|outskirts|suburbs?)\s+of|(?:villages|towns|settlements|cities)\b[^.;]{0,40}\bincluding)\s+(?:the\s+)?`,
  "i",
);
const STRONG_LOCATIVE = endsWith(String.raw`\b${LOCATIVE_STRONG}\s+(?:the\s+)?(?:${PLACE_ADJECTIVE}\s+)?`, "i");
const WEAK_LOCATIVE = endsWith(String.raw`\b${LOCATIVE_WEAK}\s+(?:the\s+)?`, "i");
const CONTRACTION = /['’](?:ve|ll|re|d|m|t|s)$/i;
const DEMONYM_LIKE = /(?:ian|ians|ans|ese|ish|ean|eans|ites?)$/i;
const ACRONYM = /^\p{Lu}{2,5}$/u;
// Longer gazetteer names exist ("Bosnia and Herzegovina" breaks on "and" anyway); longer windows only cost time.
const MAX_NAME_TOKENS = 4;
const CONTEXT_CHARS = 120;


/**
 * The words just before a name, ahead of any list it ends ("the villages of A, B and "). Only
 * the last few words count; anchoring a pattern at the end of a long prefix costs O(length).
 */
function wordsBefore(before: string): string {
  return textBeforeList(before.slice(-CONTEXT_CHARS));
}

/** How strongly the words before a name say it is a place: 2 strong, 1 weak, 0 none. */
function placeEvidence(before: string, generic: NameSpan["generic"]): 0 | 1 | 2 {
  const head = wordsBefore(before);
  if (generic || PLACE_INTRO.test(head) || STRONG_LOCATIVE.test(head)) return 2;
  return WEAK_LOCATIVE.test(head) ? 1 : 0;
}

/** Candidate place names of a sentence, longest gazetteer match first inside each capitalised run. */
export function findOccurrences(sentence: Sentence, sentenceIndex: number, index: NameIndex): Occurrence[] {
  const tokens = tokenize(sentence.text);
  const occurrences: Occurrence[] = [];
  for (const span of findNameSpans(sentence.text, tokens)) {
    if (insideOrganisationName(tokens, span) || isShipName(tokens, span)) continue;
    // One by one: a run of one name repeated 100,000 times would overflow the stack as spread arguments.
    for (const occurrence of matchRun(sentence.text, sentenceIndex, tokens, span, index)) occurrences.push(occurrence);
  }
  return occurrences;
}

/**
 * "Free Russia Legion", "Russian Volunteer Corps", "University of Innsbruck": the run ends
 * in an organisation's head noun, or follows one with "of". A headline such as "Ukrainian
 * Forces Advance Near Sudzha" has the noun inside the run and keeps its places.
 */
function insideOrganisationName(tokens: Token[], span: NameSpan): boolean {
  if (isOrganisationHead(tokens[span.lastToken]!.text)) return true;
  const next = tokens[span.lastToken + 1];
  if (next && !span.generic && isOrganisationHead(next.text) && /^\p{Lu}/u.test(next.text)) return true;
  // "Ministry of Defence of Ukraine": the head may stand a capitalised phrase and an "of" further back.
  let t = span.firstToken - 1;
  for (let links = 0; links < 2 && isOf(tokens[t]); links++) {
    const head = tokens[t - 1];
    if (head === undefined || !/^\p{Lu}/u.test(head.text)) return false;
    if (isOrganisationHead(head.text)) return true;
    t -= 2;
    while (t >= 0 && t > span.firstToken - 6 && /^\p{Lu}/u.test(tokens[t]!.text)) {
      if (isOrganisationHead(tokens[t]!.text)) return true;
      t--;
    }
  }
  return false;
}

// By length first: the word before nearly every name is asked, and most are not "of".
const isOf = (token: Token | undefined) => token !== undefined && token.end - token.start === 2 && token.text === "of";

const SHIPS = new Set(["cruiser", "submarine", "warship", "frigate", "destroyer", "flagship", "corvette", "icebreaker", "tanker", "ship", "vessel"]);
const isShipWord = smallWordSetTest(SHIPS);

/** "the cruiser Moskva", "the Kursk submarine": ships are named after places. */
function isShipName(tokens: Token[], span: NameSpan): boolean {
  const before = tokens[span.firstToken - 1];
  const after = tokens[span.lastToken + 1];
  return (before !== undefined && isShipWord(before.text)) || (!span.generic && after !== undefined && SHIPS.has(after.text));
}

interface NameWindow {
  first: number;
  last: number;
  occurrence: Occurrence;
}

function matchRun(sentence: string, sentenceIndex: number, tokens: Token[], span: NameSpan, index: NameIndex): Occurrence[] {
  const run: Run = { sentence, sentenceIndex, tokens, span, index };
  const windows: NameWindow[] = [];
  let t = span.firstToken;
  while (t <= span.lastToken) {
    let matched = false;
    // "Malaya Loknya" is not Loknya: a name never starts right after a name-opening adjective.
    const afterPrefix = t > span.firstToken && isNamePrefix(tokens[t - 1]!.text);
    // What the words before say depends only on where a window starts; it is read once, when first needed.
    const before: Before = { text: sentence.slice(0, tokens[t]!.start), evidence: null };
    for (let n = Math.min(index.maxTokens, MAX_NAME_TOKENS, span.lastToken - t + 1); n >= 1 && !matched && !afterPrefix; n--) {
      const occurrence = matchWindow(run, t, t + n - 1, before);
      if (occurrence) {
        windows.push({ first: t, last: t + n - 1, occurrence });
        t += n;
        matched = true;
      }
    }
    if (!matched) t++;
  }
  const matchedTokens = new Set<number>();
  for (const w of windows) for (let i = w.first; i <= w.last; i++) matchedTokens.add(i);
  const kept = windows.filter((w) => !partOfPersonName(w, matchedTokens, tokens, span)).map((w) => w.occurrence);
  if (kept.length > 0) return kept;
  if (windows.length === 0) return unresolvedRun(sentence, sentenceIndex, span);
  // Every match was part of a longer name ("the villages of Cherkaski Tyshky", where Cherkaski
  // matched a town elsewhere): where the text says a place is meant, the whole name goes to the editor.
  const intro = span.generic !== null || PLACE_INTRO.test(wordsBefore(sentence.slice(0, span.start)));
  return intro ? unresolvedRun(sentence, sentenceIndex, span) : [];
}

/** The sentence before a window's first word, and what it says about the window, once read. */
interface Before {
  text: string;
  evidence: 0 | 1 | 2 | null;
}

function windowEvidence(before: Before, generic: NameSpan["generic"]): 0 | 1 | 2 {
  if (generic) return 2;
  before.evidence ??= placeEvidence(before.text, null);
  return before.evidence;
}

/**
 * "Vladimir Putin", "Alexei Smirnov", "Mali Tuareg Rebels": a match next to a capitalised
 * word that is neither a place, an ordinary word nor a generic is part of a name.
 */
function partOfPersonName(w: NameWindow, matchedTokens: ReadonlySet<number>, tokens: Token[], span: NameSpan): boolean {
  const next = tokens[w.last + 1];
  if (w.last + 1 <= span.lastToken && next && isOrganisationHead(next.text)) return true;
  return isStranger(w.last + 1, matchedTokens, tokens, span) || isStranger(w.first - 1, matchedTokens, tokens, span);
}

/** A capitalised word of the run that is no place, ordinary word or generic. `matchedTokens`: the tokens inside a match. */
function isStranger(t: number, matchedTokens: ReadonlySet<number>, tokens: Token[], span: NameSpan): boolean {
  if (t < span.firstToken || t > span.lastToken) return false;
  if (matchedTokens.has(t)) return false;
  const word = tokens[t]!.text;
  return !isOrdinaryWord(word) && !genericKind(word) && !DEMONYM_LIKE.test(word);
}

// "…in Russia's Kursk Oblast, Zelensky says": people speak, unknown places do not.
const SPEAKS_AFTER = /^\s+(?:says|said|told|tells|added|adds|noted|wrote|writes|announced|announces|claims|claimed)\b/;

function unresolvedRun(sentence: string, sentenceIndex: number, span: NameSpan): Occurrence[] {
  const before = sentence.slice(0, span.start);
  const saidBefore = placeEvidence(before, span.generic) === 2 && (span.firstToken > 0 || span.generic !== null);
  // "Kremyanoye, a village in the Sudzha district, fell": the words after may say it instead, even at the sentence's start.
  if (!saidBefore && (span.generic !== null || !callsItAPlace(sentence.slice(span.end)))) return [];
  if (isOrdinaryWord(span.text) || DEMONYM_LIKE.test(span.text)) return [];
  if (!span.generic && SPEAKS_AFTER.test(sentence.slice(span.end, span.end + 20))) return [];
  const end = span.generic && !span.generic.shared ? span.generic.end : span.end;
  return [{
    sentenceIndex, start: span.start, end, surface: sentence.slice(span.start, end), key: placeKey(span.text),
    generic: span.generic, candidates: [], placeEvidence: true, before, after: sentence.slice(end),
  }];
}

/** A run of capitalised words being matched, with its sentence and the index it is looked up in. */
interface Run {
  sentence: string;
  sentenceIndex: number;
  tokens: Token[];
  span: NameSpan;
  index: NameIndex;
}

/** The occurrence the run's words `first`..`last` name, if the index knows them and the words around allow it. */
function matchWindow(run: Run, first: number, last: number, before: Before): Occurrence | null {
  const { sentence, sentenceIndex, tokens, span, index } = run;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  // A one-word window is its token's own text: the same string every lookup below hashes once.
  const surface = first === last ? tokens[first]!.text : sentence.slice(start, end);
  if (CONTRACTION.test(surface)) return null;
  const generic = windowGeneric(tokens, span, last);
  // Asked once, of one-word windows only.
  const ordinary = first === last && isOrdinaryWord(surface);
  // "The", "Troops", "Fighting": a common word opening a sentence is a place only with a generic after it.
  if (first === 0 && ordinary && !generic) return null;
  const key = placeKey(surface);
  if (!key) return null;
  let candidates = lookupExact(index, key);
  if (generic?.kind === "district") candidates = [...candidates, ...districtVariants(index, key)];
  // Misspellings are repaired only where the text says a place is meant.
  if (candidates.length === 0 && editBudget(key) > 0 && !DEMONYM_LIKE.test(surface) && windowEvidence(before, generic) === 2)
    candidates = lookupFuzzy(index, key).filter((m) => !isDemonymOf(surface, m.entry.name));
  if (ACRONYM.test(surface)) candidates = candidates.filter((m) => m.entry.kind === "country");
  if (ordinary) {
    const sentenceStart = first === 0;
    candidates = candidates.filter((m) => m.entry.kind === "country" && !sentenceStart);
    if (candidates.length === 0 && (generic || PLACE_INTRO.test(before.text.slice(-CONTEXT_CHARS))))
      candidates = lookupExact(index, key);
  }
  if (candidates.length === 0) return null;
  const mentionEnd = generic && !generic.shared ? generic.end : end;
  return {
    sentenceIndex,
    start,
    end: mentionEnd,
    surface: mentionEnd === end ? surface : sentence.slice(start, mentionEnd),
    key,
    generic,
    candidates,
    placeEvidence: windowEvidence(before, generic) > 0,
    before: before.text,
    after: sentence.slice(mentionEnd),
  };
}

/** The generic word after a window: the run's own, or a capitalised one inside a headline ("Kursk Region Developments"). */
function windowGeneric(tokens: Token[], span: NameSpan, last: number): NameSpan["generic"] {
  if (last === span.lastToken) return span.generic;
  const next = tokens[last + 1]!;
  const kind = genericKind(next.text);
  return kind ? { word: next.text.toLowerCase(), kind, end: next.end, shared: false } : null;
}

/** "Sudzha district" names Sudzhanskiy Rayon: districts are indexed under their stems too. */
function districtVariants(index: NameIndex, key: string): NameMatch[] {
  const stem = key.replace(/[aeiou]$/, "");
  return stem === key ? [] : lookupExact(index, stem).filter((m) => m.entry.kind === "district");
}
