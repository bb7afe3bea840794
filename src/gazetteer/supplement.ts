import { z } from "zod";
import { issuePath, schemaProblem } from "../contract/schemaProblem";
import { gazetteerEntrySchema, type GazetteerEntry } from "./types";

/**
 * The curated supplement (data/gazetteer/supplement.json): facts a newsroom
 * would check, each with its source. Places missing from the GeoNames
 * extracts, extra spellings of existing entries, and GeoNames' names of the
 * countries Natural Earth names differently. No rules live here.
 */
const source = z.string().min(1);

const supplementPlaceSchema = gazetteerEntrySchema.extend({ source });

/** Which entry a spelling belongs to: by id, or by name within a country (optionally admin1 and kind). */
const supplementTargetSchema = z.union([
  z.object({ id: z.string().min(1) }).strict(),
  z
    .object({
      name: z.string().min(1),
      country: z.string().length(2),
      admin1: z.string().optional(),
      kind: gazetteerEntrySchema.shape.kind.optional(),
    })
    .strict(),
]);

const supplementSchema = z.object({
  places: z.array(supplementPlaceSchema),
  altNames: z.array(
    z.object({ target: supplementTargetSchema, names: z.array(z.string().min(1)).min(1), source }),
  ),
  countryNames: z.array(z.object({ country: z.string().length(2), name: z.string().min(1), source })),
});

export type Supplement = z.infer<typeof supplementSchema>;
type SupplementPlace = z.infer<typeof supplementPlaceSchema>;
type SupplementTarget = z.infer<typeof supplementTargetSchema>;

export function parseSupplement(json: unknown, where: string): Supplement {
  const parsed = supplementSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(schemaProblem(where, parsed.error, json));
  }
  return parsed.data;
}

const targetMatches = (target: SupplementTarget, entry: GazetteerEntry): boolean =>
  "id" in target
    ? entry.id === target.id
    : entry.name === target.name &&
      entry.country === target.country &&
      (target.admin1 === undefined || entry.admin1 === target.admin1) &&
      (target.kind === undefined || entry.kind === target.kind);

const describe = (target: SupplementTarget): string =>
  "id" in target ? `id ${target.id}` : `${target.name} (${[target.country, target.admin1, target.kind].filter(Boolean).join(", ")})`;

/**
 * Adds the supplement's places and spellings. A spelling whose target matches
 * no entry, or more than one, is a problem to fix in the file, not something
 * to guess around: those are returned for the build to report.
 */
export function applySupplement(
  entries: GazetteerEntry[],
  supplement: Supplement,
): { entries: GazetteerEntry[]; problems: string[] } {
  const problems: string[] = [];
  const ids = new Set(entries.map((e) => e.id));
  const places: GazetteerEntry[] = [];
  for (const { source: _source, ...place } of supplement.places) {
    if (ids.has(place.id)) problems.push(`places: id ${place.id} already exists`);
    else places.push({ ...place });
  }
  const merged = [...entries.map((e) => ({ ...e, altNames: [...e.altNames] })), ...places];
  for (const [index, rule] of supplement.altNames.entries()) {
    const targets = merged.filter((entry) => targetMatches(rule.target, entry));
    if (targets.length !== 1) {
      problems.push(`altNames[${index}]: ${describe(rule.target)} matches ${targets.length} entries, expected 1`);
      continue;
    }
    const target = targets[0]!;
    const known = new Set([target.name, ...target.altNames]);
    target.altNames.push(...rule.names.filter((name) => !known.has(name)));
  }
  return { entries: merged, problems };
}

/**
 * A file of data/gazetteer/villages/: places only, each with its source. The
 * villages of a region live apart from supplement.json so that a long list
 * stays reviewable row by row. Rows are checked one by one (supplementPlaceSchema).
 */
const villageFileShape = z.object({ places: z.array(z.unknown()) });

/**
 * Adds the places of the village files, in the order given. Each entry is
 * checked on its own, so one bad row is reported as `file: places[i].field:
 * message` and the rest of the file still loads; a duplicate id (within the
 * files, or of an entry already in the gazetteer) is a problem too. The build
 * refuses to write a gazetteer while there are problems.
 */
export function applyVillageFiles(
  entries: GazetteerEntry[],
  files: { file: string; json: unknown }[],
): { entries: GazetteerEntry[]; problems: string[] } {
  const problems: string[] = [];
  const existing = new Set(entries.map((e) => e.id));
  const firstSeen = new Map<string, string>();
  const places: GazetteerEntry[] = [];
  for (const { file, json } of files) {
    const shape = villageFileShape.safeParse(json);
    if (!shape.success) {
      problems.push(schemaProblem(file, shape.error, json));
      continue;
    }
    shape.data.places.forEach((row, index) => {
      const where = `${file}: places[${index}]`;
      const parsed = supplementPlaceSchema.safeParse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${where}.${issuePath(issue.path)}: ${issue.message}`);
        return;
      }
      const { source: _source, ...place }: SupplementPlace = parsed.data;
      if (existing.has(place.id)) {
        problems.push(`${where}.id: id ${place.id} already exists in the gazetteer`);
        return;
      }
      const first = firstSeen.get(place.id);
      if (first !== undefined) {
        problems.push(`${where}.id: duplicate id ${place.id} (first at ${first})`);
        return;
      }
      firstSeen.set(place.id, where);
      places.push(place);
    });
  }
  return { entries: [...entries, ...places], problems };
}
