import { readFile, rename, writeFile } from "node:fs/promises";
import { placeReportCollection } from "../contract/placeReport";
import { schemaProblem } from "../contract/schemaProblem";
import { buildArchive } from "../tiles/pmtilesArchive";
import { placeReportTiles } from "../tiles/placeReportTiles";

/**
 * `npm run tiles -- in.geojson --out out.pmtiles [--max-zoom 12]`
 * Turns an ingest output into a PMTiles archive for datasets too large to ship as
 * one GeoJSON file. Exit 2 on bad usage, 1 on bad input; nothing is written then.
 */

const USAGE = "usage: npm run tiles -- <place-reports.geojson> --out <file.pmtiles> [--max-zoom 0-16]";

interface TilesArgs {
  input: string;
  out: string;
  maxZoom: number;
}

function parseTilesArgs(argv: readonly string[]): TilesArgs {
  let input: string | undefined;
  let out: string | undefined;
  let maxZoom = 12;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") out = argv[++i];
    else if (arg === "--max-zoom") {
      const raw = argv[++i];
      maxZoom = Number(raw);
      if (!Number.isInteger(maxZoom) || maxZoom < 0 || maxZoom > 16) {
        throw new UsageError(`--max-zoom: expected an integer 0-16, got ${JSON.stringify(raw)}`);
      }
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else if (input === undefined) input = arg;
    else throw new UsageError(`one input file expected, got a second: ${arg}`);
  }
  if (input === undefined) throw new UsageError("missing the input .geojson file");
  if (out === undefined) throw new UsageError("missing --out <file.pmtiles>");
  return { input, out, maxZoom };
}

class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  let args: TilesArgs;
  try {
    args = parseTilesArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(args.input, "utf8"));
  } catch (error) {
    console.error(`${args.input}: expected a readable GeoJSON file, got ${(error as Error).message}`);
    return 1;
  }
  const collection = placeReportCollection.safeParse(parsed);
  if (!collection.success) {
    console.error(schemaProblem(args.input, collection.error, parsed));
    return 1;
  }
  const { tiles, info } = placeReportTiles(collection.data.features, { maxZoom: args.maxZoom });
  const archive = buildArchive(tiles, info);
  const partial = `${args.out}.partial-${process.pid}`;
  await writeFile(partial, archive);
  await rename(partial, args.out);
  console.error(`${args.out}: ${tiles.length} tiles, ${collection.data.features.length} place reports, ${(archive.length / 1e6).toFixed(1)} MB`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
