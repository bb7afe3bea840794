import { chromium, type Browser } from "playwright-core";
import { findChromium, noChromiumMessage } from "../../tests/browser/support/findChromium";

/**
 * Debian's Chromium, headless, software GL: the same browser CI has. Playwright's
 * own browser downloads are not used, so nothing is fetched at run time.
 */
const ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(noChromiumMessage());
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}
