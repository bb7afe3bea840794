import type { Campaign } from "../contract/campaign";

/** Days a publication date may lie ahead of today (time zones, embargoed copy) before it is doubted. */
const FUTURE_DAYS = 2;

/**
 * A warning when an article's publication date is unlikely: before the first campaign the
 * map covers, or after today. A typo there ("2042", "1024") moves every relative date of
 * the article with it, so it is said, though the article is still ingested.
 */
export function publishedDateWarning(path: string, published: string | null, campaigns: readonly Campaign[], todayIso: string): string | null {
  if (!published) return null;
  const first = campaigns.reduce<string | null>((earliest, c) => (earliest === null || c.start < earliest ? c.start : earliest), null);
  if (first !== null && published < first)
    return `${path}: published ${published} is before the first campaign (${first}); relative dates are read from it`;
  const future = new Date(Date.parse(`${todayIso}T00:00:00Z`) + FUTURE_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (published > future) return `${path}: published ${published} is after today (${todayIso}); relative dates are read from it`;
  return null;
}
