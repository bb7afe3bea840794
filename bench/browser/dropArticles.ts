import type { Page } from "playwright-core";
import { loadDefaultGazetteer } from "../../src/cli/loadGazetteer";
import { generateCorpus } from "../corpus/generate";

/** Articles a reporter drops on the map: the ingest benchmark's synthetic wire stories (about 5 KB each). */
export function droppedArticles(count: number): { name: string; mimeType: string; buffer: Buffer }[] {
  return generateCorpus(loadDefaultGazetteer(), { seed: 20240806, articles: count }).map((a, i) => ({
    name: `${String(i).padStart(3, "0")}.md`,
    mimeType: "text/markdown",
    buffer: Buffer.from(a.text),
  }));
}

export interface DropTimings {
  /** Picking the files → the panel's result, the parser and gazetteer loaded on the way. */
  coldMs: number;
  /** The same files again, the worker and its gazetteer already there. */
  warmMs: number;
}

export async function measureDrop(page: Page, url: string, files: ReturnType<typeof droppedArticles>): Promise<DropTimings> {
  await page.goto(url);
  await page.waitForFunction(() => window.__incursionMap !== undefined, null, { timeout: 120_000 });
  // Dropped on a settled map, so the figure is the articles' and not the page load's.
  await page.evaluate(() => window.__incursionMap!.incursionMap.whenIdle());
  const once = async () => {
    const start = performance.now();
    await page.getByTestId("dataset-file").setInputFiles(files);
    await page.getByTestId("ingest-close").waitFor({ timeout: 300_000 });
    const ms = performance.now() - start;
    await page.getByTestId("ingest-close").click();
    return ms;
  };
  const coldMs = await once();
  return { coldMs, warmMs: await once() };
}
