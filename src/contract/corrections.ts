import { z } from "zod";
import { isoDay, placeKind, placeRole, timePrecision } from "./placeReport";

/**
 * The corrections file: one entry per editorial decision about what the parser found.
 * Written by the map's review mode, read by `npm run ingest -- --corrections` and
 * `npm run review`; README.md documents it for people.
 *
 * An entry is anchored to what it corrects by the article's id, the name as written and
 * a fingerprint of the sentence it stands in, never by positions in an output, so it
 * survives re-ingest.
 */
export const CORRECTIONS_VERSION = 1;

const anchorSchema = z
  .object({
    /** The article's `source_id`. */
    source_id: z.string().min(1),
    /** The name as the article writes it. */
    mention: z.string().min(1),
    /** `sentenceFingerprint` of the sentence the mention stands in. */
    sentence: z.string().regex(/^[0-9a-f]{8}$/, "expected the sentence's 8-hex-digit fingerprint"),
  })
  .strict();

/**
 * Where a name belongs: a gazetteer entry by id, or a point the editor picked. The
 * tool fills the rest from the point (country, admin1, admin2, border distance) so the
 * file carries what the map showed when the decision was made; the CLI derives them
 * again from its own gazetteer and border.
 */
const targetSchema = z
  .object({
    /**
     * A GeoNames id or a place id the tool knows ("sup:gora-podol"), or `news:<name>` for a
     * point an editor dropped; when absent, the `news:` id of `name`.
     */
    place_id: z.string().min(1).optional(),
    name: z.string().min(1),
    kind: placeKind,
    /** [lon, lat] */
    point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    country: z.string().length(2).nullable().optional(),
    admin1: z.string().nullable().optional(),
    admin2: z.string().nullable().optional(),
    /** Km from the Russia–Ukraine border as the map measured it (positive inside Russia), for maps without border data. */
    border_distance_km: z.number().finite().nullable().optional(),
  })
  .strict();

const decision = {
  /** Unique within the file: what messages and undo refer to. */
  id: z.string().min(1),
  /** Who decided: a name or a newsroom handle. */
  by: z.string().min(1),
  /** When: ISO 8601 date-time. */
  at: z.iso.datetime({ offset: true }),
  note: z.string().optional(),
};

export const correctionSchema = z.discriminatedUnion("action", [
  /** An unresolved name is this place, here and in every article that names it. */
  z.object({ ...decision, action: z.literal("place"), anchor: anchorSchema.optional(), name: z.string().min(1), target: targetSchema }).strict(),
  /** A name resolved to the wrong place is this one, in this article. */
  z.object({ ...decision, action: z.literal("move"), anchor: anchorSchema, target: targetSchema }).strict(),
  z.object({ ...decision, action: z.literal("role"), anchor: anchorSchema, role: placeRole }).strict(),
  z
    .object({
      ...decision,
      action: z.literal("date"),
      anchor: anchorSchema,
      date_start: isoDay.nullable(),
      date_end: isoDay.nullable(),
      time_precision: timePrecision,
    })
    .strict(),
  /** Not a place: in this article (with an anchor) or everywhere (with a name). */
  z.object({ ...decision, action: z.literal("reject"), anchor: anchorSchema }).strict(),
  z.object({ ...decision, action: z.literal("reject_everywhere"), name: z.string().min(1) }).strict(),
  /** This spelling means that place in every article. */
  z.object({ ...decision, action: z.literal("alias"), name: z.string().min(1), target: targetSchema }).strict(),
  /** The parser got this one right. */
  z.object({ ...decision, action: z.literal("confirm"), anchor: anchorSchema }).strict(),
]);

export const correctionsFileSchema = z
  .object({
    type: z.literal("IncursionMapCorrections"),
    version: z.literal(CORRECTIONS_VERSION),
    corrections: z.array(z.unknown()),
  })
  .strict();

export type Anchor = z.infer<typeof anchorSchema>;
export type CorrectionTarget = z.infer<typeof targetSchema>;
export type Correction = z.infer<typeof correctionSchema>;
/** A decision about one name in one sentence of one article (a `place` decision may carry an anchor). */
export type AnchoredCorrection = Exclude<Correction, { action: "alias" | "reject_everywhere" }> & { anchor: Anchor };
