/** A sentence of an article's main text, with its offset in that text. */
export interface Sentence {
  text: string;
  start: number;
}

// ICU sentence rules (Intl.Segmenter) know abbreviations and quotes better than a regex;
// line breaks are paragraph separators, so headings and list lines stay apart.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) sentences.push({ text: trimmed, start: index + lead });
  }
  return sentences;
}
