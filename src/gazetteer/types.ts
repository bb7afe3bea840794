import { z } from "zod";
import { placeKind } from "../contract/placeReport";

/**
 * One place the gazetteer knows. Built by the data build from GeoNames extracts
 * (scripts/geodata/gazetteerStep.ts) or read from a full GeoNames country dump
 * (src/gazetteer/geonamesDump.ts); the matcher only ever sees this shape.
 */
export const gazetteerEntrySchema = z.object({
  /** GeoNames id where known ("703448"); otherwise a stable id with a prefix naming its origin ("sup:gora-podol"). */
  id: z.string().min(1),
  /** Canonical name, as GeoNames writes it ("Tëtkino", "Belgorod Oblast", "Grayvoronskiy Rayon"). */
  name: z.string().min(1),
  /** Other spellings: transliterations, exonyms, Cyrillic forms. May be empty. */
  altNames: z.array(z.string()),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** ISO 3166-1 alpha-2. */
  country: z.string().length(2),
  /** Name of the first-order division ("Kursk Oblast"), null for countries and when unknown. */
  admin1: z.string().nullable(),
  /** Name of the second-order division ("Sudzhanskiy Rayon"), null when unknown. */
  admin2: z.string().nullable(),
  kind: placeKind,
  /** GeoNames feature code: PPL, PPLA, PPLA2, PPLC, ADM1, ADM2, PCLI... */
  featureCode: z.string(),
  /** 0 when unknown. */
  population: z.number().int().nonnegative(),
});

export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
