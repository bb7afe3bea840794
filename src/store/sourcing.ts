import type { DatedPlaceReport, DatedProperties } from "../data/placeReports";

export interface PlaceSourcing {
  placeId: string;
  name: string;
  /** Every report naming the place, newest publication first, regardless of the time window. */
  reports: DatedProperties[];
  /** Outlets counted once each; a report without an outlet counts as its own source. */
  independentOutlets: number;
  /** Distinct event-date spans claimed across sources; more than one is a disagreement. */
  eventDateClaims: string[];
}

export function placeSourcing(placeReports: readonly DatedPlaceReport[], placeId: string): PlaceSourcing | null {
  const reports = placeReports.map((f) => f.properties).filter((p) => p.place_id === placeId);
  const first = reports[0];
  if (!first) return null;
  reports.sort((a, b) => publishedKey(b).localeCompare(publishedKey(a)) || a.source_id.localeCompare(b.source_id));
  const outlets = new Set(reports.map((p) => p.source_outlet?.trim().toLowerCase() || `source:${p.source_id}`));
  const claims = new Set(
    reports.filter((p) => p.role === "event" && p.date_start).map((p) => formatSpan(p.date_start, p.date_end)),
  );
  return {
    placeId,
    name: first.name,
    reports,
    independentOutlets: outlets.size,
    eventDateClaims: [...claims].sort(),
  };
}

function publishedKey(p: DatedProperties): string {
  return p.source_published ?? p.date_start ?? "";
}

export function formatSpan(start: string | null, end: string | null): string {
  if (!start) return "undated";
  return end && end !== start ? `${start} – ${end}` : start;
}
