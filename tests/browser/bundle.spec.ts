import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ensureBuiltSite } from "./support/site";

/**
 * The scripts index.html loads before anything else: the entry and its modulepreloads, as
 * `npm run bench` counts them (MapLibre's worker script and lazy chunks are not among them).
 */
function firstLoadScripts(siteDir: string): { file: string; text: string }[] {
  const html = readFileSync(join(siteDir, "index.html"), "utf8");
  const refs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)]
    .map((m) => (m[1] ?? m[2])!.replace(/^\.?\//, ""));
  return refs.map((file) => ({ file, text: readFileSync(join(siteDir, file), "utf8") }));
}

describe("the page's first load", () => {
  it("stays within 400 KB of gzipped JavaScript", async () => {
    const scripts = firstLoadScripts(await ensureBuiltSite());
    expect(scripts.length).toBeGreaterThan(0);
    const gzipBytes = scripts.reduce((sum, { text }) => sum + gzipSync(text).length, 0);
    expect(gzipBytes).toBeLessThan(400 * 1024);
  });
});
