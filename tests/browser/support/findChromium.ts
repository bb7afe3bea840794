import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Where a Chrome or Chromium is installed: `CHROMIUM_PATH` when set, else the first of the
 * usual commands on the PATH (Debian's `chromium`, `chromium-browser`, `google-chrome`),
 * else the macOS applications. Playwright's own browser download is never used.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const command of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    const found = onPath(command, env);
    if (found) return found;
  }
  for (const app of [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  ]) {
    if (existsSync(app)) return app;
  }
  return null;
}

/** The one line said when none is found, before any browser test runs. */
export function noChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${env.CHROMIUM_PATH}: no such file; point it at a Chrome or Chromium executable`
    : "no Chrome or Chromium found for the browser tests: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable";
}

function onPath(command: string, env: NodeJS.ProcessEnv): string | null {
  try {
    const path = execFileSync("/bin/sh", ["-c", `command -v ${command}`], { encoding: "utf8", env, stdio: ["ignore", "pipe", "ignore"] }).trim();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
