/** A sentence of an article's main text, with its offset in that text. */
export interface Sentence {
  text: string;
  start: number;
}

// A sentence ends at . ! ? or … (with closing quotes or brackets) before whitespace and
// a capital, digit or opening quote; line breaks always end one, so headings and list
// lines stay apart. Abbreviations that take a capital after them do not end a sentence.
// A run of marks is tried from its first mark only, and taken whole: a run of 100,000
// full stops is read once, not once per stop. A pattern finds the next mark or line break,
// the run around it is read by character code, and one sticky pattern reads what follows it.
const FOLLOWS_BOUNDARY = /\s+["'“‘«(\[]?[\p{Lu}\p{N}]/uy;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Mt|Jr|Sr|No|Vol|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

const NEWLINE = 10;
const FULL_STOP = 46;
const isMark = (code: number) => code === FULL_STOP || code === 33 || code === 63 || code === 0x2026; // . ! ? …
const isCloser = (code: number) => code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 41 || code === 93; // " ' ” ’ » ) ]

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let at = nextMarkOrBreak(text, 0); at !== -1; ) {
    const end = boundaryEnd(text, at);
    if (end === -1) {
      at = nextMarkOrBreak(text, at + 1);
      continue;
    }
    const abbreviated = text.charCodeAt(at) === FULL_STOP && ABBREVIATION.test(text.slice(Math.max(start, at - 8), at + 1));
    if (!abbreviated) {
      push(sentences, text, start, end);
      start = end;
    }
    at = nextMarkOrBreak(text, end);
  }
  push(sentences, text, start, text.length);
  return sentences;
}

// Boundaries open only at these; the pattern engine skips the text between them faster than a loop does.
const MARK_OR_BREAK = /[.!?…\n]/g;

/** The position of the next mark or line break from `from`, or -1. */
function nextMarkOrBreak(text: string, from: number): number {
  MARK_OR_BREAK.lastIndex = from;
  return MARK_OR_BREAK.exec(text)?.index ?? -1;
}

/** Where the sentence boundary opening at `at` ends (a run of line breaks, or of marks and closers), or -1 if none opens there. */
function boundaryEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  let end = at + 1;
  if (code === NEWLINE) {
    while (end < text.length && text.charCodeAt(end) === NEWLINE) end++;
    return end;
  }
  if (!isMark(code) || (at > 0 && isMark(text.charCodeAt(at - 1)))) return -1;
  while (end < text.length && isMark(text.charCodeAt(end))) end++;
  while (end < text.length && isCloser(text.charCodeAt(end))) end++;
  FOLLOWS_BOUNDARY.lastIndex = end;
  return FOLLOWS_BOUNDARY.test(text) ? end : -1;
}

function push(sentences: Sentence[], text: string, from: number, to: number) {
  const segment = text.slice(from, to);
  const trimmed = segment.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + segment.length - segment.trimStart().length });
}
