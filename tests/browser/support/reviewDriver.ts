import type { HookWindow } from "./hookWindow";
import type { MapDriver } from "./driver";

/** Review mode in the words of an editor placing, rejecting and correcting names; wraps the core MapDriver. */
export class ReviewDriver {
  constructor(readonly map: MapDriver) {}

  /** Review mode's work queue: each name with how many sentences across articles need it. */
  async queue(): Promise<{ name: string; count: string }[]> {
    await this.map.page.getByTestId("work-queue").waitFor();
    return this.map.page.getByTestId("queue-row").evaluateAll((rows) =>
      rows.map((row) => ({ name: row.getAttribute("data-name") ?? "", count: row.querySelector(".count")?.textContent ?? "" })));
  }

  /** Places a queued name at a gazetteer entry found by searching another spelling. */
  async placeBySearch(name: string, search: string, candidate: string): Promise<void> {
    await this.queueRow(name).getByTestId("queue-place").click();
    await this.map.page.getByTestId("place-search").fill(search);
    await this.map.page.getByTestId("place-candidate").filter({ hasText: candidate }).first().click();
    await this.map.page.getByTestId("place-preview").waitFor();
    await this.map.page.getByTestId("place-save").click();
  }

  /** Places a queued name by clicking the map at a point; returns what the preview said before saving. */
  async placeByClickingMap(name: string, lon: number, lat: number): Promise<string> {
    await this.queueRow(name).getByTestId("queue-place").click();
    await this.map.page.getByTestId("place-drop").click();
    await this.map.waitForIdle();
    const point = await this.map.page.evaluate(([x, y]) => {
      const { map } = (window as unknown as HookWindow).__incursionMap!;
      map.jumpTo({ center: [x, y], zoom: 9 });
      const pixel = map.project([x, y]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + pixel.x, y: rect.top + pixel.y };
    }, [lon, lat] as const);
    await this.map.page.mouse.click(point.x, point.y);
    const preview = (await this.map.page.getByTestId("place-preview").textContent()) ?? "";
    await this.map.page.getByTestId("place-save").click();
    return preview;
  }

  async rejectQueued(name: string): Promise<void> {
    await this.queueRow(name).getByTestId("queue-reject").click();
  }

  /** Takes back the last decision made in review mode. */
  async undoCorrection(): Promise<void> {
    await this.map.page.getByTestId("undo-correction").click();
  }

  /** The note the open sourcing panel gives the first report an editor has corrected. */
  async reviewedNote(): Promise<string | null> {
    return this.map.page.getByTestId("reviewed-note").first().textContent();
  }

  /** In the open sourcing panel, flips the role of the report from one article. */
  async flipRole(sourceId: string): Promise<void> {
    await this.map.page.locator(`[data-testid="source-item"][data-source-id="${sourceId}"]`).getByTestId("review-flip-role").click();
  }

  /** Downloads the corrections file review mode offers, and returns its text. */
  async downloadCorrections(): Promise<string> {
    const [download] = await Promise.all([this.map.page.waitForEvent("download"), this.map.page.getByTestId("download-corrections").click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  /** The reports the map holds for a place, as the store has them (what the map and the list are drawn from). */
  async reportsOf(placeId: string): Promise<{ source_id: string; role: string; date_start: string | null; review?: string; coordinates: number[] }[]> {
    return this.map.page.evaluate((id) => {
      const { store } = (window as unknown as HookWindow).__incursionMap!;
      return store.getState().placeReports
        .filter((r) => r.properties.place_id === id)
        .map((r) => ({ source_id: r.properties.source_id, role: r.properties.role, date_start: r.properties.date_start, review: r.properties.review, coordinates: r.geometry.coordinates }));
    }, placeId);
  }

  /** What the quotes of each report of a place (by its name) mark, as `article:marked words`, as the store has them. */
  async quotedMentionsOf(name: string): Promise<string[]> {
    return this.map.page.evaluate((placeName) => {
      const { store } = (window as unknown as HookWindow).__incursionMap!;
      return store.getState().placeReports
        .filter((r) => r.properties.name === placeName)
        .flatMap((r) => r.properties.quotes.map((q) => `${r.properties.source_id}:${q.text.slice(q.start, q.end)}`));
    }, name);
  }

  private queueRow(name: string) {
    return this.map.page.locator(`[data-testid="queue-row"][data-name="${name}"]`);
  }
}
