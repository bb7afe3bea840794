import type { Acceptor } from "../contract/jsonSchemaCheck";
import { placeReportCollection, type PlaceReportCollection } from "../contract/placeReport";
import { schemaProblem } from "../contract/schemaProblem";
import { datasetSizeProblem, parseJsonText, type CheckRequest, type Verdict } from "./datasetSource";
import { datasetFromCheckedJson, type ParseResult } from "./placeReports";

/**
 * A dataset checked against the output contract. The schemas load with the first dataset,
 * not with the page: this module is fetched while the dataset downloads (loadDataset.ts).
 */

/** Validates parsed JSON against the output contract; `where` names the file in errors. */
export function parsePlaceReportDataset(json: unknown, where: string): ParseResult {
  const problem = contractProblem(json, where);
  return problem === null ? { ok: true, dataset: datasetFromCheckedJson(json as PlaceReportCollection) } : { ok: false, error: problem };
}

/** What is wrong with parsed JSON as a place-report collection, naming the first problem's path; null if nothing. */
export function contractProblem(json: unknown, where: string): string | null {
  const parsed = placeReportCollection.safeParse(json);
  if (parsed.success) return null;
  return schemaProblem(where, parsed.error, json);
}

/** Parses and validates a dataset's bytes (UTF-8 JSON); every failure names `where`. */
export function parseDatasetBytes(bytes: ArrayBuffer, where: string): ParseResult {
  const tooLarge = datasetSizeProblem(bytes.byteLength, where);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = parseJsonText(new TextDecoder().decode(bytes), where);
  return parsed.ok ? parsePlaceReportDataset(parsed.json, where) : parsed;
}

/**
 * The worker's half of reading a large dataset: the same checks, no reports built. What
 * `accepts` (the contract compiled to a validator that only reads) lets through is
 * accepted; anything else goes to the contract's own parse, which words the problem.
 */
export function checkDatasetBytes({ bytes, where }: CheckRequest, accepts: Acceptor = () => false): Verdict {
  const parsed = parseJsonText(new TextDecoder().decode(bytes), where);
  if (!parsed.ok) return parsed;
  if (accepts(parsed.json)) return { ok: true };
  const problem = contractProblem(parsed.json, where);
  return problem === null ? { ok: true } : { ok: false, error: problem };
}
