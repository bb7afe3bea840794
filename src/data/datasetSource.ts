import { parsePlaceReportDataset, type ParseResult } from "./placeReports";

/** Where a dataset comes from; plain data, so it can be posted to a worker. */
export type DatasetRequest =
  | { kind: "url"; url: string; where: string }
  | { kind: "file"; file: File; where: string };

/** Reads, parses and validates a dataset; every failure becomes a message naming `where`. */
export async function readDataset(request: DatasetRequest): Promise<ParseResult> {
  const { where } = request;
  let text: string;
  if (request.kind === "file") text = await request.file.text();
  else {
    let response: Response;
    try {
      response = await fetch(request.url);
    } catch (error) {
      return { ok: false, error: `${where}: could not be fetched (${String(error)})` };
    }
    if (!response.ok) return { ok: false, error: `${where}: HTTP ${response.status} ${response.statusText}`.trim() };
    text = await response.text();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${where}: not valid JSON (${(error as Error).message})` };
  }
  return parsePlaceReportDataset(json, where);
}
