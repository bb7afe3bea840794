import type { HookWindow } from "./hookWindow";
import type { MapDriver } from "./driver";

/** The timeline in the words of a journalist scrubbing and playing it; wraps the core MapDriver. */
export class TimelineDriver {
  constructor(readonly map: MapDriver) {}

  async play(): Promise<void> {
    await this.map.page.getByTestId("play-pause").click();
    await this.map.page.locator('[data-testid="play-pause"][aria-pressed="true"]').waitFor({ timeout: 10_000 });
  }

  async pause(): Promise<void> {
    await this.map.page.getByTestId("play-pause").click();
    await this.map.page.locator('[data-testid="play-pause"][aria-pressed="false"]').waitFor({ timeout: 10_000 });
  }

  /** Picks how many days a second playing moves the window. */
  async setPlaySpeed(daysPerSecond: number): Promise<void> {
    await this.map.page.getByTestId("play-speed").selectOption(String(daysPerSecond));
  }

  /**
   * Waits until the page's own timers have run as often as playback at the chosen speed
   * ticks `ticks` times: a timeline still playing would have moved by then, however slowly
   * the machine runs the page.
   */
  async waitForPlaybackTicks(ticks: number): Promise<void> {
    const seen = await this.map.page.evaluateHandle((count) => {
      const { store } = (window as unknown as HookWindow).__incursionMap!;
      const counter = { ticks: 0 };
      const timer = setInterval(() => {
        if (++counter.ticks >= count) clearInterval(timer);
      }, 1000 / store.getState().playSpeed);
      return counter;
    }, ticks);
    await this.map.page.waitForFunction(([counter, count]) => counter.ticks >= count, [seen, ticks] as const, { timeout: 10_000 });
    await seen.dispose();
  }

  /** Puts the keyboard focus on a handle of the window, as a Tab would. */
  async focusHandle(which: "from" | "to"): Promise<void> {
    await this.map.page.getByTestId(`handle-${which}`).focus();
  }

  /** The labels under the timeline, with the day each stands for and its left edge in pixels. */
  async axisLabels(): Promise<{ text: string; day: string; left: number }[]> {
    return this.map.page.getByTestId("axis-label").evaluateAll((labels) =>
      labels.map((l) => ({ text: l.textContent ?? "", day: l.getAttribute("data-day") ?? "", left: l.getBoundingClientRect().left })));
  }

  /** Width in pixels of the window's highlight on the timeline. */
  async windowHighlightWidth(): Promise<number> {
    return this.map.page.getByTestId("histogram-window").evaluate((el) => el.getBoundingClientRect().width);
  }

  /** Drags a window handle by the mouse, grabbing it where its thumb is drawn. */
  async dragHandle(which: "from" | "to", dxPx: number): Promise<void> {
    const centre = await this.map.page.getByTestId(`handle-${which}`).evaluate((input) => {
      const el = input as HTMLInputElement;
      const box = el.getBoundingClientRect();
      const thumb = parseFloat(getComputedStyle(el).getPropertyValue("--thumb-width")) || 10;
      const f = (Number(el.value) - Number(el.min)) / (Number(el.max) - Number(el.min));
      return { x: box.left + thumb / 2 + f * (box.width - thumb), y: box.top + box.height / 2 };
    });
    await this.map.page.mouse.move(centre.x, centre.y);
    await this.map.page.mouse.down();
    await this.map.page.mouse.move(centre.x + dxPx / 2, centre.y, { steps: 3 });
    await this.map.page.mouse.move(centre.x + dxPx, centre.y, { steps: 3 });
    await this.map.page.mouse.up();
  }

  /** The window's dates as written on the map. */
  async mapDate(): Promise<string> {
    return (await this.map.page.getByTestId("map-date").textContent()) ?? "";
  }

  async nextReport(): Promise<void> {
    await this.map.page.getByTestId("next-report").click();
  }

  async campaignPressed(campaignId: string): Promise<boolean> {
    return (await this.map.page.getByTestId(`campaign-${campaignId}`).getAttribute("aria-pressed")) === "true";
  }

  async setCumulative(on: boolean): Promise<void> {
    await this.map.page.getByTestId("cumulative").setChecked(on);
  }
}
