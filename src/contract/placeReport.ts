import { z } from "zod";
import { CLAIMANT_KINDS } from "./placeValues";

/**
 * The output contract of `npm run ingest`: one GeoJSON Point feature per place per
 * article (a "place report"). The map, the exports and the benchmarks read exactly
 * this shape; README.md documents it for people.
 */

/**
 * A calendar day as YYYY-MM-DD: months 01–12, days that month has, 29 February in leap years
 * only. Written as one pattern, not a refinement, so the JSON Schema the map's worker checks
 * large datasets with (src/contract/jsonSchemaCheck.ts) says exactly what this does.
 */
const CALENDAR_DAY =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;

export const isoDay = z.string().regex(CALENDAR_DAY, "expected a calendar day as YYYY-MM-DD");

export const placeKind = z.enum(["settlement", "district", "region", "country", "facility"]);
export const placeRole = z.enum(["event", "mention"]);
export const timePrecision = z.enum(["day", "week", "month", "year", "unknown"]);
/**
 * How closely the point locates the place. `near`: a village the gazetteer lacks, drawn at
 * the settlement the text places it next to ("X, 5 km from Tyotkino").
 */
const geoPrecision = z.enum(["exact", "district", "region", "country", "near"]);

const reviewState = z.enum(["unreviewed", "confirmed", "corrected"]);

/** The parser's own answer for the fields an editor corrected; `place_id: null` when it had left the name unresolved. */
const parserVerdict = z
  .object({
    place_id: z.string().nullable(),
    name: z.string(),
    coordinates: z.tuple([z.number(), z.number()]).nullable(),
    role: placeRole,
    date_start: isoDay.nullable(),
    date_end: isoDay.nullable(),
    time_precision: timePrecision,
  })
  .partial();

/**
 * Who speaks in a quote: a government's officials or bodies, one of the armed groups, an
 * independent source (analysts, monitors, other media, residents), the article's own voice
 * (`outlet`), or a speaker the lexicon does not know (`unknown`; never guessed).
 */
export const claimantKind = z.enum(CLAIMANT_KINDS);
/** What the claimant does in the sentence: says it happened, denies it, passes on others' word, or claims nothing happened. */
export const claimStance = z.enum(["asserts", "denies", "reports_others", "none"]);

const quoteSchema = z.object({
  /** The sentence that names the place, as it stands in the article's main text. */
  text: z.string(),
  /** Offsets of the mention inside `text` (UTF-16 code units, end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /**
   * The speaker or body as written ("Vyacheslav Gladkov", "the Russian Defence Ministry");
   * for the article's own voice its outlet, or null. Optional: older outputs lack attribution.
   */
  claimant: z.string().nullable().optional(),
  claimant_kind: claimantKind.optional(),
  stance: claimStance.optional(),
});

const placeReportProperties = z.object({
  place_id: z.string(),
  name: z.string(),
  mention: z.string(),
  country: z.string().length(2),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  kind: placeKind,
  role: placeRole,
  date_start: isoDay.nullable(),
  date_end: isoDay.nullable(),
  time_precision: timePrecision,
  /** Where the dates come from: the text, the publication date standing in for it, or nowhere. */
  date_source: z.enum(["text", "published", "none"]).optional(),
  geo_precision: geoPrecision,
  /**
   * A provisional report (a village the gazetteer lacks, drawn where the text places it):
   * the gazetteer name of the district, region or neighbouring settlement it is drawn at.
   */
  container_name: z.string().optional(),
  confidence: z.number().min(0).max(1),
  campaign: z.string().nullable(),
  source_id: z.string(),
  source_path: z.string(),
  source_title: z.string().nullable(),
  source_outlet: z.string().nullable(),
  source_url: z.string().nullable(),
  source_published: isoDay.nullable(),
  quotes: z.array(quoteSchema).min(1),
  /** How many sentences named the place, where that is more than `quotes` holds (quotes are capped per report). */
  quote_count: z.number().int().positive().optional(),
  border_distance_km: z.number().nullable(),
  /**
   * Claimants of opposing sides assert and deny what happened here, or assert incompatible
   * outcomes (captured against repelled). Optional: older outputs lack attribution.
   */
  contested: z.boolean().optional(),
  /** The kinds of claimant of the report's quotes, each once, in the order of `claimantKind`. */
  claimant_kinds: z.array(claimantKind).optional(),
  /** Whether an editor has looked at it: untouched, confirmed as the parser had it, or corrected. */
  review: reviewState.optional(),
  /** Where corrected: what the parser had said of each field an editor changed. */
  corrected_from: parserVerdict.optional(),
  /** The editors' notes on the decisions applied to this report. */
  review_notes: z.array(z.string()).optional(),
});

export const placeReportFeature = z.object({
  type: z.literal("Feature"),
  id: z.string().optional(),
  geometry: z.object({
    type: z.literal("Point"),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  }),
  properties: placeReportProperties,
});

export const unresolvedPlaceSchema = z.object({
  source_path: z.string(),
  mention: z.string(),
  sentence: z.string(),
  /**
   * What the parser would report if the name were a place, so an editor's placing shows
   * at once (the map turns the row into a report): the article, the mention's offsets in
   * `sentence`, and the role and dates read from the text. Optional: older outputs lack them.
   */
  source_id: z.string().optional(),
  source_title: z.string().nullable().optional(),
  source_outlet: z.string().nullable().optional(),
  source_url: z.string().nullable().optional(),
  source_published: isoDay.nullable().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  role: placeRole.optional(),
  date_start: isoDay.nullable().optional(),
  date_end: isoDay.nullable().optional(),
  time_precision: timePrecision.optional(),
  date_source: z.enum(["text", "published", "none"]).optional(),
  /** Where the text says where the place is: the provisional report drawn there meanwhile. */
  provisional_place_id: z.string().optional(),
});

export const placeReportCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(placeReportFeature),
  /** Foreign member (RFC 7946 §6.1): names the ingest could not resolve, for editors. */
  unresolved: z.array(unresolvedPlaceSchema).optional(),
});

export { isApproximatePlacement } from "./placeValues";

export type PlaceKind = z.infer<typeof placeKind>;
export type PlaceRole = z.infer<typeof placeRole>;
export type TimePrecision = z.infer<typeof timePrecision>;
export type GeoPrecision = z.infer<typeof geoPrecision>;
export type Quote = z.infer<typeof quoteSchema>;
export type ClaimantKind = z.infer<typeof claimantKind>;
export type ClaimStance = z.infer<typeof claimStance>;
export type PlaceReportProperties = z.infer<typeof placeReportProperties>;
export type PlaceReport = z.infer<typeof placeReportFeature>;
export type PlaceReportCollection = z.infer<typeof placeReportCollection>;
export type UnresolvedPlace = z.infer<typeof unresolvedPlaceSchema>;
export type ParserVerdict = z.infer<typeof parserVerdict>;
