import campaignsJson from "../../data/campaigns.json";
import { campaignListSchema } from "../../src/contract/campaign";
import type { PlaceReport, PlaceReportCollection } from "../../src/contract/placeReport";
import { seededRandom, type Random } from "../corpus/random";

/**
 * A large, contract-valid place-report collection for the browser benchmark: reports
 * about a few thousand places in the Russia–Ukraine border band, spread over
 * 2022–2025, many reports per place as an archive of several outlets produces.
 */

export interface ReportOptions {
  seed: number;
  reports: number;
  /** Distinct places the reports are about. */
  places?: number;
}

interface SyntheticPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  country: "RU" | "UA";
  admin1: string;
  borderDistanceKm: number;
}

/** The border runs roughly from (33.5, 52.3) to (40.2, 49.6); this line is a stand-in for it. */
const BORDER_FROM = { lon: 33.5, lat: 52.3 };
const BORDER_TO = { lon: 40.2, lat: 49.6 };
const FIRST_DAY = Date.UTC(2022, 1, 24);
const LAST_DAY = Date.UTC(2025, 11, 31);
const CAMPAIGNS = campaignListSchema.parse(campaignsJson);

export function generatePlaceReports(options: ReportOptions): PlaceReportCollection {
  const random = seededRandom(options.seed);
  const places = Array.from({ length: options.places ?? 3000 }, (_, i) => syntheticPlace(i, random));
  const features = Array.from({ length: options.reports }, (_, i) => syntheticReport(i, random.pick(places), random));
  return { type: "FeatureCollection", features };
}

function syntheticPlace(index: number, random: Random): SyntheticPlace {
  const along = random.next();
  // Degrees off the line, mostly on the Russian side; never on it, so every place has a side.
  const raw = (random.next() - 0.35) * 1.6;
  const across = Math.abs(raw) < 0.01 ? 0.01 * (Math.sign(raw) || 1) : raw;
  const lon = BORDER_FROM.lon + (BORDER_TO.lon - BORDER_FROM.lon) * along + across * 0.55;
  const lat = BORDER_FROM.lat + (BORDER_TO.lat - BORDER_FROM.lat) * along + across * 0.85;
  const country = across > 0 ? "RU" : "UA";
  return {
    id: `bench:${index}`,
    name: `Place ${index}`,
    lon: round(lon, 5),
    lat: round(lat, 5),
    country,
    admin1: country === "RU" ? random.pick(["Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"]) : random.pick(["Sumy Oblast", "Kharkiv Oblast"]),
    borderDistanceKm: round(across * 100, 1),
  };
}

function syntheticReport(index: number, place: SyntheticPlace, random: Random): PlaceReport {
  const start = new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / 86_400_000) * 86_400_000);
  const date = start.toISOString().slice(0, 10);
  const campaign = CAMPAIGNS.find(({ start, end }) => date >= start && date <= end)?.id ?? null;
  const sentence = `Fighting was reported in ${place.name} on the night of the attack, officials said.`;
  const sourceId = `bench-${Math.floor(index / 6)}`;
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [place.lon, place.lat] },
    properties: {
      place_id: place.id,
      name: place.name,
      mention: place.name,
      country: place.country,
      admin1: place.admin1,
      admin2: null,
      kind: "settlement",
      role: random.chance(0.7) ? "event" : "mention",
      date_start: date,
      date_end: date,
      time_precision: "day",
      geo_precision: "exact",
      confidence: round(0.5 + random.next() * 0.5, 2),
      campaign,
      source_id: sourceId,
      source_path: `archive/${sourceId}.md`,
      source_title: `Report ${sourceId}`,
      source_outlet: random.pick(["Eastern Wire", "Daily Frontier", "Regional Desk"]),
      source_url: `https://news.example.org/${sourceId}`,
      source_published: date,
      quotes: [{ text: sentence, start: 25, end: 25 + place.name.length }],
      border_distance_km: place.borderDistanceKm,
    },
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
