import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import type { MapDriver } from "./driver";
import type { HookWindow } from "./hookWindow";

export interface CompareSideStats {
  heading: string;
  settlements: string;
  events: string;
  sources: string;
  deepest: string;
  extent: string;
}

export interface CanvasSample {
  width: number;
  height: number;
  /** Variance of pixel luminance over a grid of samples; 0 for a blank canvas. */
  variance: number;
  /** Position-weighted sum of the samples: changes when the picture moves. */
  checksum: number;
}

export interface ExportedFile {
  filename: string;
  bytes: Buffer;
  status: string;
}

/** Compare and export, in the words an editor would use; wraps the core MapDriver. */
export class CompareExportDriver {
  constructor(readonly map: MapDriver) {}

  /** Opens the map with `compare=a,b` in the link, as a shared comparison would arrive. */
  async openCompare(a: string, b: string, params: Record<string, string> = {}): Promise<void> {
    await this.map.openMap({ ...params, compare: `${a},${b}` });
    await this.map.page.getByTestId("compare-view").waitFor();
    await this.map.page.getByTestId("compare-a-stats").or(this.map.page.getByTestId("compare-a-error")).waitFor();
  }

  async compareStats(side: "a" | "b"): Promise<CompareSideStats> {
    const page = this.map.page;
    const text = async (id: string) => (await page.getByTestId(id).textContent())?.trim() ?? "";
    const prefix = `compare-${side}-stats`;
    return {
      heading: (await page.getByTestId(`compare-${side}`).locator("h3").textContent())?.trim() ?? "",
      settlements: await text(`${prefix}-settlements`),
      events: await text(`${prefix}-events`),
      sources: await text(`${prefix}-sources`),
      deepest: await text(`${prefix}-deepest`),
      extent: await text(`${prefix}-extent`),
    };
  }

  /** What the comparison says about the claims filter its numbers follow ("" when every report counts). */
  async compareClaimsLine(): Promise<string> {
    const line = this.map.page.getByTestId("compare-claims");
    return (await line.count()) > 0 ? ((await line.textContent()) ?? "") : "";
  }

  /** Samples the WebGL canvas of one compare map (its drawing buffer is preserved for export). */
  async compareCanvas(side: "a" | "b"): Promise<CanvasSample> {
    return this.map.page.getByTestId(`compare-${side}-map`).locator("canvas").evaluate((canvas) => {
      const source = canvas as HTMLCanvasElement;
      const probe = document.createElement("canvas");
      probe.width = source.width;
      probe.height = source.height;
      const ctx = probe.getContext("2d")!;
      ctx.drawImage(source, 0, 0);
      const { data } = ctx.getImageData(0, 0, probe.width, probe.height);
      const values: number[] = [];
      const step = Math.max(1, Math.floor(data.length / 4 / 5000));
      for (let i = 0; i < data.length / 4; i += step) values.push(data[i * 4]! + data[i * 4 + 1]! + data[i * 4 + 2]!);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
      const checksum = values.reduce((sum, v, i) => (sum + v * (i + 1)) % 1_000_000_007, 0);
      return { width: source.width, height: source.height, variance, checksum };
    });
  }

