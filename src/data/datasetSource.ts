import { parsePlaceReportDataset, type ParseResult } from "./placeReports";

/** Where a dataset comes from; plain data, so it can be posted to a worker. */
export type DatasetRequest =
  | { kind: "url"; url: string; where: string }
  | { kind: "file"; file: File; where: string }
  | { kind: "bytes"; bytes: ArrayBuffer; where: string };

export type Fetched = { ok: true; response: Response } | { ok: false; error: string };

/** Starts a download; network failures and refusals become messages naming `where`. */
export async function fetchDatasetResponse(url: string, where: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { ok: false, error: `${where}: could not be fetched (${String(error)})` };
  }
  if (!response.ok) return { ok: false, error: `${where}: HTTP ${response.status} ${response.statusText}`.trim() };
  return { ok: true, response };
}

/** Parses and validates a dataset's bytes (UTF-8 JSON); every failure names `where`. */
export function parseDatasetBytes(bytes: ArrayBuffer, where: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { ok: false, error: `${where}: not valid JSON (${(error as Error).message})` };
  }
  return parsePlaceReportDataset(json, where);
}

/** Reads, parses and validates a dataset; every failure becomes a message naming `where`. */
export async function readDataset(request: DatasetRequest): Promise<ParseResult> {
  const { where } = request;
  if (request.kind === "bytes") return parseDatasetBytes(request.bytes, where);
  if (request.kind === "file") return parseDatasetBytes(await request.file.arrayBuffer(), where);
  const fetched = await fetchDatasetResponse(request.url, where);
  if (!fetched.ok) return fetched;
  return parseDatasetBytes(await fetched.response.arrayBuffer(), where);
}
