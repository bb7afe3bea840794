import { assertGeoNamesDump, parseDumpLine } from "./geonamesDump";

/**
 * The theatre a fetched GeoNames dump is cut to, [west, south, east, north] in degrees:
 * Russia west of the Urals, Ukraine and Belarus. That is where the incursions happen and
 * what reporting on them names: border villages, oblast centres, Moscow, and the airfields
 * and refineries struck deep inside Russia. West 19.5° takes in Kaliningrad; east 60° is
 * the Ural ridge (Orsk, struck in 2024, lies at 58.6°); south 41° reaches the tip of
 * Dagestan and all of Crimea; north 70° the Kola Peninsula (Olenya airbase, 68.2°).
 * Beyond the Urals a full dump would only add far namesakes of the villages in the news,
 * and weight to every start of the CLI.
 */
export const THEATRE_DUMP_BOX: readonly [west: number, south: number, east: number, north: number] = [19.5, 41, 60, 70];

export interface DumpCut {
  /** The rows kept, split into their 19 columns, in the dump's order. */
  rows: string[][];
  /** Bad rows, as `where:line: what was wrong`; they are left out. */
  problems: string[];
  counts: { rows: number; kept: number; outsideTheatre: number; otherFeatures: number; bad: number };
}

/**
 * Keeps the rows of a GeoNames dump that the gazetteer reads (settlements, ADM1, ADM2,
 * PCLI, as `parseDumpLine` decides) and that lie inside the box. Rows are checked by the
 * same parser that reads them at build time, so what is stored loads without problems.
 * Throws when the text is not a dump at all; `where` names it in errors.
 */
export function cutDump(lines: Iterable<string>, where: string, box = THEATRE_DUMP_BOX): DumpCut {
  const [west, south, east, north] = box;
  const cut: DumpCut = { rows: [], problems: [], counts: { rows: 0, kept: 0, outsideTheatre: 0, otherFeatures: 0, bad: 0 } };
  const take = (line: string, lineNumber: number): void => {
    if (line.trim() === "") return;
    cut.counts.rows++;
    const result = parseDumpLine(line, {});
    if (result.kind === "skipped") cut.counts.otherFeatures++;
    else if (result.kind === "error") {
      cut.counts.bad++;
      cut.problems.push(`${where}:${lineNumber}: ${result.message}`);
    } else if (result.entry.lon < west || result.entry.lon > east || result.entry.lat < south || result.entry.lat > north) {
      cut.counts.outsideTheatre++;
    } else {
      cut.counts.kept++;
      cut.rows.push(line.split("\t"));
    }
  };
  // The first lines are held back until they show the text is a dump at all.
  const opening: string[] = [];
  let lineNumber = 0;
  for (const line of lines) {
    lineNumber++;
    if (opening.length < 5) {
      opening.push(line);
      if (opening.length === 5) {
        assertGeoNamesDump(where, opening);
        opening.forEach((held, i) => take(held, i + 1));
      }
      continue;
    }
    take(line, lineNumber);
  }
  if (opening.length < 5) {
    assertGeoNamesDump(where, opening);
    opening.forEach((held, i) => take(held, i + 1));
  }
  return cut;
}

/** Rows back to GeoNames' own tab-separated text, so the stored file reads like any dump. */
export function formatDump(rows: readonly (readonly string[])[]): string {
  return rows.map((columns) => `${columns.join("\t")}\n`).join("");
}
