import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createBorderDistance } from "../geo/borderDistance";
import { parseBorderFile, type BorderFile } from "../geo/borderFile";

/** The file-system edge of the border geometry that `npm run build:data` writes. */
export const DEFAULT_BORDER_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/build/border.json");

export function loadBorder(path = DEFAULT_BORDER_PATH): BorderFile {
  if (!existsSync(path)) throw new Error(`${path}: the border geometry has not been built; run \`npm run build:data\``);
  return parseBorderFile(JSON.parse(readFileSync(path, "utf8")), path);
}

/** Signed km to the Russia–Ukraine land border, positive inside Russia. */
export function loadBorderDistance(path = DEFAULT_BORDER_PATH): (lon: number, lat: number) => number {
  return createBorderDistance(loadBorder(path));
}
