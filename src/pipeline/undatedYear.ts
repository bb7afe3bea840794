import type { Campaign } from "../contract/campaign";
import { chronoFor, isoDay } from "./dates";

/**
 * An article without a publication date still dates its events when the text gives day and
 * month: the year is the one the text writes out ("9 August 2024"), or else the year of the
 * campaign whose window holds every day-and-month the text gives and whose regions it names.
 * The reference day dates are then read against is the latest day the text gives.
 */
export interface InferredReference {
  dayIso: string;
  reason: string;
}

const DAY_AND_MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

export function inferReferenceDay(sentences: readonly string[], campaigns: readonly Campaign[], regionsNamed: ReadonlySet<string>): InferredReference | null {
  const dated = sentences.filter((s) => DAY_AND_MONTH.test(s) || /\b(?:19|20)\d\d\b/.test(s));
  if (dated.length === 0) return null;
  const written = dated.flatMap((s) => parsed(s, "2100-12-31")).filter((r) => r.yearCertain).map((r) => r.dayIso.slice(0, 4));
  if (written.length > 0) {
    const year = written.sort()[written.length - 1]!;
    return latestIn(dated, year, `the year the text gives (${year})`);
  }
  for (const campaign of campaigns) {
    if (!campaign.regions.some((r) => regionsNamed.has(r))) continue;
    const year = campaign.start.slice(0, 4);
    const days = dated.flatMap((s) => parsed(s, `${year}-12-31`)).filter((r) => r.dayCertain);
    if (days.length > 0 && days.every((d) => d.dayIso >= campaign.start && d.dayIso <= campaign.end))
      return latestIn(dated, year, `the campaign its places and days fall in (${campaign.name})`);
  }
  return null;
}

function latestIn(sentences: readonly string[], year: string, reason: string): InferredReference | null {
  const days = sentences.flatMap((s) => parsed(s, `${year}-12-31`)).filter((r) => r.dayCertain && r.dayIso.startsWith(year)).map((r) => r.dayIso).sort();
  return days.length > 0 ? { dayIso: days[days.length - 1]!, reason } : null;
}

function parsed(sentence: string, instantIso: string) {
  return chronoFor(sentence)
    .parse(sentence, { instant: new Date(`${instantIso}T12:00:00Z`), timezone: 0 }, { forwardDate: false })
    .map((r) => ({ dayIso: isoDay(r.start.date()), yearCertain: r.start.isCertain("year"), dayCertain: r.start.isCertain("day") && r.start.isCertain("month") }));
}
