import { isoToDay } from "../contract/days";
import type { DatedPlaceReport, DatedProperties } from "../data/placeReports";

export interface PlaceSourcing {
  placeId: string;
  name: string;
  /** A report of the place (the window's, else any): what its precision is read from. */
  place: DatedProperties;
  /** The place's reports the map shows now (window, mentions toggle, claims filter), newest publication first. */
  reports: DatedProperties[];
  /** Articles reporting an event here in the window: the count the list and the circle show. */
  eventSources: number;
  /** Outlets among those, counted once each; a report without an outlet counts as its own. */
  eventOutlets: number;
  /** Articles in the window that name the place without reporting an event there. */
  mentionOnlyArticles: number;
  /** Articles naming the place that the window (or the mentions toggle, or the claims filter) leaves out. */
  outsideWindow: number;
  /** Groups of different dates the window's articles give for one event (spans that overlap or touch). */
  dateDisagreements: string[][];
}

/**
 * A place's sourcing under the same rules as the map and the list: `visible` is what the
 * map shows (visiblePlaceReports), `placeReports` the whole dataset. Null for a place the
 * dataset does not have.
 */
export function placeSourcing(visible: readonly DatedPlaceReport[], placeReports: readonly DatedPlaceReport[], placeId: string): PlaceSourcing | null {
  const reports = visible.map((f) => f.properties).filter((p) => p.place_id === placeId);
  const all = placeReports.map((f) => f.properties).filter((p) => p.place_id === placeId);
  const place = reports[0] ?? all[0];
  if (!place) return null;
  reports.sort((a, b) => publishedKey(b).localeCompare(publishedKey(a)) || a.source_id.localeCompare(b.source_id));
  const events = reports.filter((p) => p.role === "event");
  const eventArticles = new Set(events.map((p) => p.source_id));
  const shownArticles = new Set(reports.map((p) => p.source_id));
  return {
    placeId,
    name: place.name,
    place,
    reports,
    eventSources: eventArticles.size,
    eventOutlets: new Set(events.map((p) => p.source_outlet?.trim().toLowerCase() || `source:${p.source_id}`)).size,
    mentionOnlyArticles: [...shownArticles].filter((id) => !eventArticles.has(id)).length,
    outsideWindow: new Set(all.map((p) => p.source_id).filter((id) => !shownArticles.has(id))).size,
    dateDisagreements: dateDisagreements(events),
  };
}

/** Days between two spans that still count as one event told differently. */
const SAME_EVENT_GAP_DAYS = 3;

/**
 * Different dates given for what is plausibly one event: event spans are grouped where
 * they overlap or lie within a few days of each other, and a group with more than one
 * distinct span is a disagreement. Raids two years apart are two events, not a dispute.
 */
export function dateDisagreements(events: readonly Pick<DatedProperties, "date_start" | "date_end">[]): string[][] {
  const spans = [...new Map(events.filter((p) => p.date_start).map((p) => {
    const span = { from: isoToDay(p.date_start!), to: isoToDay(p.date_end ?? p.date_start!), label: formatSpan(p.date_start, p.date_end) };
    return [span.label, span] as const;
  })).values()].sort((a, b) => a.from - b.from || a.to - b.to);
  const groups: { to: number; labels: string[] }[] = [];
  for (const span of spans) {
    const last = groups.at(-1);
    if (last && span.from <= last.to + SAME_EVENT_GAP_DAYS) {
      last.labels.push(span.label);
      last.to = Math.max(last.to, span.to);
    } else groups.push({ to: span.to, labels: [span.label] });
  }
  return groups.filter((g) => g.labels.length > 1).map((g) => g.labels);
}

function publishedKey(p: DatedProperties): string {
  return p.source_published ?? p.date_start ?? "";
}

export function formatSpan(start: string | null, end: string | null): string {
  if (!start) return "undated";
  return end && end !== start ? `${start} – ${end}` : start;
}
