import type { Anchor } from "../contract/corrections";
import type { PlaceReport, UnresolvedPlace } from "../contract/placeReport";
import { placeKey } from "../pipeline/placeKey";
import { genericKindOfWord } from "../pipeline/genericWords";

/**
 * How a decision finds what it is about again after re-ingest: the article, the name's
 * spelling key and a fingerprint of the sentence. Whitespace and Unicode composition do not
 * change a fingerprint; any change of wording does.
 */
export function sentenceFingerprint(sentence: string): string {
  const text = sentence.normalize("NFC").replace(/\s+/g, " ").trim();
  // FNV-1a, 32 bits: the same in the browser and in Node, and enough to tell one article's sentences apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function reportAnchor(report: PlaceReport): Anchor {
  const quote = report.properties.quotes[0]!;
  return { source_id: report.properties.source_id, mention: quote.text.slice(quote.start, quote.end) || report.properties.mention, sentence: sentenceFingerprint(quote.text) };
}

export function unresolvedAnchor(row: UnresolvedPlace): Anchor | null {
  if (!row.source_id) return null;
  return { source_id: row.source_id, mention: row.mention, sentence: sentenceFingerprint(row.sentence) };
}

/** The spelling key a decision compares names by: the gazetteer's own folding. */
export function nameKeyOf(name: string): string {
  return placeKey(withoutGenericWord(name));
}

/** "Sudzha district" and "Sudzha" are one name to an editor; the kind is the decision's. */
export function withoutGenericWord(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && genericKindOfWord(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

/** Whether a report is the one an anchor names: a quote of the same sentence marking the same name. */
export function reportMatchesAnchor(report: PlaceReport, anchor: Anchor): boolean {
  const p = report.properties;
  if (p.source_id !== anchor.source_id) return false;
  const key = nameKeyOf(anchor.mention);
  return p.quotes.some((q) => sentenceFingerprint(q.text) === anchor.sentence && nameKeyOf(q.text.slice(q.start, q.end) || p.mention) === key);
}

/** The sentence was reworded: the one report of that article naming the same spelling, if only one does. */
function reportMatchesLoosely(report: PlaceReport, anchor: Anchor): boolean {
  const p = report.properties;
  if (p.source_id !== anchor.source_id) return false;
  const key = nameKeyOf(anchor.mention);
  return nameKeyOf(p.mention) === key || p.quotes.some((q) => nameKeyOf(q.text.slice(q.start, q.end)) === key);
}

export function unresolvedMatchesAnchor(row: UnresolvedPlace, anchor: Anchor): boolean {
  return row.source_id === anchor.source_id && nameKeyOf(row.mention) === nameKeyOf(anchor.mention) && sentenceFingerprint(row.sentence) === anchor.sentence;
}

/**
 * The report a decision is about: by sentence and spelling, else the one report of the article
 * with that spelling (the sentence was reworded); -1 when none or several.
 */
export function findAnchoredReport(reports: readonly PlaceReport[], anchor: Anchor): number {
  const exact = reports.findIndex((r) => reportMatchesAnchor(r, anchor));
  if (exact >= 0) return exact;
  const loose = reports.flatMap((r, i) => (reportMatchesLoosely(r, anchor) ? [i] : []));
  return loose.length === 1 ? loose[0]! : -1;
}
