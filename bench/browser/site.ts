import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { preview, type PreviewServer } from "vite";

/**
 * The built site as a reader gets it: `vite build` output served by `vite preview`
 * on a free port. Benchmark data is written next to it so `?data=` stays same-origin.
 */

const run = promisify(execFile);
const DIST = "dist";

export async function buildSite(): Promise<void> {
  await run("npx", ["vite", "build", "--logLevel", "error"], { maxBuffer: 64 * 1024 * 1024 });
}

export async function writeBenchData(name: string, json: string): Promise<string> {
  await mkdir(join(DIST, "bench-data"), { recursive: true });
  await writeFile(join(DIST, "bench-data", name), json);
  return `./bench-data/${name}`;
}

export async function serveSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "error" });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("vite preview: no local URL");
  return { url, close: () => server.close() };
}

export interface BundleSize {
  /** Gzip bytes of the JS that index.html loads: entry script and its modulepreloads. */
  firstLoadGzipBytes: number;
  firstLoadFiles: string[];
  /** Gzip bytes of every JS chunk, lazy ones included. */
  allJsGzipBytes: number;
}

export async function measureBundle(): Promise<BundleSize> {
  const html = await readFile(join(DIST, "index.html"), "utf8");
  const document = new JSDOM(html).window.document;
  const firstLoadFiles = [
    ...[...document.querySelectorAll("script[src]")].map((element) => element.getAttribute("src")!),
    ...[...document.querySelectorAll("link[rel=modulepreload]")].map((element) => element.getAttribute("href")!),
  ].map((href) => href.replace(/^\.?\//, ""));
  const gzipOf = async (file: string) => gzipSync(await readFile(join(DIST, file))).length;
  const firstLoad = await Promise.all(firstLoadFiles.map(gzipOf));
  const { stdout } = await run("find", [join(DIST, "assets"), "-name", "*.js"]);
  const allFiles = stdout.split("\n").filter(Boolean).map((path) => path.slice(DIST.length + 1));
  const all = await Promise.all(allFiles.map(gzipOf));
  return {
    firstLoadGzipBytes: firstLoad.reduce((a, b) => a + b, 0),
    firstLoadFiles,
    allJsGzipBytes: all.reduce((a, b) => a + b, 0),
  };
}
