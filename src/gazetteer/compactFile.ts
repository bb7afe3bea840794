import { z } from "zod";
import { gazetteerEntrySchema, type GazetteerEntry } from "./types";
import { schemaProblem } from "../contract/schemaProblem";

/**
 * On-disk form of the built gazetteer (data/build/gazetteer.json).
 *
 * A header naming the columns, then one array per entry. Repeated strings
 * (admin names, feature codes, kinds) go through a string table so the file
 * stays small and JSON.parse stays fast. Only the header is validated when
 * loading: the build wrote every row through `encodeGazetteer`, and checking
 * 39,000 rows (the default gazetteer) with zod would cost more than the whole load budget.
 */
const GAZETTEER_FORMAT = "incursion-map/gazetteer";
const GAZETTEER_VERSION = 1;
const GAZETTEER_COLUMNS = [
  "id",
  "name",
  "altNames",
  "lat",
  "lon",
  "country",
  "admin1",
  "admin2",
  "kind",
  "featureCode",
  "population",
] as const;

/** id, name, altNames, lat, lon, country, admin1 (string index or -1), admin2 (ditto), kind (index), featureCode (index), population. */
type CompactRow = [string, string, string[], number, number, string, number, number, number, number, number];

const headerSchema = z.object({
  format: z.literal(GAZETTEER_FORMAT),
  version: z.literal(GAZETTEER_VERSION),
  columns: z.array(z.string()),
  strings: z.array(z.string()),
  /** GeoNames admin codes ("RU.41", "RU.41.123456") to names, used to label rows of full GeoNames dumps. */
  adminNames: z.record(z.string(), z.string()),
  rows: z.array(z.unknown()),
});

export type CompactGazetteer = z.infer<typeof headerSchema>;

export interface GazetteerWithAdmin {
  entries: GazetteerEntry[];
  adminNames: Record<string, string>;
}

const roundCoord = (value: number): number => Math.round(value * 1e5) / 1e5;

export function encodeGazetteer({ entries, adminNames }: GazetteerWithAdmin): CompactGazetteer {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (value: string | null): number => {
    if (value === null) return -1;
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexOf.set(value, index);
    }
    return index;
  };
  const rows: CompactRow[] = entries.map((raw, position) => {
    const parsed = gazetteerEntrySchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(schemaProblem(`gazetteer entry ${position} (${raw.id} ${raw.name})`, parsed.error, raw));
    }
    const entry = parsed.data;
    return [
      entry.id,
      entry.name,
      entry.altNames,
      roundCoord(entry.lat),
      roundCoord(entry.lon),
      entry.country,
      intern(entry.admin1),
      intern(entry.admin2),
      intern(entry.kind),
      intern(entry.featureCode),
      entry.population,
    ];
  });
  return {
    format: GAZETTEER_FORMAT,
    version: GAZETTEER_VERSION,
    columns: [...GAZETTEER_COLUMNS],
    strings,
    adminNames,
    rows,
  };
}

/** Decodes a parsed gazetteer file; `where` names the file in errors. */
export function decodeGazetteer(json: unknown, where: string): GazetteerWithAdmin {
  const header = headerSchema.safeParse(json);
  if (!header.success) {
    throw new Error(schemaProblem(`${where}: not a built gazetteer`, header.error, json));
  }
  const { columns, strings, rows, adminNames } = header.data;
  if (columns.join(",") !== GAZETTEER_COLUMNS.join(",")) {
    throw new Error(`${where}: columns must be ${GAZETTEER_COLUMNS.join(",")}, got ${columns.join(",")}`);
  }
  const text = (index: number): string | null => (index < 0 ? null : (strings[index] ?? null));
  const entries = (rows as CompactRow[]).map(
    (row): GazetteerEntry => ({
      id: row[0],
      name: row[1],
      altNames: row[2],
      lat: row[3],
      lon: row[4],
      country: row[5],
      admin1: text(row[6]),
      admin2: text(row[7]),
      // The build only ever interns values of the placeKind enum here.
      kind: text(row[8]) as GazetteerEntry["kind"],
      featureCode: text(row[9]) ?? "",
      population: row[10],
    }),
  );
  return { entries, adminNames };
}
