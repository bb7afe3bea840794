import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { readAlternateNames, withAlternateNames } from "../gazetteer/alternateNames";
import { linesOf, readZipMember } from "../gazetteer/dumpArchive";
import { cutDump, formatDump, THEATRE_DUMP_BOX, type DumpCut } from "../gazetteer/dumpCut";
import { AtomicFile } from "./atomicWrite";
import { download, DownloadError, type Download } from "./download";

/**
 * `npm run gazetteer -- fetch`: GeoNames country dumps downloaded, checked, cut to the
 * theatre and stored, one `XX.txt` per country in GeoNames' own format (so the folder also
 * works as `ingest --gazetteer <folder>`). The parsing is pure (src/gazetteer/); this file
 * only moves bytes.
 */
export const GEONAMES_BASE_URL = "https://download.geonames.org/export/dump";

/** The one failure after which the folder is not as it was: some files were replaced, each whole. */
export class PartlyStoredError extends Error {}

export interface FetchRequest {
  /** ISO 3166-1 alpha-2 codes, as GeoNames names its dumps ("RU"). */
  countries: readonly string[];
  /** Also read GeoNames' alternate-names table of each country and add its spellings. */
  alternateNames: boolean;
  /** The folder holding `XX.zip` and `alternatenames/XX.zip`. */
  baseUrl: string;
  /** Where the cut dumps are stored. */
  folder: string;
  download?: Download;
  /** Progress, one line at a time. */
  log?: (line: string) => void;
}

export interface FetchedDump {
  country: string;
  /** The stored file. */
  path: string;
  counts: DumpCut["counts"];
  /** Places given spellings from the alternate-names table; null when it was not read. */
  placesWithAlternateNames: number | null;
  /** Bad rows left out, as `where:line: what was wrong`. */
  problems: string[];
}

/**
 * Downloads, checks and cuts every country before writing anything, then stores them all;
 * each file through a temporary file renamed over the old one. Any failure (server out of
 * reach, no dump for a code, a damaged zip, a file that is not a dump) throws with the
 * folder as it was.
 */
export async function fetchDumps(request: FetchRequest): Promise<FetchedDump[]> {
  const prepared: { dump: FetchedDump; text: string }[] = [];
  for (const country of request.countries) prepared.push(await prepareDump(country, request));
  storeTogether(request.folder, prepared.map(({ dump, text }) => ({ path: dump.path, text })));
  return prepared.map(({ dump }) => dump);
}

async function prepareDump(country: string, request: FetchRequest): Promise<{ dump: FetchedDump; text: string }> {
  const baseUrl = request.baseUrl.replace(/\/+$/, "");
  const member = `${country}.txt`;
  const dumpUrl = `${baseUrl}/${country}.zip`;
  const zip = await downloadFor(country, "dump", dumpUrl, request);
  const cut = cutDump(linesOf(readZipMember(zip, member, dumpUrl)), `${country}.zip/${member}`);
  if (cut.counts.kept === 0) {
    throw new Error(
      `${dumpUrl}: none of its ${cut.counts.rows} rows is a settlement or admin unit inside the theatre (lon ${THEATRE_DUMP_BOX[0]}–${THEATRE_DUMP_BOX[2]}, lat ${THEATRE_DUMP_BOX[1]}–${THEATRE_DUMP_BOX[3]})`,
    );
  }
  let rows = cut.rows;
  let placesWithAlternateNames: number | null = null;
  let problems = cut.problems;
  if (request.alternateNames) {
    const tableUrl = `${baseUrl}/alternatenames/${country}.zip`;
    const table = readAlternateNames(
      linesOf(readZipMember(await downloadFor(country, "alternate-names table", tableUrl, request), member, tableUrl)),
      new Set(rows.map((columns) => columns[0]!)),
      `alternatenames/${country}.zip/${member}`,
    );
    rows = withAlternateNames(rows, table.names);
    placesWithAlternateNames = table.names.size;
    problems = problems.concat(table.problems);
  }
  const dump = { country, path: join(request.folder, member), counts: cut.counts, placesWithAlternateNames, problems };
  return { dump, text: formatDump(rows) };
}

async function downloadFor(country: string, what: string, url: string, request: FetchRequest): Promise<Uint8Array> {
  request.log?.(`downloading ${url}`);
  try {
    return await (request.download ?? download)(url);
  } catch (error) {
    if (error instanceof DownloadError && error.failure.kind === "http" && error.failure.status === 404) {
      throw new Error(`no GeoNames ${what} for country code ${country}: ${error.message}`);
    }
    throw error;
  }
}

/** All temporary files are written before any is renamed, so a failure in one leaves every file as it was. */
function storeTogether(folder: string, files: { path: string; text: string }[]): void {
  const opened: AtomicFile[] = [];
  try {
    mkdirSync(folder, { recursive: true });
    for (const { path, text } of files) {
      const file = new AtomicFile(path);
      opened.push(file);
      file.write(text);
    }
  } catch (error) {
    for (const file of opened) file.abandon();
    throw new Error(`cannot store the dumps in ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const [i, file] of opened.entries()) {
    try {
      file.commit();
    } catch (error) {
      for (const rest of opened.slice(i + 1)) rest.abandon();
      const stored = opened.slice(0, i).map((done) => basename(done.path));
      const message = error instanceof Error ? error.message : String(error);
      throw new PartlyStoredError(`cannot store ${file.path}: ${message}${stored.length > 0 ? ` (${stored.join(", ")} stored before it)` : ""}`);
    }
  }
}
