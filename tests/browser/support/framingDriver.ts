import type { HookWindow } from "./hookWindow";
import type { MapDriver } from "./driver";

export interface MarkerOnScreen {
  name: string;
  campaign: string;
  x: number;
  y: number;
  /** Drawn outside the map, or under the date, the legend or a bottom sheet. */
  hidden: boolean;
}

/** Where the map puts places on screen, in the words of a reader looking for them; wraps the core MapDriver. */
export class FramingDriver {
  constructor(readonly map: MapDriver) {}

  /** The shown village and district markers once the map is still, and whether each can be seen. */
  async markersOnScreen(): Promise<MarkerOnScreen[]> {
    await this.waitUntilStill();
    return this.map.page.evaluate(() => {
      const { incursionMap } = (window as unknown as HookWindow).__incursionMap!;
      const { markers, width, height } = incursionMap.shownMarkerPixels();
      const origin = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const covers = ["map-date", "legend", "side-panel"].flatMap((id) => {
        const element = document.querySelector(`[data-testid="${id}"]`);
        const box = element?.getBoundingClientRect();
        return box && box.width > 0 ? [{ left: box.left - origin.left, top: box.top - origin.top, right: box.right - origin.left, bottom: box.bottom - origin.top }] : [];
      });
      return markers.map((m) => ({
        ...m,
        hidden: m.x < 0 || m.y < 0 || m.x > width || m.y > height || covers.some((b) => m.x >= b.left && m.x <= b.right && m.y >= b.top && m.y <= b.bottom),
      }));
    });
  }

  /** Drags the map by (dx, dy) CSS px, as a reader pans it. */
  async pan(dx: number, dy: number): Promise<void> {
    const box = (await this.map.mapOnScreen())!;
    const page = this.map.page;
    const x = box.x + box.width * 0.6, y = box.y + box.height * 0.6;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await page.mouse.move(x + dx, y + dy, { steps: 4 });
    await page.mouse.up();
    await this.waitUntilStill();
  }

  /** Resizes the browser window, as a reader narrowing or widening it. */
  async resizeWindow(width: number, height: number): Promise<void> {
    await this.map.page.setViewportSize({ width, height });
    await this.waitUntilStill();
  }

  /** The camera's centre and zoom once it is still, rounded to what a reader could see move. */
  async stillCamera(): Promise<string> {
    await this.waitUntilStill();
    const { zoom, lat, lon } = await this.map.camera();
    return `${zoom.toFixed(2)}/${lat.toFixed(3)}/${lon.toFixed(3)}`;
  }

  /** Waits for the camera to stop (an ease to a campaign takes half a second) and the map to draw. */
  private async waitUntilStill(): Promise<void> {
    await this.map.page.waitForFunction(() => !(window as unknown as HookWindow).__incursionMap!.map.isMoving(), null, { timeout: 10_000, polling: 50 });
    await this.map.waitForIdle();
  }
}
