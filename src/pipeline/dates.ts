import * as chrono from "chrono-node/en";
import type { TimePrecision } from "../contract/placeReport";
import { RECENT_DAYS } from "./lexicon";
import { isSpace } from "./whitespace";

/**
 * Dates in reporting are mostly relative to publication ("on Tuesday", "this
 * morning", "last month"). Reported events are in the past, so a bare weekday or
 * a month without a year that chrono puts after publication is moved back.
 */
export interface TextDate {
  dayIso: string;
  precision: TimePrecision;
  text: string;
}

const MS_PER_DAY = 86_400_000;
// Cheap gate before chrono, which is the costliest step of the pipeline. Month names are
// matched whole and capitalised only: "may" and "march" are mostly verbs, and place names
// open with month-like syllables (Novaya, Mariupol, Mayorsk). Parts of the day count only
// where they name one ("this morning"); on their own chrono reads them as clock times.
// Every hint starts a word (no ASCII letter, digit or _ before it); the engine looks for
// them faster than a loop over the sentence's characters does.
const DATE_HINT =
  /(?<![A-Za-z0-9_])(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening|week|month|year)|ago\b|[Ll]ast (?:week|month|year|night)|(?:19|20)\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/g;
const DAY_WORDS = /\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening)|last night|overnight|ago)\b/i;
const DURATION = /^(?:for|within|in)\s|^\W*(?:an?|\d+|few|several)\s+(?:seconds?|minutes?|hours?)\b/i;
const SEASON_OR_YEAR = /\b(?:last|this past)\s+(?:spring|summer|autumn|fall|winter|year)\b/i;

// chrono runs every one of its parsers over every text it is given, and most cannot match
// a given excerpt: a weekday parser where no weekday is written, a time parser where there
// is no digit. Each parser below can only match text holding one of the words or
// characters its own pattern requires (case-insensitive, as its pattern is), so an excerpt
// goes to a chrono holding just the parsers that could match it, which finds exactly what
// the full one would. Parsers not listed always run.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
export const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /\d{4}/,
  ISOFormatParser: /\d{4}-/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  ENTimeExpressionParser: /\d/,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
  // The duration parsers ("three days ago", "two weeks later") cost more than all the others together.
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
};

const fullChrono = chrono.casual;
const gatedParsers = fullChrono.parsers.map((parser) => PARSER_NEEDS[parser.constructor.name] ?? null);
// Several parsers need the same thing (the month parsers a month's name): each distinct need is tested once per excerpt.
const NEEDS = [...new Set(gatedParsers.filter((needs) => needs !== null))];
const needOfParser = gatedParsers.map((needs) => (needs === null ? -1 : NEEDS.indexOf(needs)));
const missing = Object.keys(PARSER_NEEDS).filter((name) => !fullChrono.parsers.some((parser) => parser.constructor.name === name));
if (missing.length > 0) throw new Error(`dates: chrono-node no longer has the parsers ${missing.join(", ")}; update PARSER_NEEDS`);
if (gatedParsers.length > 31) throw new Error("dates: chrono-node has more parsers than a 31-bit mask holds");
const chronoByParsers = new Map<number, chrono.Chrono>();

