import { readFileSync } from "node:fs";
import { manifestSchema, type Manifest } from "../articles/metadata";
import { UsageError } from "./command";
import { schemaProblem } from "../contract/schemaProblem";

/** `--manifest file.json`: metadata for files without front matter, keyed by file name. A bad manifest is bad usage. */
export function readManifest(path: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${path}: manifest is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(schemaProblem(path, parsed.error, raw));
  }
  return parsed.data;
}
