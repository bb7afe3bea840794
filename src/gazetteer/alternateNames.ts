/**
 * GeoNames' alternate-names table (download.geonames.org/export/dump/alternatenames/XX.zip):
 * one name per row with its language, tab-separated as alternateNameId, geonameid,
 * isolanguage, alternate name, then flags (preferred, short, colloquial, historic) and,
 * since 2018, from/to periods. Pure: lines in, names by geonameid out.
 */
const MIN_COLUMNS = 4;

/**
 * A language (ru, uk, be, en, zh-CN...) or none. The table also files postal codes
 * (post), airport codes (iata, icao, faac), abbreviations (abbr), links (link), Wikidata
 * ids (wkdt), UN/LOCODEs (unlc) and Revolutionary French names (fr_1793) under the
 * language column: none of those is a spelling a reporter writes.
 */
const LANGUAGE = /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)?)?$/;

export interface AlternateNames {
  /** geonameid to its spellings, in the table's order, for the ids asked for. */
  names: Map<string, string[]>;
  /** Bad rows, as `where:line: what was wrong`. */
  problems: string[];
}

/** Spellings of the places `wanted` (geonameids); `where` names the table in errors. */
export function readAlternateNames(lines: Iterable<string>, wanted: ReadonlySet<string>, where: string): AlternateNames {
  const result: AlternateNames = { names: new Map(), problems: [] };
  let lineNumber = 0;
  let checked = false;
  for (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const columns = line.split("\t");
    if (!checked) {
      // A table that is something else altogether is refused whole, not reported row by row.
      if (columns.length < MIN_COLUMNS || !/^\d+$/.test(columns[0]!) || !/^\d+$/.test(columns[1]!)) {
        throw new Error(
          `${where}: not a GeoNames alternate-names table: expected tab-separated alternateNameId, geonameid, isolanguage, name, got ${JSON.stringify(line.slice(0, 80))} on line ${lineNumber}`,
        );
      }
      checked = true;
    }
    if (columns.length < MIN_COLUMNS) {
      result.problems.push(`${where}:${lineNumber}: expected at least ${MIN_COLUMNS} tab-separated columns, got ${columns.length}`);
      continue;
    }
    const [, id, language, name] = columns as [string, string, string, string];
    if (!/^\d+$/.test(id)) {
      result.problems.push(`${where}:${lineNumber}: geonameid must be digits, got "${id}"`);
      continue;
    }
    // A comma cannot go into the dump's comma-separated alternatenames column.
    if (!wanted.has(id) || !LANGUAGE.test(language) || name.trim() === "" || name.includes(",")) continue;
    const known = result.names.get(id);
    if (known === undefined) result.names.set(id, [name.trim()]);
    else if (!known.includes(name.trim())) known.push(name.trim());
  }
  return result;
}

const ALTERNATE_NAMES_COLUMN = 3;

/** Dump rows with the table's spellings added to their alternatenames column (no spelling twice). */
export function withAlternateNames(rows: readonly string[][], names: ReadonlyMap<string, readonly string[]>): string[][] {
  return rows.map((columns) => {
    const extra = names.get(columns[0]!);
    if (extra === undefined) return columns;
    const own = columns[ALTERNATE_NAMES_COLUMN]!.split(",").filter((name) => name !== "");
    const merged = [...new Set([...own, ...extra])].join(",");
    return columns.map((value, i) => (i === ALTERNATE_NAMES_COLUMN ? merged : value));
  });
}
