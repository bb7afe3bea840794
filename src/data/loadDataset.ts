import { parsePlaceReportDataset, type ParseResult } from "./placeReports";

/** The dataset the app opens when the URL names none; relative so sub-path hosting works. */
export const DEFAULT_DATA_URL = "./data/sample.geojson";

export async function fetchDataset(url: string): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { ok: false, error: `${url}: could not be fetched (${String(error)})` };
  }
  if (!response.ok) return { ok: false, error: `${url}: HTTP ${response.status} ${response.statusText}`.trim() };
  return parseText(await response.text(), url);
}

export async function readDatasetFile(file: File): Promise<ParseResult> {
  return parseText(await file.text(), file.name);
}

function parseText(text: string, where: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${where}: not valid JSON (${(error as Error).message})` };
  }
  return parsePlaceReportDataset(json, where);
}
