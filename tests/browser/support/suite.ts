import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { MapDriver } from "./driver";
import { startSite, type RunningSite } from "./site";

/**
 * One browser and one site per spec file, a fresh page per test. Specs call
 * `suite.driver()` to get a MapDriver; pages are closed after each test.
 */
export function mapSuite(extraFixtureDirs: string[] = []) {
  let browser: Browser;
  let site: RunningSite;
  const drivers: MapDriver[] = [];
  beforeAll(async () => {
    site = await startSite(extraFixtureDirs);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(drivers.splice(0).map((d) => d.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    async driver(viewport?: { width: number; height: number }): Promise<MapDriver> {
      const driver = await MapDriver.open(browser, site, viewport);
      drivers.push(driver);
      return driver;
    },
    site: () => site,
  };
}