  /** Waits until both compare maps have drawn something other than a flat colour. */
  async waitForCompareMaps(timeoutMs = 30_000): Promise<[CanvasSample, CanvasSample]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const samples: [CanvasSample, CanvasSample] = [await this.compareCanvas("a"), await this.compareCanvas("b")];
      if (samples.every((s) => s.variance > 0) || Date.now() > deadline) return samples;
      await this.map.page.waitForTimeout(250);
    }
  }

  /** Drags one compare map by a number of CSS pixels, as a mouse user pans. */
  async dragCompareMap(side: "a" | "b", dx: number, dy: number): Promise<void> {
    const box = await this.map.page.getByTestId(`compare-${side}-map`).boundingBox();
    if (!box) throw new Error(`dragCompareMap: compare map ${side} is not on screen`);
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const mouse = this.map.page.mouse;
    await mouse.move(x, y);
    await mouse.down();
    for (let step = 1; step <= 10; step++) await mouse.move(x + (dx * step) / 10, y + (dy * step) / 10);
    await mouse.up();
  }

  /** Picks a campaign for one side of the comparison from its menu. */
  /** The smallest distance in px from a shown marker to the edge of a side's map (Infinity with none). */
  async compareMarkerMargin(side: "a" | "b"): Promise<{ margin: number; markers: number }> {
    return this.map.page.evaluate((index) => {
      const maps = (window as unknown as HookWindow).__incursionCompare;
      const pixels = maps?.[index]?.shownMarkerPixels();
      if (!pixels) return { margin: -1, markers: 0 };
      const margins = pixels.markers.map(({ x, y }) => Math.min(x, y, pixels.width - x, pixels.height - y));
      return { margin: Math.min(Infinity, ...margins), markers: margins.length };
    }, side === "a" ? 0 : 1);
  }

  async pickCompareSide(side: "a" | "b", campaignId: string): Promise<void> {
    await this.map.page.getByTestId(`compare-pick-${side}`).selectOption(campaignId);
  }

  async closeCompare(): Promise<void> {
    await this.map.page.getByTestId("compare-close").click();
  }

  /** Types the words the image carries (title, subtitle, byline, notes, source line) into the export panel. */
  async editExportText(text: Partial<Record<"title" | "subtitle" | "byline" | "notes" | "sourceLine", string>>): Promise<void> {
    const { page } = this.map;
    if (!(await page.getByTestId("export-panel").isVisible())) await this.map.pressToolbarButton("export-toggle");
    for (const [key, value] of Object.entries(text)) await page.getByTestId(`export-${key}`).fill(value);
  }

  /** The text drawn into the last PNG export, line by line, as the export's draw operations record it. */
  async exportedText(): Promise<string[]> {
    return this.map.page.evaluate(() => {
      const ops = (window as unknown as HookWindow).__incursionLastExport?.ops ?? [];
      return ops.flatMap((op) => (op.op === "text" && op.text ? [op.text] : []));
    });
  }

  /** The fill colours the last PNG export drew its legend swatches with, beside their labels. */
  async exportedLegend(): Promise<{ label: string; colour: string }[]> {
    return this.map.page.evaluate(() => {
      const ops = (window as unknown as HookWindow).__incursionLastExport?.ops ?? [];
      const swatches: { label: string; colour: string }[] = [];
      ops.forEach((op, i) => {
        const next = ops[i + 1];
        if (op.op === "rect" && op.width === op.height && op.width < 40 && next?.op === "text") swatches.push({ label: next.text, colour: op.fill });
      });
      return swatches;
    });
  }

  /** Exports through the toolbar and returns the file the browser downloaded. */
  async exportSnapshot({ size }: { size: "screen" | "print" | "social" | "square" }): Promise<ExportedFile> {
    return this.exportVia(`export-png-${size}`, 90_000);
  }

  async exportData(format: "geojson" | "csv"): Promise<ExportedFile> {
    return this.exportVia(`export-${format}`, 15_000);
  }

  /** Exports the comparison as one image and returns the file the browser downloaded. */
  async exportComparison(): Promise<ExportedFile> {
    const page = this.map.page;
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByTestId("compare-export").click()]);
    const path = await download.path();
    await expect.poll(async () => (await page.getByTestId("compare-export-status").textContent()) ?? "").toMatch(/^Saved /);
    const status = (await page.getByTestId("compare-export-status").textContent()) ?? "";
    return { filename: download.suggestedFilename(), bytes: await readFile(path), status };
  }

  private async exportVia(testId: string, timeoutMs: number): Promise<ExportedFile> {
    const page = this.map.page;
    if (!(await page.getByTestId("export-panel").isVisible())) await this.map.pressToolbarButton("export-toggle");
    const button = page.getByTestId(testId);
    await button.waitFor();
    await page.waitForFunction((id) => !(document.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement | null)?.disabled, testId);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: timeoutMs }), button.click()]);
    const path = await download.path();
    const status = (await page.getByTestId("export-status").textContent()) ?? "";
    return { filename: download.suggestedFilename(), bytes: await readFile(path), status };
  }
}
