import type { ClaimantKind, ClaimStance } from "../contract/placeReport";
import type { ClaimantLexicon, LexiconSpeaker } from "./claimants";
import type { Sentence } from "./sentences";
import { isSpace } from "./whitespace";

/**
 * Who says what in each sentence: the reporting phrases of attribution ("X said", "according
 * to X", "X wrote on Telegram that"), a speaker carried through the rest of a paragraph,
 * pronouns and role words ("he added", "the ministry said") pointing back to an earlier
 * speaker, and the stance taken (asserting, denying, passing on others' word). Every rule has
 * a name, which `--explain` prints. Speakers the lexicon does not know stay `unknown`.
 */
export interface Attribution {
  readonly claimant: string | null;
  readonly kind: ClaimantKind;
  /** Regional or local officials: their side is the country of the place the quote is about. */
  readonly localOfficials: boolean;
  readonly stance: ClaimStance;
  /** The rules that decided the claimant and the stance, for `--explain`. */
  readonly rule: string;
}

export interface SentenceSignals {
  /** The sentence reports something happening (an event word). */
  eventful: boolean;
  /** Wished-for or hypothetical ("could", "if", "meant to"). */
  hypothetical: boolean;
}

// Lower case only: "Claims by…" opening a sentence is a noun. An auxiliary between the
// speaker and the verb ("has denied") is trimmed from the speaker's phrase.
const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|added|adds|reported|reports|wrote|writes|claimed|claims|claim|announced|announces|stated|states|insisted|insists|denied|denies|deny|confirmed|confirms|posted|posts|published|warned|noted|declared|explained|asserted|alleged|acknowledged|admitted|boasted|reiterated|tweeted|ordered|orders)\b/g;
// "Footage published on Sunday", "a video posted": media are what was said, not who said it.
const MEDIA_HEAD = /\b(?:footage|videos?|photos?|photographs?|images?|pictures?|clips?|posts?|maps?|documents?)$/i;
// "By Tuesday evening the ministry said", "Earlier in the week it said": time phrases before the speaker.
const TIME_LEAD =
  /^(?:(?:by|on|in|at|during|after|before|since|until|earlier|later|meanwhile|however|also|then|overnight)\b(?:\s+(?:the|a|an|this|that|last|next|same|early|late|\d+\w*|\p{L}+day|week|month|year|morning|evening|night|afternoon|hours?|days?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*))*\s*,?\s+)+/iu;
const ACCORDING_TO = /\baccording to\s+([^,;:.]{2,80})/i;
const CLAIMS_BY = /\bclaims?\s+by\s+([^,;:]{2,60}?)\s+that\b/i;
const NO_COMMENT_SUBJECT = /^(.{2,60}?)\s+(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:commented|comment|confirmed|confirm|responded|respond)\b|^(.{2,60}?)\s+declined to comment\b/i;
// One \b ahead of the alternatives rather than one in each (here, in DENIAL and in HEDGE): the scan costs about half as much.
const NO_COMMENT = /\b(?:(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:commented|comment|confirmed|confirm|responded|respond)\b|declined to comment\b|no comment\b|not (?:been able to|independently) (?:verify|confirm)\b|could not (?:independently )?(?:verify|confirm)\b)/i;

