import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCAL_DUMPS_FOLDER } from "./localDumps";
import { parseCommandLine, UsageError } from "./command";
import { fetchDumps, GEONAMES_BASE_URL, PartlyStoredError, type FetchedDump } from "./gazetteerFetch";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DEFAULT_FOLDER = resolve(REPO_ROOT, LOCAL_DUMPS_FOLDER);

const USAGE = `usage: npm run gazetteer -- fetch <country codes...> [--alternate-names] [--base-url <url>] [--folder <path>]
  fetch              downloads GeoNames country dumps (e.g. RU UA BY), keeps their settlements and admin units
                     in the theatre, stores them in ${LOCAL_DUMPS_FOLDER}/ and rebuilds the default gazetteer
  --alternate-names  also downloads each country's alternate-names table and adds its spellings
  --base-url         where the dumps are (default: $GEONAMES_BASE_URL, else ${GEONAMES_BASE_URL})
  --folder           store the dumps there instead and rebuild nothing (give the folder to ingest's --gazetteer)
exit status: 0 stored and rebuilt; 1 nothing changed (server out of reach, no dump for a code, a damaged file),
or stored but the rebuild failed; 2 bad usage; 130 interrupted`;

const PROBLEMS_SHOWN = 20;

interface Options {
  countries: string[];
  alternateNames: boolean;
  baseUrl: string;
  folder: string;
  /** Only the folder the data build reads is worth a rebuild. */
  rebuild: boolean;
}

function parseOptions(argv: string[], env: CommandIo["env"]): Options {
  const { values, positionals } = parseCommandLine(argv, {
      "alternate-names": { type: "boolean", default: false },
      "base-url": { type: "string" },
      folder: { type: "string" },
  });
  const [command, ...codes] = positionals;
  if (command === undefined) throw new UsageError("no command given");
  if (command !== "fetch") throw new UsageError(`unknown command "${command}"; the command is fetch`);
  if (codes.length === 0) throw new UsageError("no country codes given (e.g. fetch RU UA BY)");
  for (const code of codes) {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      throw new UsageError(`country codes are two letters (ISO 3166-1 alpha-2, as GeoNames names its dumps: RU, UA, BY), got "${code}"`);
    }
  }
  const baseUrl = values["base-url"] ?? (env.GEONAMES_BASE_URL || undefined) ?? GEONAMES_BASE_URL;
  if (!/^https?:\/\/[^/]/.test(baseUrl) || !URL.canParse(baseUrl)) {
    throw new UsageError(`the base URL (--base-url or $GEONAMES_BASE_URL) must be an http or https address, got "${baseUrl}"`);
  }
  const folder = resolve(values.folder ?? DEFAULT_FOLDER);
  return {
    countries: [...new Set(codes.map((code) => code.toUpperCase()))],
    alternateNames: values["alternate-names"],
    baseUrl,
    folder,
    rebuild: folder === DEFAULT_FOLDER,
  };
}

const shown = (path: string): string => {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") || isAbsolute(fromHere) ? path : fromHere;
};

function summary({ country, path, counts, placesWithAlternateNames }: FetchedDump): string {
  const parts = [`${counts.outsideTheatre} outside the theatre`, `${counts.otherFeatures} other features`, `${counts.bad} bad rows`];
  if (placesWithAlternateNames !== null) {
    parts.push(`alternate names added to ${placesWithAlternateNames} place${placesWithAlternateNames === 1 ? "" : "s"}`);
  }
  return `gazetteer: ${country}: kept ${counts.kept} of ${counts.rows} rows (${parts.join(", ")}) in ${shown(path)}`;
}

/** Where the command writes, and what it may do besides; the entry (gazetteer.ts) gives it the process's. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Progress lines, for a terminal. */
  progress: boolean;
  /** Called once the dumps are stored: from then on the folder has changed. */
  onStored?: () => void;
  /** `npm run build:data`; true when it succeeded. */
  rebuild: () => boolean;
}

/** `npm run gazetteer -- <argv>`; resolves to the exit status. */
export async function runGazetteerCommand(argv: string[], io: CommandIo): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) io.stderr(`error: ${error.message}\n`);
    io.stderr(`${USAGE}\n`);
    return error.message ? 2 : 0;
  }
  const log = io.progress ? (line: string) => io.stderr(`gazetteer: ${line}\n`) : undefined;
  let fetched: FetchedDump[];
  try {
    fetched = await fetchDumps({ ...options, log });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`gazetteer: ${message}${error instanceof PartlyStoredError ? "" : "; nothing changed"}\n`);
    return 1;
  }
  io.onStored?.();
  for (const dump of fetched) {
    for (const problem of dump.problems.slice(0, PROBLEMS_SHOWN)) io.stderr(`gazetteer: left out ${problem}\n`);
    if (dump.problems.length > PROBLEMS_SHOWN) io.stderr(`gazetteer: left out ${dump.problems.length - PROBLEMS_SHOWN} more bad rows of ${dump.country}\n`);
    io.stdout(`${summary(dump)}\n`);
  }
  if (!options.rebuild) {
    io.stdout(`gazetteer: the default gazetteer reads ${LOCAL_DUMPS_FOLDER}/ only; use this folder with \`npm run ingest -- --gazetteer ${shown(options.folder)}\`\n`);
    return 0;
  }
  if (!io.rebuild()) {
    io.stderr("gazetteer: the dumps are stored, but rebuilding the gazetteer failed (above); `npm run build:data` tries again\n");
    return 1;
  }
  return 0;
}
