import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, noChromiumMessage } from "../browser/support/findChromium";

const folderWith = (...commands: string[]) => {
  const folder = mkdtempSync(join(tmpdir(), "find-chromium-"));
  for (const command of commands) {
    writeFileSync(join(folder, command), "#!/bin/sh\n");
    chmodSync(join(folder, command), 0o755);
  }
  return folder;
};

describe("finding a browser for the browser tests", () => {
  it("takes CHROMIUM_PATH when it names a file, and nothing when it names none", () => {
    const folder = folderWith("my-chrome");
    expect(findChromium({ CHROMIUM_PATH: join(folder, "my-chrome"), PATH: "" })).toBe(join(folder, "my-chrome"));
    expect(findChromium({ CHROMIUM_PATH: join(folder, "gone"), PATH: folderWith("chromium") })).toBeNull();
    expect(noChromiumMessage({ CHROMIUM_PATH: "/nowhere/chrome" })).toBe("CHROMIUM_PATH=/nowhere/chrome: no such file; point it at a Chrome or Chromium executable");
  });

  it("finds chromium-browser or google-chrome on the PATH when there is no chromium", () => {
    expect(findChromium({ PATH: folderWith("chromium-browser") })).toMatch(/chromium-browser$/);
    expect(findChromium({ PATH: folderWith("google-chrome") })).toMatch(/google-chrome$/);
    expect(findChromium({ PATH: folderWith("chromium", "google-chrome") })).toMatch(/\/chromium$/);
  });

  it("finds nothing on a PATH without a browser, and says how to get one", () => {
    expect(findChromium({ PATH: folderWith("firefox") })).toBeNull();
    expect(noChromiumMessage({})).toMatch(/apt-get install -y chromium.*CHROMIUM_PATH/);
  });
});