const DENIAL =
  /\b(?:(?:denied|denies|deny|denying|dismissed|rejected|refuted)\b|(?:false|fake|untrue|lies|fabricat\w*|disinformation|a provocation)\b|not true\b|no(?:\s+[\w-]+){0,2}\s+(?:had|has|have)\s+(?:crossed|entered|broken|occurred|taken place)\b|(?:no one|nobody|no enemy)\b|(?:did not|didn't|never)\s+(?:enter|cross|go into|break|reach|take)\b)/i;
// The claimant passes on what others say without vouching for it.
const HEDGE = /\b(?:reportedly\b|allegedly\b|according to (?:unconfirmed |media |local |some )?reports\b|reports (?:said|say|suggest|suggested)\b|it (?:was|is|has been) reported\b|(?:were|was|is|are) said to\b|unconfirmed reports?\b|rumou?rs?\b)/i;

const SPEAKER_MAX_WORDS = 10;
// What may open a speaker's phrase and is not part of it: a live blog's time stamp, a quote's close.
const PHRASE_LEAD = /^(?:\d{1,2}[:.]\d{2}\s*|[-–—•*"“”'‘’\s]+)+/u;

interface Found {
  /** The speaker's phrase as written. */
  phrase: string;
  rule: string;
}

/** The speaker a sentence names for itself, by the first rule that finds one. */
function ownSpeaker(text: string, lexicon: ClaimantLexicon): Found | null {
  // Every sentence before a quoted one may be asked for its speaker; most name none, and one scan says so.
  if (!MAY_NAME_SPEAKER.test(text)) return null;
  // Plain substring checks first: most sentences hold none of these phrases.
  const according = text.includes("ccording to") ? ACCORDING_TO.exec(text) : null;
  if (according && lexicon.read(according[1]!).found !== "nothing") return { phrase: according[1]!, rule: "according to X" };
  const noComment = text.includes(" not ") || text.includes("declined") ? NO_COMMENT_SUBJECT.exec(text) : null;
  if (noComment) return { phrase: clean(noComment[1] ?? noComment[2]!), rule: NO_COMMENT_RULE };
  let fallback: Found | null = null;
  // exec with lastIndex rather than matchAll, which copies the pattern on every call; nothing below uses SPEECH_VERB.
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(text); m !== null; m = SPEECH_VERB.exec(text)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    // "Kyiv's claims that…", "claims by…": the word is a noun. Read in place: most verbs find no speaker, so nothing is sliced for them.
    const tailEnd = endBeforeSpace(text, verbStart);
    if (endsInPossessive(text, tailEnd)) continue;
    BY_AFTER.lastIndex = verbEnd;
    if (BY_AFTER.test(text)) continue;
    const found = speakerBefore(text, verbStart, lexicon) ?? (text.charCodeAt(tailEnd - 1) === 44 ? speakerAfter(text, verbEnd) : null);
    if (!found) continue;
    if (lexicon.read(found.phrase).found !== "nothing") return found;
    if (!MEDIA_HEAD.test(found.phrase)) fallback ??= found;
  }
  const claimsBy = text.includes("laim") ? CLAIMS_BY.exec(text) : null;
  if (claimsBy) return { phrase: claimsBy[1]!, rule: "claims by X that" };
  return fallback;
}

const BY_AFTER = /\s+by\b/y;
// What each rule of ownSpeaker needs to find anything: the substrings its checks look for, or a speech verb.
const MAY_NAME_SPEAKER = new RegExp(`ccording to| not |declined|laim|${SPEECH_VERB.source}`);

/** The end of `text.slice(0, end).trimEnd()`. */
function endBeforeSpace(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the text before `end` ends in 's or ’s. */
function endsInPossessive(text: string, end: number): boolean {
  if (end < 2 || text.charCodeAt(end - 1) !== 115) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

/**
 * "The Russian Defence Ministry said", "…, Russian officials said", "Denis Kapustin, the
 * commander of the Russian Volunteer Corps, told": the clause's words before the verb at `verbStart`.
 */
function speakerBefore(text: string, verbStart: number, lexicon: ClaimantLexicon): Found | null {
  // The clause's words: after the last separator. Read by index, as most sentences have one verb and long clauses.
  const last = clean(text.slice(lastSeparator(text, verbStart) + 1, verbStart));
  if (last) return { phrase: lastWords(last), rule: "X said" };
  // An apposition closes just before the verb: the speaker is the first segment that reads as one.
  const segments = text.slice(0, verbStart).split(SEPARATOR);
  for (const segment of segments.slice(0, -1)) {
    const phrase = clean(segment);
    if (phrase && lexicon.read(lastWords(phrase)).found !== "nothing") return { phrase: lastWords(phrase), rule: "X, apposition, said" };
  }
  return null;
}

const SEPARATOR = /[,;()]|:(?!\d)/;

/** Index of the last clause separator before `end` (`,;()`, or a colon not in a time), or -1. */
function lastSeparator(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 40 || c === 41) return i;
    // A colon counts unless a digit follows it within the clause.
    if (c === 58 && !(i + 1 < end && isDigit(text.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/** "…, said Vyacheslav Gladkov.": the verb before its speaker; `verbEnd` is where the verb ends. */
function speakerAfter(text: string, verbEnd: number): Found | null {
  CLAUSE_STOP.lastIndex = verbEnd;
  const stop = CLAUSE_STOP.exec(text);
  const phrase = clean(text.slice(verbEnd, stop ? stop.index : text.length).replace(/\s+(?:on|in|at|during|after|before)\s.*$/i, ""));
  return phrase && /^(?:the\s+)?\p{Lu}/u.test(phrase) ? { phrase: lastWords(phrase), rule: "said X" } : null;
}

const CLAUSE_STOP = /[,;:.]/g;

function clean(phrase: string): string {
  const led = phrase.replace(PHRASE_LEAD, "").replace(TIME_LEAD, "");
  return withoutTrailingAuxiliaries(led.slice(0, endBeforeQuoteOrSpace(led))).trim();
}

/** The end of the phrase without its closing dashes, quotes and spaces (`[-–—"“”'‘’\s]+$`). */
function endBeforeQuoteOrSpace(phrase: string): number {
  let end = phrase.length;
  while (end > 0) {
    const c = phrase.charCodeAt(end - 1);
    if (!(isSpace(c) || c === 45 || c === 0x2013 || c === 0x2014 || c === 34 || c === 0x201c || c === 0x201d || c === 39 || c === 0x2018 || c === 0x2019)) break;
    end--;
  }
  return end;
}

const AUXILIARIES = new Set(["has", "have", "had", "also", "later", "earlier", "again", "then", "did", "does", "do"]);

/** "the ministry has also" → "the ministry": auxiliaries that stand between a speaker and the verb, each after whitespace. */
function withoutTrailingAuxiliaries(phrase: string): string {
  let end = phrase.length;
  for (;;) {
    let start = end;
    while (start > 0 && isAsciiLetter(phrase.charCodeAt(start - 1))) start--;
    if (start === end || start === 0 || !isSpace(phrase.charCodeAt(start - 1)) || !AUXILIARIES.has(phrase.slice(start, end).toLowerCase())) break;
    end = start;
    while (end > 0 && isSpace(phrase.charCodeAt(end - 1))) end--;
  }
  return end === phrase.length ? phrase : phrase.slice(0, end);
}

const NO_COMMENT_RULE = "X has not commented";

// "In a post on Telegram the Legion" keeps its head: a speaker's phrase is short.
function lastWords(phrase: string): string {
  // Counted without splitting: the phrase is trimmed, so its words are its runs of whitespace plus one.
  let words = 1;
  for (let i = 1; i < phrase.length; i++) if (isSpace(phrase.charCodeAt(i)) && !isSpace(phrase.charCodeAt(i - 1))) words++;
  return words <= SPEAKER_MAX_WORDS ? phrase : phrase.split(/\s+/).slice(-SPEAKER_MAX_WORDS).join(" ");
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

interface Resolved {
  claimant: string;
  kind: ClaimantKind;
  speaker: LexiconSpeaker | null;
  rule: string;
  /** Read from the speaker's own phrase ("X has not commented") rather than the sentence's claim. */
  noComment?: boolean;
  localOfficials?: boolean;
}

/**
 * Attribution of an article's sentences, read on demand: only quoted sentences and the ones
 * their speakers are carried from are read (most of an article names no place).
 * `paragraphStart(i)` says whether sentence i opens a paragraph; a speaker is carried to the
 * following sentences of its paragraph only.
 */
export function attributeSentences(
  sentences: readonly Sentence[],
  paragraphStart: (i: number) => boolean,
  signals: (i: number) => SentenceSignals,
  lexicon: ClaimantLexicon,
  outlet: string | null,
): (i: number) => Attribution {
  const speakers: (Resolved | null | undefined)[] = new Array(sentences.length);
  const earlier = (i: number): EarlierSpeakers => ({ before: i, speakerOf });
  function speakerOf(i: number): Resolved | null {
    const known = speakers[i];
    if (known !== undefined) return known;
    const own = ownSpeaker(sentences[i]!.text, lexicon);
    let speaker: Resolved | null = own ? withNoComment(resolve(own, earlier(i), lexicon), own.rule === NO_COMMENT_RULE) : null;
    if (!speaker && i > 0 && !paragraphStart(i)) {
      const previous = speakerOf(i - 1);
      if (previous) speaker = carried(previous);
    }
    speakers[i] = speaker;
    return speaker;
  }
  const attributions: (Attribution | undefined)[] = new Array(sentences.length);
  return (i) => (attributions[i] ??= withStance(sentences[i]!.text, speakerOf(i), signals(i), outlet));
}

// One object shape for every speaker, built field by field: spreads of differently shaped objects cost in the hot path.
function withNoComment(r: Resolved, noComment: boolean): Resolved {
  return { claimant: r.claimant, kind: r.kind, speaker: r.speaker, rule: r.rule, noComment, localOfficials: r.localOfficials };
}

function carried(r: Resolved): Resolved {
  return { claimant: r.claimant, kind: r.kind, speaker: r.speaker, rule: "carried from the previous sentence of the paragraph", noComment: false, localOfficials: r.localOfficials };
}

/** The speakers of the sentences before `before`, read on demand. */
interface EarlierSpeakers {
  before: number;
  speakerOf(i: number): Resolved | null;
}

/** A speaker's phrase to a claimant: the lexicon's reading, or an earlier speaker for "he" and "the ministry". */
function resolve(found: Found, earlier: EarlierSpeakers, lexicon: ClaimantLexicon): Resolved {
  const reading = lexicon.read(found.phrase);
  switch (reading.found) {
    case "named":
      return { claimant: found.phrase, kind: reading.speaker.kind, speaker: reading.speaker, rule: `${found.rule}; ${reading.rule}` };
    case "kind":
      return { claimant: found.phrase, kind: reading.kind, speaker: null, rule: `${found.rule}; ${reading.rule}` };
    case "local":
      return { claimant: found.phrase, kind: "unknown", speaker: null, rule: `${found.rule}; local officials of the place`, localOfficials: true };
    case "pronoun": {
      const previous = lastOf(earlier, () => true, PRONOUN_REACH);
      if (previous) return { ...previous, rule: `${found.rule}; pronoun: the previous speaker` };
      break;
    }
    case "role": {
      const previous = lastOf(earlier, (r) => r.speaker?.roles.includes(reading.role) ?? false, ROLE_REACH);
      if (previous) return { ...previous, rule: `${found.rule}; "${reading.role}": the earlier speaker in that role` };
      break;
    }
  }
  return { claimant: found.phrase, kind: "unknown", speaker: null, rule: `${found.rule}; speaker not in the lexicon` };
}

/** The nearest earlier speaker that is wanted, within `reach` sentences before. */
function lastOf(earlier: EarlierSpeakers, wanted: (r: Resolved) => boolean, reach: number): Resolved | null {
  for (let j = earlier.before - 1; j >= 0 && j >= earlier.before - reach; j--) {
    const r = earlier.speakerOf(j);
    if (r && wanted(r)) return r;
  }
  return null;
}

// "He added…" points at a speaker of the last few sentences, not at one paragraphs back.
const PRONOUN_REACH = 3;
// "The ministry said" points at the ministry of the last few paragraphs, not at one a whole article back.
const ROLE_REACH = 12;

function withStance(text: string, speaker: Resolved | null, signals: SentenceSignals, outlet: string | null): Attribution {
  let stance: ClaimStance;
  let why: string;
  if (DENIAL.test(text)) {
    stance = "denies";
    why = "denial";
  } else if (speaker ? speaker.noComment : NO_COMMENT.test(text)) {
    // "We could not confirm claims by X that…" is the outlet's caution; X still asserts.
    stance = "none";
    why = "no comment or confirmation";
  } else if (!signals.eventful || signals.hypothetical) {
    stance = "none";
    why = signals.eventful ? "hypothetical" : "no event claimed";
  } else if (HEDGE.test(text)) {
    stance = "reports_others";
    why = "hedged: passed on from others";
  } else {
    stance = "asserts";
    why = "event claimed";
  }
  return speaker
    ? new SentenceAttribution(speaker.claimant, speaker.kind, speaker.localOfficials === true, stance, speaker.rule, why)
    : new SentenceAttribution(outlet, "outlet", false, stance, "no attribution: the article's own voice", why);
}

/** One shape for every sentence; the rule is worded only when asked for (`--explain`). */
class SentenceAttribution implements Attribution {
  constructor(
    readonly claimant: string | null,
    readonly kind: ClaimantKind,
    readonly localOfficials: boolean,
    readonly stance: ClaimStance,
    private readonly speakerRule: string,
    private readonly stanceRule: string,
  ) {}
  get rule(): string {
    return `${this.speakerRule}; stance: ${this.stanceRule}`;
  }
}

/** Whether a sentence opens a paragraph: a line break lies between it and the sentence before. */
export function opensParagraph(text: string, sentences: readonly Sentence[], i: number): boolean {
  if (i === 0) return true;
  const previous = sentences[i - 1]!;
  // Only the gap between the two is read: searching on to the next line break would read the whole paragraph for each sentence.
  const to = sentences[i]!.start;
  for (let at = previous.start + previous.text.length; at < to; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}
