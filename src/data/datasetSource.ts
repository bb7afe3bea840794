
/** A large dataset's bytes, posted to the worker that checks them against the contract. */
export interface CheckRequest {
  bytes: ArrayBuffer;
  where: string;
}

/** The worker's answer: the contract's first problem, or none. */
export type Verdict = { ok: true } | { ok: false; error: string };

export type Fetched = { ok: true; response: Response } | { ok: false; error: string };

export type ParsedJson = { ok: true; json: unknown } | { ok: false; error: string };

/** Starts a download; network failures and refusals become messages naming `where`. */
export async function fetchDatasetResponse(url: string, where: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { ok: false, error: `${where}: could not be fetched (${String(error)}). ${whyUnfetchable(url)}` };
  }
  if (!response.ok) return { ok: false, error: `${where}: HTTP ${response.status} ${response.statusText}`.trim() };
  return { ok: true, response };
}

/**
 * Past this a dataset is not opened as GeoJSON: a browser tab cannot hold its text (V8's
 * strings end near 512 MB) and its parsed reports as well. PMTiles are the route for it.
 */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;

/** Why a dataset of this size cannot be opened, or null. */
export function datasetSizeProblem(byteLength: number, where: string): string | null {
  // An unknown size (NaN, no Content-Length) is no reason to refuse.
  return byteLength > MAX_DATASET_BYTES ? tooLargeMessage(where, `${(byteLength / 1048576).toFixed(0)} MB`) : null;
}

function tooLargeMessage(where: string, size: string): string {
  return `${where}: ${size} is too large to open as GeoJSON in the browser (at most ${MAX_DATASET_BYTES / 1048576} MB); make PMTiles of it with \`npm run tiles\``;
}

/**
 * A browser says only "Failed to fetch" both for a refused cross-origin read and for a
 * network failure; which it likely was, and what to do, depends on where the file is.
 */
export function whyUnfetchable(url: string, pageOrigin = typeof location === "undefined" ? null : location.origin): string {
  let origin: string | null = null;
  try {
    origin = new URL(url).origin;
  } catch {
    origin = null;
  }
  if (origin && pageOrigin && origin !== pageOrigin) {
    return `The file is on another site (${origin}), which must allow this page to read it (CORS: its response needs an ` +
      `Access-Control-Allow-Origin header naming ${pageOrigin} or *), or the site is unreachable. ` +
      "Otherwise download the file and open it with Open… or drop it on the map.";
  }
  return "The server could not be reached; check the address and the connection.";
}

export function parseJsonText(text: string, where: string): ParsedJson {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    // Out of memory or string length while parsing is size, not syntax.
    if (error instanceof RangeError) return { ok: false, error: tooLargeMessage(where, "it") };
    return { ok: false, error: `${where}: not valid JSON (${(error as Error).message})` };
  }
}
