import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Map as MaplibreMap } from "maplibre-gl";
import type { Browser, Page } from "playwright-core";
import type { IncursionStore } from "../../../src/store/store";
import { openPage, type PageSession } from "./browser";
import type { RunningSite } from "./site";

export const FIXTURE = "placeReports.small.geojson";
const root = resolve(import.meta.dirname, "../../..");
/** The sample corpus exists once `npm run build:data` has run; specs fall back to the fixture. */
export const hasSampleCorpus = () => existsSync(resolve(root, "public/data/sample.geojson"));

export interface QuoteParts {
  before: string;
  marked: string;
  after: string;
}

type Hook = { map: MaplibreMap; store: IncursionStore };
type HookWindow = { __incursionMap?: Hook };

/** What a journalist does with the map, in words; specs never touch selectors directly. */
export class MapDriver {
  private constructor(readonly session: PageSession, private readonly site: RunningSite) {}

  static async open(browser: Browser, site: RunningSite, viewport?: { width: number; height: number }): Promise<MapDriver> {
    return new MapDriver(await openPage(browser, viewport), site);
  }

  get page(): Page {
    return this.session.page;
  }

  fixtureUrl(name = FIXTURE): string {
    return this.site.fixtureUrl(name);
  }

  /** Opens the site with URL parameters (e.g. `{ data, from, to }`) and waits until it has settled. */
  async openMap(params: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(params).toString();
    await this.page.goto(`${this.site.siteUrl}${query ? `?${query}` : ""}`);
    await this.settled();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.settled();
  }

  async goBack(): Promise<void> {
    await this.page.goBack();
  }

  /**
   * Dataset loaded (or failed) into the store, so the panels are current (the list
   * follows when the main thread is free; `listedPlaces` waits for it).
   * Verbs that read pixels or rendered features wait for an idle map themselves.
   */
  async settled(): Promise<void> {
    try {
      await this.page.waitForFunction(() => {
        const state = (window as unknown as HookWindow).__incursionMap?.store.getState();
        return !!state && (state.placeReports.length > 0 || state.loadError !== null);
      }, null, { timeout: 30_000, polling: 50 });
    } catch (error) {
      const state = await this.page.evaluate(() => {
        const hook = (window as unknown as HookWindow).__incursionMap;
        if (!hook) return "no test hook";
        const s = hook.store.getState();
        return JSON.stringify({ reports: s.placeReports.length, loadError: s.loadError, dataset: s.datasetName });
      }).catch((e: unknown) => `page unreadable: ${String(e)}`);
      throw new Error(`${this.page.url()} did not settle: ${state}; page errors: ${JSON.stringify(this.session.pageErrors)}; console: ${JSON.stringify(this.session.consoleMessages.slice(-5))}`, { cause: error });
    }
  }

  /** Waits for a frame after which nothing is loading or moving. */
  async waitForIdle(): Promise<void> {
    await this.page.evaluate(() => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      return new Promise<void>((done) => {
        map.once("idle", () => done());
        map.triggerRepaint();
      });
    });
  }

  /** Types the window into the date fields, as a keyboard user would. */
  async scrubTo(from: string, to: string): Promise<void> {
    await this.page.getByTestId("date-to").fill(to);
    await this.page.getByTestId("date-from").fill(from);
    await this.page.getByTestId("date-to").fill(to);
  }

  /** One click on a campaign's quick-pick sets the whole window at once. */
  async pickCampaign(campaignId: string): Promise<void> {
    await this.page.getByTestId(`campaign-${campaignId}`).click();
  }

  async timeWindow(): Promise<{ from: string; to: string }> {
    return {
      from: await this.page.getByTestId("date-from").inputValue(),
      to: await this.page.getByTestId("date-to").inputValue(),
    };
  }

  async play(): Promise<void> {
    await this.page.getByTestId("play-pause").click();
  }

  async pause(): Promise<void> {
    await this.page.getByTestId("play-pause").click();
  }

  /** The list's places once it has caught up with the window (it follows the map, see ReportList). */
  async listedPlaces(): Promise<string[]> {
    await this.page.locator('section.report-list[aria-busy="false"]').waitFor({ timeout: 10_000 });
    return this.page.getByTestId("report-place").allTextContents();
  }

  /** Clicks the circle of a place on the map canvas itself (not the list). */
  async clickPlace(name: string): Promise<void> {
    await this.waitForIdle();
    const point = await this.page.evaluate((placeName) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      const features = map.queryRenderedFeatures({ layers: ["report-points", "report-districts"] });
      const feature = features.find((f) => f.properties?.name === placeName);
      if (!feature || feature.geometry.type !== "Point") return null;
      const pixel = map.project(feature.geometry.coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + pixel.x, y: rect.top + pixel.y };
    }, name);
    if (!point) throw new Error(`clickPlace: no circle named ${JSON.stringify(name)} is drawn on the map`);
    await this.page.mouse.click(point.x, point.y);
    await this.page.getByTestId("sourcing-panel").waitFor();
  }

  async selectListedPlace(name: string): Promise<void> {
    await this.page.getByTestId("report-item").filter({ hasText: name }).first().click();
    await this.page.getByTestId("sourcing-panel").waitFor();
  }

  async sourcingPlace(): Promise<string> {
    return (await this.page.getByTestId("sourcing-place").textContent()) ?? "";
  }

  /** The quotes in the sourcing panel, split around the highlighted mention. */
  async sourcingQuotes(): Promise<QuoteParts[]> {
    return this.page.getByTestId("source-quote").evaluateAll((quotes) =>
      quotes.map((quote) => {
        const mark = quote.querySelector("mark");
        const text = quote.textContent ?? "";
        const marked = mark?.textContent ?? "";
        const at = mark ? text.indexOf(marked) : -1;
        return { before: at >= 0 ? text.slice(0, at) : text, marked, after: at >= 0 ? text.slice(at + marked.length) : "" };
      }));
  }

  /** The source count a place's circle is sized by (MapLibre feature-state), as drawn now. */
  async circleSourceCount(name: string): Promise<number | null> {
    await this.waitForIdle();
    return this.page.evaluate((placeName) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      const feature = map.queryRenderedFeatures({ layers: ["report-points"] }).find((f) => f.properties?.name === placeName);
      return feature ? (map.getFeatureState({ source: "place-reports", id: feature.id }).sources as number) : null;
    }, name);
  }

  /** Places whose marker is shown on a circle layer ("report-points", "report-approximate") in the current view. */
  async placesDrawnOn(layer: string): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate((layerId) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      return map.queryRenderedFeatures({ layers: [layerId] })
        .filter((f) => f.state.shown === true).map((f) => String(f.properties?.name ?? "")).sort();
    }, layer);
  }

  /** Features drawn on a symbol layer: they are only there once their glyphs were rendered. */
  async renderedLabels(layer: string): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate((layerId) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      return map.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.properties?.name ?? ""));
    }, layer);
  }

  async currentUrl(): Promise<URL> {
    return new URL(this.page.url());
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
