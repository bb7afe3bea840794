import type { Page } from "playwright-core";
import { REPORT_LAYERS } from "../../src/map/reportLayers";
import { median, medianOfRuns, percentile } from "../stats";
import { launchChromium } from "./chromium";
import { droppedArticles, measureDrop } from "./dropArticles";
import { NAME_HELPER_SHIM, measurePlay, recordFirstRender, scrubWindows, type ScrubTimings } from "./pageProbes";
import { generatePlaceReports } from "./placeReports";
import { buildSite, measureBundle, serveSite, writeBenchData, type BundleSize } from "./site";

/**
 * Loads the built site with 100,000 place reports in headless Chromium and times
 * what a reader feels: first map, scrubbing the time window, playing.
 */

export interface BrowserOptions {
  reports: number;
  runs: number;
  scrubs: number;
  scrubBudgetMs: number;
  playMs: number;
  build: boolean;
}

type BrowserRun = {
  /** Navigation to the map's first frame (basemap), with the large dataset requested. */
  firstMapFrameMs: number;
  firstRenderMs: number;
  scrubScriptP50Ms: number;
  scrubScriptP95Ms: number;
  /** Navigation to points on screen with the sample corpus the app opens by default. */
  sampleFirstRenderMs: number;
  scrubFirstFrameP50Ms: number;
  scrubFirstFrameP95Ms: number;
  /** The first frame's main-thread work (MapLibre's draw call), and that plus the input's handling. */
  scrubDrawP50Ms: number;
  scrubDrawP95Ms: number;
  scrubMainThreadP50Ms: number;
  scrubMainThreadP95Ms: number;
  scrubSettledP50Ms: number;
  scrubSettledP95Ms: number;
  scrubsMeasured: number;
  scrubTimeouts: number;
  playDaysPerSecond: number;
  playMapFps: number;
  playBrowserFps: number;
  playFrameGapP95Ms: number;
  /** 100 articles of about 5 KB picked onto the map → on it, first time (parser and gazetteer load) and again. */
  dropColdMs: number;
  dropWarmMs: number;
};

export interface BrowserResult {
  reports: number;
  scrubsPerRun: number;
  runs: BrowserRun[];
  median: BrowserRun;
  bundle: BundleSize;
}

const SAMPLE_LOADS = 5;
const DROPPED_ARTICLES = 100;

export async function runBrowserBench(options: BrowserOptions, log: (line: string) => void): Promise<BrowserResult> {
  if (options.build) {
    log("browser: building the site (vite build)");
    await buildSite();
  }
  const collection = generatePlaceReports({ seed: 2024, reports: options.reports });
  const dataPath = await writeBenchData(`reports-${options.reports}.geojson`, JSON.stringify(collection));
  const bundle = await measureBundle();
  const dropped = droppedArticles(DROPPED_ARTICLES);
  const site = await serveSite();
  const browser = await launchChromium();
  const runs: BrowserRun[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on("pageerror", (error) => log(`browser: page error: ${error.message}`));
      // The sample corpus loads in about a second, so its figure is the median of a few fresh pages.
      const samplePoints: number[] = [];
      for (let load = 0; load < SAMPLE_LOADS; load++) {
        const samplePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        try {
          samplePoints.push((await firstRender(samplePage, site.url)).pointsMs);
        } finally {
          await samplePage.close();
        }
      }
      const sampleFirstRenderMs = median(samplePoints);
      const dropPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      let drop;
      try {
        drop = await measureDrop(dropPage, site.url, dropped);
      } finally {
        await dropPage.close();
      }
      try {
        runs.push({ ...(await measureOnce(page, `${site.url}?data=${encodeURIComponent(dataPath)}`, options)), sampleFirstRenderMs, dropColdMs: drop.coldMs, dropWarmMs: drop.warmMs });
        log(`browser: run ${run + 1}/${options.runs} done`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { reports: options.reports, scrubsPerRun: options.scrubs, runs, median: medianOfRuns(runs), bundle };
}

async function firstRender(page: Page, url: string): Promise<{ mapFrameMs: number; pointsMs: number }> {
  await page.addInitScript({ content: NAME_HELPER_SHIM });
  await page.addInitScript(recordFirstRender, REPORT_LAYERS.points);
  await page.goto(url);
  await page.waitForFunction(() => window.__benchFirstRenderMs !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => ({ mapFrameMs: window.__benchFirstMapFrameMs ?? Number.NaN, pointsMs: window.__benchFirstRenderMs! }));
}

async function measureOnce(page: Page, url: string, options: BrowserOptions): Promise<Omit<BrowserRun, "sampleFirstRenderMs" | "dropColdMs" | "dropWarmMs">> {
  const { mapFrameMs: firstMapFrameMs, pointsMs: firstRenderMs } = await firstRender(page, url);
  await page.evaluate(() => window.__incursionMap!.incursionMap.whenIdle());
  const positions = Array.from({ length: options.scrubs }, (_, i) => 0.02 + (0.98 * (i + 1)) / options.scrubs);
  const scrub: ScrubTimings = await page.evaluate(scrubWindows, { positions, timeoutMs: 10_000, budgetMs: options.scrubBudgetMs });
  const play = await page.evaluate(measurePlay, { durationMs: options.playMs, windowDays: 30 });
  const mainThread = scrub.scriptMs.map((ms, i) => ms + scrub.drawMs[i]!);
  return {
    firstMapFrameMs,
    firstRenderMs,
    scrubScriptP50Ms: median(scrub.scriptMs),
    scrubScriptP95Ms: percentile(scrub.scriptMs, 0.95),
    scrubFirstFrameP50Ms: median(scrub.firstFrameMs),
    scrubFirstFrameP95Ms: percentile(scrub.firstFrameMs, 0.95),
    scrubDrawP50Ms: median(scrub.drawMs),
    scrubDrawP95Ms: percentile(scrub.drawMs, 0.95),
    scrubMainThreadP50Ms: median(mainThread),
    scrubMainThreadP95Ms: percentile(mainThread, 0.95),
    scrubSettledP50Ms: median(scrub.settledFrameMs),
    scrubSettledP95Ms: percentile(scrub.settledFrameMs, 0.95),
    scrubsMeasured: scrub.settledFrameMs.length,
    scrubTimeouts: scrub.timeouts,
    playDaysPerSecond: play.daysPerSecond,
    playMapFps: play.mapFps,
    playBrowserFps: play.browserFps,
    playFrameGapP95Ms: play.frameGapP95Ms,
  };
}
