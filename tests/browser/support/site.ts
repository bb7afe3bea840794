import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { build } from "vite";

/**
 * The built site, served the way a newsroom would host it: static files under a
 * sub-path, on localhost only. Fixtures are served next to it so `?data=` can point at them.
 */
const root = resolve(import.meta.dirname, "../../..");
const cacheDir = join(root, "node_modules/.cache/incursion-browser-site");
const SITE_PATH = "/newsroom/incursions/";
const FIXTURE_PATH = "/fixtures/";

const INPUTS = ["src", "public", "index.html", "vite.config.ts", "data/campaigns.json", "package.json"];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtimeMs(join(path, name))), stat.mtimeMs);
}

/**
 * One build per state of the sources, shared by every spec file: the directory is named
 * after the newest input's mtime and moved into place atomically, so test runs in
 * parallel processes never serve a half-written or swapped-out site.
 */
export async function ensureBuiltSite(): Promise<string> {
  const changedAt = Math.floor(Math.max(...INPUTS.map((p) => newestMtimeMs(join(root, p)))));
  const siteDir = join(cacheDir, `site-${changedAt}`);
  if (existsSync(join(siteDir, "index.html"))) return siteDir;
  const buildDir = join(cacheDir, `building-${process.pid}-${Date.now()}`);
  mkdirSync(cacheDir, { recursive: true });
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root, mode: "production", logLevel: "warn", build: { outDir: buildDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  try {
    renameSync(buildDir, siteDir);
  } catch {
    rmSync(buildDir, { recursive: true, force: true }); // another process finished the same build first
  }
  pruneOldBuilds(siteDir);
  return siteDir;
}

function pruneOldBuilds(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (path !== keep && statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".geojson": "application/geo+json", ".svg": "image/svg+xml",
  ".png": "image/png", ".pbf": "application/x-protobuf", ".pmtiles": "application/octet-stream",
};

function serveFile(dir: string, relative: string): { path: string; type: string } | null {
  const path = normalize(join(dir, relative || "index.html"));
  if (!path.startsWith(dir + sep) && path !== dir) return null;
  if (!existsSync(path) || statSync(path).isDirectory()) return null;
  return { path, type: TYPES[extname(path)] ?? "application/octet-stream" };
}

export interface RunningSite {
  origin: string;
  siteUrl: string;
  fixtureUrl(name: string): string;
  close(): Promise<void>;
}

export async function startSite(extraFixtureDirs: string[] = []): Promise<RunningSite> {
  const dir = await ensureBuiltSite();
  const fixtureDirs = [join(root, "tests/fixtures"), ...extraFixtureDirs];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file: { path: string; type: string } | null = null;
    if (pathname.startsWith(SITE_PATH)) file = serveFile(dir, pathname.slice(SITE_PATH.length));
    else if (pathname.startsWith(FIXTURE_PATH)) {
      for (const fixtureDir of fixtureDirs) file ??= serveFile(fixtureDir, pathname.slice(FIXTURE_PATH.length));
    }
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
    createReadStream(file.path).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    siteUrl: `${origin}${SITE_PATH}`,
    fixtureUrl: (name) => `${origin}${FIXTURE_PATH}${name}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
