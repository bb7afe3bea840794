/**
 * `npm run screenshots`: the pictures in the README, taken in the same headless Chromium and
 * with the same local site the browser tests use. Writes docs/screenshots/*.png:
 *   main.png    the sample corpus at 1440×900 as it opens: every campaign, framed beside the legend;
 *   map.png     the same after pressing the Kursk offensive's quick-pick (August 2024);
 *   compare.png the 2023 Belgorod raids against the 2024 Kursk offensive;
 *   export.png  a print export (3000 px wide) as downloaded, with an edited title and byline;
 *   review.png  review mode on two example articles (docs/screenshots/articles/, ingested
 *               here by the CLI), the place dialog open on a village the gazetteer lacks;
 *   phone.png   the same at 390×844.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { HookWindow } from "../tests/browser/support/hookWindow";
import { launchChromium, openPage } from "../tests/browser/support/browser";
import { startSite, type RunningSite } from "../tests/browser/support/site";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, "docs/screenshots");

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
}

/** The page once its dataset is in the store and the map has drawn it. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = (window as unknown as HookWindow).__incursionMap;
    return hook !== undefined && hook.store.getState().placeReports.length > 0 && hook.map.loaded() && !hook.map.isMoving();
  }, undefined, { timeout: 60_000 });
  await page.waitForTimeout(1500);
}

async function reviewShot(browser: Browser, site: RunningSite, viewport: { width: number; height: number }, file: string): Promise<void> {
  const session = await openPage(browser, viewport);
  const { page } = session;
  await page.goto(`${site.siteUrl}?data=${encodeURIComponent(site.fixtureUrl("screenshots.geojson"))}&review=1&mentions=1`);
  await settle(page);
  await page.locator('[data-testid="queue-row"][data-name="Guevo"]').getByTestId("queue-place").click();
  await page.getByTestId("place-search").fill("Sudzha");
  await page.getByTestId("place-candidate").first().waitFor();
  await page.getByTestId("place-drop").click();
  const point = await page.evaluate(() => {
    const { map } = (window as unknown as HookWindow).__incursionMap!;
    map.jumpTo({ center: [35.33, 51.27], zoom: 9 });
    const pixel = map.project([35.33, 51.27]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + pixel.x, y: rect.top + pixel.y };
  });
  await page.waitForTimeout(1000);
  await page.mouse.click(point.x, point.y);
  await page.getByTestId("place-preview").waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(outDir, file) });
  console.log(`screenshots: wrote docs/screenshots/${file}`);
  await session.close();
}

async function compareShot(browser: Browser, site: RunningSite): Promise<void> {
  const session = await openPage(browser, { width: 1440, height: 900 });
  await session.page.goto(`${site.siteUrl}?compare=belgorod-2023,kursk-2024`);
  await settle(session.page);
  await session.page.getByTestId("compare-b-stats").waitFor();
  await session.page.waitForTimeout(2500);
  await session.page.screenshot({ path: join(outDir, "compare.png") });
  console.log("screenshots: wrote docs/screenshots/compare.png");
  await session.close();
}

/** The export as a journalist would publish it in print: the downloaded PNG itself, 3000 px wide. */
async function exportShot(browser: Browser, site: RunningSite): Promise<void> {
  const session = await openPage(browser, { width: 1200, height: 760 });
  const { page } = session;
  await page.goto(`${site.siteUrl}?from=2024-08-06&to=2025-03-31&map=7.3/51.2/35.5`);
  await settle(page);
  await page.getByTestId("export-toggle").click();
  await page.getByTestId("export-title").fill("Ukraine's incursion into Kursk, first days");
  await page.getByTestId("export-byline").fill("Graphic: the desk, from five news reports");
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByTestId("export-png-print").click()]);
  await download.saveAs(join(outDir, "export.png"));
  console.log("screenshots: wrote docs/screenshots/export.png");
  await session.close();
}

const served = mkdtempSync(join(tmpdir(), "screenshots-"));
run("npm", ["run", "build:cli", "--silent"]);
run(process.execPath, ["build/cli/ingest.mjs", "docs/screenshots/articles", "--out", join(served, "screenshots.geojson")]);
mkdirSync(outDir, { recursive: true });

const site = await startSite([served]);
const browser = await launchChromium();
try {
  const session = await openPage(browser, { width: 1440, height: 900 });
  await session.page.goto(site.siteUrl);
  await settle(session.page);
  await session.page.screenshot({ path: join(outDir, "main.png") });
  console.log("screenshots: wrote docs/screenshots/main.png");
  await session.page.getByTestId("campaign-kursk-2024").click();
  await settle(session.page);
  await session.page.screenshot({ path: join(outDir, "map.png") });
  console.log("screenshots: wrote docs/screenshots/map.png");
  await session.close();
  await compareShot(browser, site);
  await exportShot(browser, site);
  await reviewShot(browser, site, { width: 1440, height: 900 }, "review.png");
  await reviewShot(browser, site, { width: 390, height: 844 }, "phone.png");
} finally {
  await browser.close();
  await site.close();
}
