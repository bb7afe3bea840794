import { z } from "zod";
import type { PlaceReport } from "../contract/placeReport";
import { daysBetween } from "../pipeline/dates";
import { distanceKm } from "../geo/greatCircle";

/**
 * Scores place reports against a hand annotation (data/sample/gold.json): one
 * entry per place per article with coordinates, feature type, role and the
 * article's event dates.
 */
export const goldSchema = z.array(
  z.object({
    article: z.string(),
    event_dates: z.array(z.string()),
    places: z.array(
      z.object({
        mention: z.string(),
        name: z.string(),
        country: z.string(),
        feature: z.enum(["village", "city", "district", "oblast", "country"]),
        lat: z.number(),
        lon: z.number(),
        role: z.enum(["event", "mention"]),
      }),
    ),
  }),
);
export type Gold = z.infer<typeof goldSchema>;
type GoldPlace = Gold[number]["places"][number];

// Settlements must land on the place; districts and oblasts are compared by representative points.
const TOLERANCE_KM = { village: 10, city: 10, district: 30, oblast: 150 } as const;
const KIND_OF = { village: "settlement", city: "settlement", district: "district", oblast: "region", country: "country" } as const;

function sameGoldPlace(gold: GoldPlace, report: PlaceReport): boolean {
  const p = report.properties;
  if (p.kind !== KIND_OF[gold.feature]) return false;
  if (gold.feature === "country") return p.country === gold.country;
  const [lon, lat] = report.geometry.coordinates;
  return distanceKm({ lat, lon }, { lat: gold.lat, lon: gold.lon }) <= TOLERANCE_KM[gold.feature];
}

export interface GoldScore {
  eventRecall: number;
  eventPrecision: number;
  roleAccuracy: number;
  eventDateAccuracy: number;
  counts: { goldEvents: number; predictedEvents: number; matchedEvents: number; matchedPlaces: number; goldPlaces: number };
  misses: string[];
  falseEvents: string[];
}

/** `reportsByArticle` is keyed by the gold `article` (the file name). */
export function scoreAgainstGold(gold: Gold, reportsByArticle: Map<string, PlaceReport[]>): GoldScore {
  let goldEvents = 0, predictedEvents = 0, matchedEvents = 0, matchedPlaces = 0, goldPlaces = 0, roleAgree = 0, datesRight = 0;
  const misses: string[] = [];
  const falseEvents: string[] = [];
  for (const article of gold) {
    const reports = reportsByArticle.get(article.article) ?? [];
    const events = reports.filter((r) => r.properties.role === "event");
    predictedEvents += events.length;
    for (const place of article.places) {
      goldPlaces++;
      const any = reports.find((r) => sameGoldPlace(place, r));
      if (any) {
        matchedPlaces++;
        if (any.properties.role === place.role) roleAgree++;
      }
      if (place.role !== "event") continue;
      goldEvents++;
      const hit = events.find((r) => sameGoldPlace(place, r));
      if (!hit) {
        misses.push(`${article.article}: ${place.mention} (${place.name})`);
        continue;
      }
      matchedEvents++;
      const start = hit.properties.date_start;
      if (start && article.event_dates.some((d) => Math.abs(daysBetween(d, start)) <= 1)) datesRight++;
    }
    for (const r of events) {
      if (!article.places.some((place) => place.role === "event" && sameGoldPlace(place, r)))
        falseEvents.push(`${article.article}: ${r.properties.mention} (${r.properties.name})`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    eventRecall: ratio(matchedEvents, goldEvents),
    eventPrecision: ratio(predictedEvents - falseEvents.length, predictedEvents),
    roleAccuracy: ratio(roleAgree, matchedPlaces),
    eventDateAccuracy: ratio(datesRight, matchedEvents),
    counts: { goldEvents, predictedEvents, matchedEvents, matchedPlaces, goldPlaces },
    misses,
    falseEvents,
  };
}
