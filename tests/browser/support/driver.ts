import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { openPage, type PageSession } from "./browser";
import type { HookWindow } from "./hookWindow";
import type { RunningSite } from "./site";

export const FIXTURE = "placeReports.small.geojson";
const root = resolve(import.meta.dirname, "../../..");
/** The sample corpus exists once `npm run build:data` has run; specs fall back to the fixture. */
export const hasSampleCorpus = () => existsSync(resolve(root, "public/data/sample.geojson"));

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

  /** Reloads as an editor would: once the page says the decisions are kept. */
  async reload(): Promise<void> {
    await this.page.waitForFunction(() => {
      const state = (window as unknown as HookWindow).__incursionMap?.store.getState();
      return !state || state.correctionsKept === "kept" || state.correctionsKept === "page only";
    }, null, { timeout: 30_000, polling: 50 });
    await this.page.reload();
    await this.settled();
  }

  async goBack(): Promise<void> {
    await this.page.goBack();
  }

  /**
   * Dataset loaded (or failed) into the store with the decisions kept for it in this
   * browser read back, so the panels are current (the list
   * follows when the main thread is free; `listedPlaces` waits for it).
   * Verbs that read pixels or rendered features wait for an idle map themselves.
   */
  async settled(): Promise<void> {
    try {
      await this.page.waitForFunction(() => {
        const state = (window as unknown as HookWindow).__incursionMap?.store.getState();
        return !!state && ((state.placeReports.length > 0 && state.correctionsKept !== "reading") || state.loadError !== null);
      }, null, { timeout: 30_000, polling: 50 });
    } catch (error) {
      const state = await this.page.evaluate(() => {
        const hook = (window as unknown as HookWindow).__incursionMap;
        if (!hook) return "no test hook";
        const s = hook.store.getState();
        return JSON.stringify({ reports: s.placeReports.length, loadError: s.loadError, dataset: s.datasetName, decisions: s.correctionsKept });
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

  /**
   * Waits until the map is idle and every image in the page has loaded or failed: an
   * image's `onerror` has run by then if it ever will (a hostile text turned into markup).
   */
  async waitForImages(): Promise<void> {
    await this.waitForIdle();
    await this.page.waitForFunction(() => [...document.images].every((image) => image.complete), null, { timeout: 10_000 });
  }

  /** Whether the browser gives the page WebGL 2, which the map draws with. */
  async webgl2Available(): Promise<boolean> {
    return this.page.evaluate(() => !!document.createElement("canvas").getContext("webgl2"));
  }

  /** Where the map sits on the page and how large it is, in CSS px (null when it is not shown). */
  async mapOnScreen(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.page.getByTestId("map").boundingBox();
  }

  /** The map's camera now: zoom, centre, and whether it is still moving (easing to a place, say). */
  async camera(): Promise<{ zoom: number; lat: number; lon: number; moving: boolean }> {
    return this.page.evaluate(() => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      return { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng, moving: map.isMoving() };
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

  /** The legend's entries as shown on the map: what kind of mark each explains, its words and its colour. */
  async legendEntries(): Promise<{ kind: string; label: string; colour: string }[]> {
    await this.waitForIdle();
    return this.page.getByTestId("legend-entry").evaluateAll((entries) =>
      entries.map((e) => ({ kind: e.getAttribute("data-kind") ?? "", label: (e.textContent ?? "").trim(), colour: e.getAttribute("data-colour") ?? "" })));
  }

  /**
   * The kinds of mark the map draws now, read from its layers (not from the legend):
   * `event`, `mention`, `approximate`, `region-area`, `district-area`, `region-circle`,
   * `district-circle`, `contested`, and `campaign:<id>` (`campaign:none`) for the colours in use.
   */
  async drawnMarkKinds(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(() => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      const kinds = new Set<string>();
      const shown = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).filter((f) => f.state.shown === true);
      for (const f of shown("report-points")) kinds.add(f.state.mention === true ? "mention" : "event");
      if (shown("report-approximate").length) kinds.add("approximate");
      if (shown("report-region-areas").length) kinds.add("region-area");
      if (shown("report-district-areas").length) kinds.add("district-area");
      if (shown("report-regions").some((f) => f.state.area !== true)) kinds.add("region-circle");
      if (shown("report-districts").some((f) => f.state.area !== true)) kinds.add("district-circle");
      if (shown("report-contested").some((f) => f.state.contested === true)) kinds.add("contested");
      for (const layer of ["report-points", "report-approximate", "report-region-areas", "report-district-areas"]) {
        for (const f of shown(layer)) kinds.add(`campaign:${f.state.campaign || "none"}`);
      }
      return [...kinds].sort();
    });
  }

  /** Whether the view options (mentions, fading, basemap) can be seen and used. */
  async viewOptionsShown(): Promise<boolean> {
    return this.page.getByTestId("toggle-mentions").isVisible();
  }

  /** On a phone, unfolds the toolbar's menu (view options, dataset picker, the features' buttons), or folds it again. */
  async toggleMenu(): Promise<void> {
    await this.page.getByTestId("toolbar-options-toggle").click();
  }

  /** A feature's toolbar button, unfolding a phone's menu first when the button is folded away in it. */
  async toolbarButton(testId: string): Promise<Locator> {
    const button = this.page.getByTestId(testId);
    const menu = this.page.getByTestId("toolbar-options-toggle");
    if (!(await button.isVisible()) && (await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
    return button;
  }

  /** Presses a feature's toolbar button (Claims, Compare, Export, Review), from a phone's menu when it is folded there. */
  async pressToolbarButton(testId: string): Promise<void> {
    await (await this.toolbarButton(testId)).click();
  }

  /** Whether a feature's toolbar button can be seen (a phone's folded menu hides it unless the feature is in use). */
  async toolbarButtonShown(testId: string): Promise<boolean> {
    return this.page.getByTestId(testId).isVisible();
  }

  /** Whether the open dataset's name and its Open… button can be seen. */
  async datasetPickerShown(): Promise<boolean> {
    return this.page.getByTestId("open-dataset").isVisible();
  }

  /** The toolbar's height in CSS pixels. */
  async toolbarHeight(): Promise<number> {
    return (await this.page.locator("header.toolbar").boundingBox())?.height ?? 0;
  }

  /** Ticks or clears "Fade other reports" in the toolbar. */
  async fadeOutside(on: boolean): Promise<void> {
    await this.page.getByTestId("toggle-fade-outside").setChecked(on);
  }

  async toggleLegend(): Promise<void> {
    await this.page.getByTestId("legend-toggle").click();
  }

  async legendOpen(): Promise<boolean> {
    return this.page.getByTestId("legend").evaluate((el) => (el as HTMLDetailsElement).open);
  }

  async showMentions(on: boolean): Promise<void> {
    await this.page.getByTestId("toggle-mentions").setChecked(on);
  }

  /** Clicks "Online basemap" in the toolbar (with the network refused, the page turns it back off). */
  async chooseOnlineBasemap(): Promise<void> {
    await this.page.getByTestId("toggle-online-basemap").click();
  }

  async onlineBasemapChosen(): Promise<boolean> {
    return this.page.getByTestId("toggle-online-basemap").isChecked();
  }

  /** The sourcing panel's sentence on how precisely the place is known. */
  async precisionNote(): Promise<string> {
    return (await this.page.getByTestId("geo-precision").textContent()) ?? "";
  }

  /** Where each listed article's date comes from, in the panel's words. */
  async dateSources(): Promise<string[]> {
    return this.page.getByTestId("date-source").allTextContents();
  }

  /** Opens a file through "Open…", as picked from the reader's disk. */
  async openFile(name: string, content: string | Buffer, mimeType = "application/geo+json"): Promise<void> {
    await this.page.getByTestId("dataset-file").setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /** Picks articles through "Open…", as a reporter picks several files from disk, and waits until the page has added them. */
  async addArticles(files: { name: string; content: string | Buffer }[]): Promise<void> {
    await this.page.getByTestId("dataset-file").setInputFiles(files.map(({ name, content }) => ({ name, mimeType: "text/plain", buffer: Buffer.from(content) })));
    await this.page.getByTestId("ingest-close").waitFor({ timeout: 60_000 });
  }

  /** What the articles panel says ("Added 12 place reports from 3 articles to the map."). */
  async ingestStatus(): Promise<string> {
    return (await this.page.getByTestId("ingest-status").textContent()) ?? "";
  }

  /** The files the articles panel left out, each with why. */
  async ingestRejected(): Promise<string[]> {
    return this.page.getByTestId("ingest-rejected").locator("li").allTextContents();
  }

  /** Downloads the dataset the articles panel offers, and returns its text. */
  async downloadIngested(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId("ingest-download").click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  /** The message bar's words: why a dataset could not be opened, a notice about the link or the basemap. */
  async message(): Promise<string> {
    const message = this.page.getByTestId("app-message");
    await message.waitFor({ timeout: 15_000 });
    return (await message.textContent()) ?? "";
  }

  /** The toolbar's words for the open dataset ("fixture.geojson · 10 reports"). */
  async datasetLabel(): Promise<string> {
    return (await this.page.getByTestId("dataset-name").textContent()) ?? "";
  }

  /** Replaces an opened dataset with the sample corpus, forgetting the kept copy. */
  async useSample(): Promise<void> {
    await this.page.getByTestId("use-sample").click();
  }

  /** Visible elements of the page's chrome (toolbar, side panel, timeline) that stick out sideways, and whether the page scrolls sideways. */
  async horizontalOverflow(): Promise<{ pageScrolls: boolean; elements: string[] }> {
    return this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const elements = [...document.querySelectorAll<HTMLElement>(".toolbar *, .footer *, .panel *, .map-overlays *")]
        .filter((e) => e.getClientRects().length > 0)
        .filter((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
        })
        .map((e) => e.getAttribute("data-testid") || e.className || e.tagName);
      return { pageScrolls: document.documentElement.scrollWidth > width, elements };
    });
  }

  /** Height in px of the side panel (the bottom sheet on phones). */
  async sheetHeight(): Promise<number> {
    return this.page.getByTestId("side-panel").evaluate((e) => e.getBoundingClientRect().height);
  }

  /** Drags the bottom sheet's grip by `dy` px (negative: up). */
  async dragSheet(dy: number): Promise<void> {
    const box = (await this.page.getByTestId("sheet-handle").boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  /** The list's places once it has caught up with the window (it follows the map, see ReportList). */
  async listedPlaces(): Promise<string[]> {
    await this.page.locator('section.report-list[aria-busy="false"]').waitFor({ timeout: 10_000 });
    return this.page.getByTestId("report-place").allTextContents();
  }

  /** Clicks the circle of a place on the map canvas itself (not the list). */
  async clickPlace(name: string): Promise<void> {
    const point = await this.circlePixel(name, ["report-points", "report-districts"], false);
    if (!point) throw new Error(`clickPlace: no circle named ${JSON.stringify(name)} is drawn on the map`);
    await this.page.mouse.click(point.x, point.y);
    // Where circles overlap the map asks which place was meant; the reader picks this one.
    const panel = this.page.getByTestId("sourcing-panel");
    const chooser = this.page.getByTestId("place-chooser");
    await panel.or(chooser).first().waitFor();
    if (await chooser.isVisible()) await this.choosePlace(name);
    await panel.waitFor();
  }

  /** Clicks on a place's circle and leaves whatever opens (the panel, or the chooser) as it is. */
  async clickOnMapAt(name: string): Promise<void> {
    const point = await this.circlePixel(name, ["report-points"], true);
    if (!point) throw new Error(`clickOnMapAt: no circle named ${JSON.stringify(name)} is drawn on the map`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Where on the page the drawn circle of a place is, once the map is idle; `shownOnly` skips markers hidden by the window. */
  private async circlePixel(name: string, layers: string[], shownOnly: boolean): Promise<{ x: number; y: number } | null> {
    await this.waitForIdle();
    return this.page.evaluate(([placeName, layerIds, onlyShown]) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      const feature = map.queryRenderedFeatures({ layers: layerIds })
        .find((f) => f.properties?.name === placeName && (!onlyShown || f.state.shown === true));
      if (!feature || feature.geometry.type !== "Point") return null;
      const pixel = map.project(feature.geometry.coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + pixel.x, y: rect.top + pixel.y };
    }, [name, layers, shownOnly] as const);
  }

  /** The places the chooser offers after a click on overlapping circles. */
  async chooserOptions(): Promise<string[]> {
    await this.page.getByTestId("place-chooser").waitFor();
    return this.page.getByTestId("chooser-option").allTextContents();
  }

  async choosePlace(name: string): Promise<void> {
    await this.page.getByTestId("chooser-option").filter({ hasText: name }).first().click();
  }

  async chooserOpen(): Promise<boolean> {
    return this.page.getByTestId("place-chooser").isVisible();
  }

  async sourcingOpen(): Promise<boolean> {
    return this.page.getByTestId("sourcing-panel").isVisible();
  }

  async exportOpen(): Promise<boolean> {
    return this.page.locator("#export-popover").isVisible();
  }

  async openExport(): Promise<void> {
    await this.pressToolbarButton("export-toggle");
    await this.page.getByTestId("export-panel").waitFor();
  }

  /** Clicks the map well away from the export popover (at 300, 300), taking the focus out of the popover. */
  async clickOutsideExport(): Promise<void> {
    await this.page.mouse.click(300, 300);
  }

  /** The source count the list gives a place ("2 sources" → 2; "mentioned only" → 0). */
  async listedSourceCount(name: string): Promise<number> {
    await this.page.locator('section.report-list[aria-busy="false"]').waitFor({ timeout: 10_000 });
    const text = (await this.listedItem(name).first().getByTestId("report-sources").textContent()) ?? "";
    return Number(/(\d+) sources?/.exec(text)?.[1] ?? 0);
  }

  /** The sourcing panel's count of articles reporting an event at the place. */
  async panelSourceCount(): Promise<number> {
    return Number(await this.page.getByTestId("event-source-count").getAttribute("data-count"));
  }

  async sourceItemCount(): Promise<number> {
    return this.page.getByTestId("source-item").count();
  }

  /** Names of the region and district areas drawn on the map now (in the window and on screen). */
  async drawnAreas(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(() => (window as unknown as HookWindow).__incursionMap!.incursionMap.renderedAreas().map((a) => a.name));
  }

  /**
   * Whether a region or district is drawn as a circle (the fallback where no area exists):
   * a circle of radius 0 is not hit at its own centre.
   */
  async drawnAsCircle(name: string): Promise<boolean> {
    await this.waitForIdle();
    return this.page.evaluate((placeName) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      const layers = ["report-districts", "report-regions"];
      const marker = map.querySourceFeatures("place-reports").find((f) => f.properties?.name === placeName);
      if (!marker || marker.geometry.type !== "Point") return false;
      const pixel = map.project(marker.geometry.coordinates as [number, number]);
      return map.queryRenderedFeatures(pixel, { layers }).some((f) => f.properties?.name === placeName && f.state.shown === true);
    }, name);
  }

  /**
   * Clicks inside a region's or district's area where it is the top thing drawn (not on
   * a village's circle or another area), as a reader clicks on the shaded district.
   */
  async clickArea(name: string): Promise<void> {
    await this.waitForIdle();
    const point = await this.page.evaluate((areaName) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      const clickable = ["report-points", "report-districts", "report-regions", "report-district-areas", "report-region-areas"];
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const hits: [number, number][] = [];
      for (let y = 10; y < rect.height; y += 10) {
        for (let x = 10; x < rect.width; x += 10) {
          const top = map.queryRenderedFeatures([x, y], { layers: clickable }).find((f) => f.state.shown === true);
          if (top?.properties?.name === areaName && top.layer.type === "fill") hits.push([x, y]);
        }
      }
      if (hits.length === 0) return null;
      // The uncovered pixel nearest the middle of them all, well away from the area's edge.
      const [mx, my] = [hits.reduce((s, h) => s + h[0], 0) / hits.length, hits.reduce((s, h) => s + h[1], 0) / hits.length];
      const [x, y] = hits.reduce((best, h) => (Math.hypot(h[0] - mx, h[1] - my) < Math.hypot(best[0] - mx, best[1] - my) ? h : best));
      return { x: rect.left + x, y: rect.top + y };
    }, name);
    if (!point) throw new Error(`clickArea: no area named ${JSON.stringify(name)} is drawn uncovered on the map`);
    await this.page.mouse.click(point.x, point.y);
    await this.page.getByTestId("sourcing-panel").waitFor();
  }

  /** The page's request for a file of the site (e.g. "basemap/areas.json") gets a 404, as on a host that lacks it. */
  async withoutFile(sitePath: string): Promise<void> {
    await this.page.route(`**/${sitePath}`, (route) => route.fulfill({ status: 404, body: "" }));
  }

  /** The page's request for a file (a dataset named in the link, say) gets these bytes, as from a host that has it. */
  async withFile(path: string, body: string, contentType = "application/geo+json"): Promise<void> {
    await this.page.route(`**/${path}`, (route) => route.fulfill({ status: 200, contentType, body }));
  }

  /** The rows of the list of places whose words name `name`. */
  listedItem(name: string): Locator {
    return this.page.getByTestId("report-item").filter({ hasText: name });
  }

  /** The words of a place's row in the list ("Kremyanoye (approximate) …"). */
  async listedItemText(name: string): Promise<string | null> {
    return this.listedItem(name).textContent();
  }

  async selectListedPlace(name: string): Promise<void> {
    await this.listedItem(name).first().click();
    await this.page.getByTestId("sourcing-panel").waitFor();
  }

  async sourcingPlace(): Promise<string> {
    return (await this.page.getByTestId("sourcing-place").textContent()) ?? "";
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

  /**
   * Presses Tab until the focus is on the control with this test id (inside the queued
   * name's row, when given), as a keyboard user gets there; fails after `maxTabs`.
   */
  async tabTo(testId: string, queuedName?: string, maxTabs = 150): Promise<void> {
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press("Tab");
      const there = await this.page.evaluate(([id, name]) => {
        const focused = document.activeElement;
        if (!focused || focused.getAttribute("data-testid") !== id) return false;
        return !name || focused.closest("[data-testid='queue-row']")?.getAttribute("data-name") === name;
      }, [testId, queuedName ?? ""] as const);
      if (there) return;
    }
    throw new Error(`Tab never reached ${testId}${queuedName ? ` in the row of ${queuedName}` : ""} in ${maxTabs} presses`);
  }

  /** Presses a key, or types text, into whatever has the focus. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The text of the control that has the focus. */
  async focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? "");
  }

  /** Visible controls of the toolbar and the open place dialog that stick out of the viewport, by test id or text. */
  async controlsOffScreen(): Promise<string[]> {
    return this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const controls = document.querySelectorAll<HTMLElement>(".toolbar button, .toolbar input, .toolbar label, [data-testid='place-dialog'] button, [data-testid='place-dialog'] input");
      return [...controls]
        .filter((c) => c.getClientRects().length > 0)
        .filter((c) => {
          const box = c.getBoundingClientRect();
          return box.left < 0 || box.right > width + 0.5;
        })
        .map((c) => c.getAttribute("data-testid") || (c.textContent ?? "").trim());
    });
  }

  async currentUrl(): Promise<URL> {
    return new URL(this.page.url());
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
