import type { PlaceKind } from "../contract/placeReport";
import { GENERIC_KIND } from "./genericWords";
import { smallWordLookup } from "./ordinaryWords";
import { isSpace } from "./whitespace";

/**
 * Candidate place names in a sentence: runs of capitalised words, with the generic
 * word that may follow them ("Belgorod region", "Sudzha district", "Donetsk city").
 */
export class Token {
  private word: string | null = null;
  constructor(
    private readonly sentence: string,
    readonly start: number,
    readonly end: number,
  ) {}
  /** The word as written; cut from the sentence when first read, as most words of a sentence never are. */
  get text(): string {
    return (this.word ??= this.sentence.slice(this.start, this.end));
  }
}

export interface NameSpan {
  /** Surface form of the name alone ("Kursk" in "Kursk Oblast"). */
  text: string;
  start: number;
  end: number;
  /** The generic word after the name, lowercased, and the kind it asks for. */
  generic: { word: string; kind: PlaceKind; end: number; shared: boolean } | null;
  /** Index of the name's first and last token in the sentence's tokens. */
  firstToken: number;
  lastToken: number;
}

// A hand-rolled scan: the Unicode-property regex it replaces was the costliest line of the pipeline.
const isLetterOrDigit = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
  (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f));
const isApostrophe = (code: number) => code === 39 || code === 0x2019; // ' ’
const isJoiner = (code: number) => isApostrophe(code) || code === 45; // ' ’ -

/** Words of a sentence with their offsets: letters and digits, joined by apostrophes and hyphens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetterOrDigit(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isLetterOrDigit(code)) end = ++i;
      else if (isJoiner(code) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1))) i++;
      else break;
    }
    i = Math.max(i, end);
    // Possessive 's belongs to the sentence, not to the name.
    const possessive = end - start > 2 && (text.charCodeAt(end - 1) | 0x20) === 115 && isApostrophe(text.charCodeAt(end - 2));
    tokens.push(new Token(text, start, possessive ? end - 2 : end));
  }
  return tokens;
}

const genericKindOf = smallWordLookup(GENERIC_KIND);

export function genericKind(word: string): PlaceKind | null {
  return genericKindOf(word) ?? null;
}

// A letter with a distinct lower-case form is upper-case; cheaper than a Unicode-property regex per word.
// Read in the sentence, so that a word is not cut out only to be asked its first letter.
const isCapitalisedAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  const first = text[at]!;
  return first !== first.toLowerCase();
};
const startsCapitalised = (sentence: string, token: Token) => isCapitalisedAt(sentence, token.start);
// Small words that may sit inside a place name: Rostov-on-Don is one token, but "Novaya Kakhovka" is two.
const INNER = new Set(["de", "del", "la", "le", "na", "nad"]);
const isInnerWord = (token: Token) => token.end - token.start <= 3 && INNER.has(token.text);

/** Maximal runs of capitalised tokens, each with the generic word that follows it. */
export function findNameSpans(sentence: string, tokens: Token[] = tokenize(sentence)): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsCapitalised(sentence, tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && adjacent(sentence, tokens[j]!, tokens[j + 1]!)) {
      const next = tokens[j + 1]!;
      if (startsCapitalised(sentence, next)) j++;
      else if (isInnerWord(next) && j + 2 < tokens.length && startsCapitalised(sentence, tokens[j + 2]!) && adjacent(sentence, tokens[j + 1]!, tokens[j + 2]!)) j += 2;
      else break;
    }
    let last = j;
    // A capitalised generic at the end of the run ("Kursk Oblast", "Kursk Region") is not part of the name.
    while (last > i && genericKind(tokens[last]!.text)) last--;
    const genericToken = last < j ? tokens[last + 1] : adjacentGeneric(sentence, tokens, j);
    const generic = genericToken
      ? {
          word: genericToken.text.toLowerCase(),
          kind: genericKind(genericToken.text)!,
          end: genericToken.end,
          shared: /s$/i.test(genericToken.text) && !/ss$/i.test(genericToken.text) && genericToken.text.toLowerCase() !== "kray",
        }
      : null;
    spans.push({
      text: sentence.slice(tokens[i]!.start, tokens[last]!.end),
      start: tokens[i]!.start,
      end: tokens[last]!.end,
      generic,
      firstToken: i,
      lastToken: last,
    });
    i = j + 1;
  }
  return shareGenerics(sentence, spans);
}

/** "Belgorod and Kursk oblasts": a plural generic applies to every name in the list before it. */
function shareGenerics(sentence: string, spans: NameSpan[]): NameSpan[] {
  for (let k = spans.length - 1; k > 0; k--) {
    const generic = spans[k]!.generic;
    if (!generic?.shared) continue;
    for (let p = k - 1; p >= 0; p--) {
      const gap = sentence.slice(spans[p]!.end, spans[p + 1]!.start);
      if (spans[p]!.generic || !/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(gap)) break;
      spans[p]!.generic = { ...generic, end: spans[p]!.end };
    }
  }
  return spans;
}

/** Only spaces (plain or no-break) between the two tokens, and at least one. */
function adjacent(sentence: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const code = sentence.charCodeAt(i);
    if (code !== 32 && code !== 0xa0) return false;
  }
  return true;
}

function adjacentGeneric(sentence: string, tokens: Token[], j: number): Token | undefined {
  const next = tokens[j + 1];
  if (!next || !adjacent(sentence, tokens[j]!, next)) return undefined;
  return genericKind(next.text) ? next : undefined;
}

// "around Izium and Siverdonetsk", "officials in Washington, Berlin and Brussels": later
// names in a list share the words before the first.
const LIST_TAIL = /(?:,\s*|,?\s+(?:and|or)\s+)$/;
const LIST_ITEM = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u;

/** The text before the list of capitalised names that `before` ends in, or `before` itself. */
export function textBeforeList(before: string): string {
  let head = before;
  while (mayEndInListJoint(head) && LIST_TAIL.test(head)) {
    const trimmed = head.replace(LIST_TAIL, "");
    const item = trimmed.match(LIST_ITEM);
    if (!item) break;
    head = trimmed.slice(0, item.index);
  }
  return head;
}

/**
 * Whether `text` could end in a list joint: after its trailing whitespace it ends in a
 * comma, or in "and"/"or" with whitespace after them. End-anchored patterns are tried at
 * every position of the text; this check reads only its end.
 */
function mayEndInListJoint(text: string): boolean {
  // Where text.trimEnd() would end, found without the copy.
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 44) return true;
  return end < text.length && (endsAt(text, end, "and") || endsAt(text, end, "or"));
}

/** Whether `word` ends at `end` in `text`. */
function endsAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}
