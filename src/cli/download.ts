import { get as httpGet, type IncomingMessage } from "node:http";
import { get as httpsGet } from "node:https";

/**
 * The network edge of `npm run gazetteer -- fetch`: a whole file over http(s), in memory.
 * node:http rather than fetch: its errors carry the system's code (ENOTFOUND,
 * ECONNREFUSED), which is what the one-line offline message names, and it has no list
 * of ports it refuses to use.
 */
export type Download = (url: string) => Promise<Uint8Array>;

export type DownloadFailure =
  /** No answer: DNS, connection refused or reset, silence past the timeout. */
  | { kind: "unreachable"; host: string; code: string }
  /** An answer other than the file. */
  | { kind: "http"; url: string; status: number; statusText: string };

export class DownloadError extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(
      failure.kind === "unreachable"
        ? `cannot reach ${failure.host} (${failure.code})`
        : `${failure.url} answered HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ""}`,
    );
  }
}

export interface DownloadOptions {
  /** Give up when the server sends nothing for this long, connecting or mid-file. */
  idleTimeoutMs?: number;
  redirects?: number;
}

export function download(url: string, { idleTimeoutMs = 30_000, redirects = 5 }: DownloadOptions = {}): Promise<Uint8Array> {
  const target = new URL(url);
  const get = target.protocol === "https:" ? httpsGet : target.protocol === "http:" ? httpGet : null;
  if (get === null) return Promise.reject(new Error(`${url}: only http and https addresses can be downloaded`));
  const unreachable = (error: unknown) =>
    new DownloadError({ kind: "unreachable", host: target.host, code: (error as NodeJS.ErrnoException).code ?? String(error) });
  return new Promise((resolve, reject) => {
    const answered = (response: IncomingMessage): void => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.resume();
        if (redirects === 0) reject(new Error(`${url}: too many redirects`));
        else resolve(download(new URL(location, target).href, { idleTimeoutMs, redirects: redirects - 1 }));
        return;
      }
      if (status !== 200) {
        response.resume();
        reject(new DownloadError({ kind: "http", url, status, statusText: response.statusMessage ?? "" }));
        return;
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (error) => reject(unreachable(error)));
      // A connection cut mid-file ends the response early: that is not the file.
      response.on("close", () => (response.complete ? resolve(new Uint8Array(Buffer.concat(chunks))) : reject(unreachable({ code: "ECONNRESET" }))));
    };
    const request = get(target, { timeout: idleTimeoutMs }, answered);
    request.on("timeout", () => request.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
    request.on("error", (error) => reject(unreachable(error)));
  });
}
