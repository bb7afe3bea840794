/** A sentence of an article's main text, with its offset in that text. */
export interface Sentence {
  text: string;
  start: number;
}

// A sentence ends at . ! ? or … (with closing quotes or brackets) before whitespace and
// a capital, digit or opening quote; line breaks always end one, so headings and list
// lines stay apart. Abbreviations that take a capital after them do not end a sentence.
// A run of marks is tried from its first mark only, and taken whole (the lookahead and
// back-reference make it atomic): a run of 100,000 full stops is read once, not once per stop.
const BOUNDARY = /(?<![.!?…])(?=([.!?…]+["'”’»)\]]*))\1(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])|\n+/gu;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Mt|Jr|Sr|No|Vol|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, from: number, to: number) {
  const segment = text.slice(from, to);
  const trimmed = segment.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + segment.length - segment.trimStart().length });
}