/** A chrono with only the parsers that can match the text (by bit, in chrono's order). */
export function chronoFor(text: string): chrono.Chrono {
  let met = 0;
  for (let n = 0; n < NEEDS.length; n++) if (NEEDS[n]!.test(text)) met |= 1 << n;
  let mask = 0;
  for (let i = 0; i < needOfParser.length; i++) {
    const need = needOfParser[i]!;
    if (need === -1 || (met & (1 << need)) !== 0) mask |= 1 << i;
  }
  let parser = chronoByParsers.get(mask);
  if (parser === undefined) {
    parser = fullChrono.clone();
    parser.parsers = fullChrono.parsers.filter((_, i) => (mask & (1 << i)) !== 0);
    chronoByParsers.set(mask, parser);
  }
  return parser;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(dayIso: string, days: number): string {
  return isoDay(new Date(Date.parse(`${dayIso}T00:00:00Z`) + days * MS_PER_DAY));
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((dayStartMs(toIso) - dayStartMs(fromIso)) / MS_PER_DAY);
}

/**
 * `Date.parse(`${dayIso}T00:00:00Z`)`, asked for every date of every sentence: a plain
 * YYYY-MM-DD is read by hand, anything else by Date.parse. Like Date.parse, a day up to 31
 * rolls into the next month and a month outside 1–12 is no date; Date.UTC would read a year
 * below 100 as 19xx, so those go to Date.parse too.
 */
function dayStartMs(dayIso: string): number {
  if (dayIso.length === 10 && dayIso.charCodeAt(4) === 45 && dayIso.charCodeAt(7) === 45) {
    const year = digitsAt(dayIso, 0, 4);
    const month = digitsAt(dayIso, 5, 7);
    const day = digitsAt(dayIso, 8, 10);
    if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return Date.UTC(year, month - 1, day);
  }
  return Date.parse(`${dayIso}T00:00:00Z`);
}

/** The number written in text[from, to), or -1 unless every character is a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

// chrono joins "night of" to the date after it and loses the day ("the night of June 1"
// comes back as the reference day with nothing certain): the part of the day is left out.
const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon)s? of (?=\S)/gi;
// chrono reads "between June 1 and 3" as June 1 alone; written as the range chrono knows, it gives both days.
const MONTH_WORD = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const BETWEEN_MONTH_DAYS = new RegExp(`\\bbetween\\s+(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*${MONTH_WORD})`, "g");
const BETWEEN_DAYS_MONTH = new RegExp(`\\bbetween\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_WORD})\\b`, "g");

function asChronoRange(excerpt: string): string {
  if (!excerpt.includes("between")) return excerpt;
  return excerpt.replace(BETWEEN_MONTH_DAYS, "$1 $2-$3").replace(BETWEEN_DAYS_MONTH, "$1-$2 $3");
}

/** Dates a sentence gives, resolved against the publication day. */
export function datesInSentence(sentence: string, publishedIso: string): TextDate[] {
  const excerpts = dateExcerpts(sentence);
  // Most sentences asked give no date: they need no reference day either.
  if (excerpts.length === 0) return [];
  const reference = new Date(`${publishedIso}T12:00:00Z`);
  const found: TextDate[] = [];
  for (const excerpt of excerpts.map((text) => asChronoRange(text.replace(PART_OF_DAY_OF, "")))) {
    for (const result of chronoFor(excerpt).parse(excerpt, { instant: reference, timezone: 0 }, { forwardDate: false })) {
      const date = textDate(result, publishedIso);
      if (!date) continue;
      found.push(date);
      const end = rangeEnd(result, date, publishedIso);
      if (end) found.push(end);
    }
  }
  return found;
}

function textDate(result: chrono.ParsedResult, publishedIso: string, c: chrono.ParsedResult["start"] = result.start): TextDate | null {
  // "for a second day", "within hours": durations and sub-day offsets, not dates.
  if (DURATION.test(result.text)) return null;
  const relativeDay = DAY_WORDS.test(result.text);
  let precision: TimePrecision;
  if (c.isCertain("day") || c.isCertain("weekday") || relativeDay) precision = "day";
  else if (c.isCertain("month")) precision = "month";
  else if (c.isCertain("year")) precision = "year";
  else if (/\bweek\b/i.test(result.text)) precision = "week";
  else return null; // a bare clock time says nothing about the day
  let day = isoDay(c.date());
  if (day > publishedIso) day = moveIntoPast(day, publishedIso, c.isCertain("year"), c.isCertain("weekday") && !c.isCertain("day"));
  if (day > publishedIso) return null;
  return { dayIso: day, precision, text: result.text };
}

/** "May 22-24", "from May 22 to May 24": the last day of a range, when it is a day after the first. */
function rangeEnd(result: chrono.ParsedResult, start: TextDate, publishedIso: string): TextDate | null {
  if (!result.end || start.precision !== "day" || !result.end.isCertain("day")) return null;
  const end = textDate(result, publishedIso, result.end);
  return end && end.dayIso > start.dayIso ? end : null;
}

// chrono's cost grows with the text it scans; date expressions are short, so only the
// words around each hint are handed to it ("on Tuesday morning", "6 August 2024").
const EXCERPT_CHARS = 24;

function dateExcerpts(sentence: string): string[] {
  const excerpts: string[] = [];
  let from = -1;
  let to = -1;
  DATE_HINT.lastIndex = 0;
  for (let hint = DATE_HINT.exec(sentence); hint !== null; hint = DATE_HINT.exec(sentence)) {
    const start = Math.max(0, hint.index - EXCERPT_CHARS);
    const end = Math.min(sentence.length, DATE_HINT.lastIndex + EXCERPT_CHARS);
    if (start <= to) to = end;
    else {
      if (to > from) excerpts.push(wordBounded(sentence, from, to));
      from = start;
      to = end;
    }
  }
  if (to > from) excerpts.push(wordBounded(sentence, from, to));
  return excerpts;
}

/** Widens a slice to whole words so no expression is cut in half. */
function wordBounded(text: string, from: number, to: number): string {
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

function moveIntoPast(dayIso: string, publishedIso: string, yearKnown: boolean, weekdayOnly: boolean): string {
  if (weekdayOnly) return addDays(dayIso, -7 * Math.ceil(daysBetween(publishedIso, dayIso) / 7));
  if (!yearKnown) return `${Number(dayIso.slice(0, 4)) - 1}${dayIso.slice(4)}`;
  return dayIso;
}

/** Sentences about earlier events: dated before the recent days of publication, or "last spring". */
export function isBackground(sentence: string, dates: TextDate[], publishedIso: string | null): boolean {
  if (SEASON_OR_YEAR.test(sentence)) return true;
  if (!publishedIso) return false;
  return dates.length > 0 && dates.every((d) => daysBetween(d.dayIso, publishedIso) > RECENT_DAYS);
}
