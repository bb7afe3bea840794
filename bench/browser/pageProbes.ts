/**
 * Functions that run inside the page (Playwright serialises them, so each is
 * self-contained: no imports, no closures over module scope). They reach the app
 * through its test hook `window.__incursionMap` (the map wrapper, for MapLibre's
 * render events) and through its controls, as a reader does: the time slider's
 * handles and the play button.
 */

/** The slice of MapLibre's map the probes use, typed structurally. */
interface ProbeMap {
  once(type: string, listener: () => void): void;
  on(type: string, listener: () => void): void;
  off(type: string, listener: () => void): void;
  queryRenderedFeatures(options: { layers: string[] }): unknown[];
  getLayer(id: string): unknown;
}

/** The benchmark's structural view of the app's test hook (src/testHook/testHook.ts). */
interface BenchHook {
  map: ProbeMap;
  incursionMap: { whenIdle(): Promise<void> };
}

declare global {
  interface Window {
    __incursionMap?: BenchHook;
    __benchFirstRenderMs?: number;
    __benchFirstMapFrameMs?: number;
  }
}

/** tsx names inner functions through an `__name` helper the page does not have. */
export const NAME_HELPER_SHIM = "globalThis.__name = globalThis.__name || ((fn) => fn);";

/**
 * Installed before the app loads: records when the map first draws a frame and when
 * report points are first on screen, in ms since navigation start.
 */
export function recordFirstRender(pointsLayer: string): void {
  const poll = () => {
    const map = window.__incursionMap?.map;
    if (map === undefined) return requestAnimationFrame(poll);
    const firstFrame = () => {
      window.__benchFirstMapFrameMs ??= performance.now();
      map.off("render", firstFrame);
    };
    map.on("render", firstFrame);
    const check = () => {
      if (window.__benchFirstRenderMs !== undefined || map.getLayer(pointsLayer) === undefined) return;
      if (map.queryRenderedFeatures({ layers: [pointsLayer] }).length > 0) {
        window.__benchFirstRenderMs = performance.now();
        map.off("render", check);
      }
    };
    map.on("render", check);
    check();
  };
  requestAnimationFrame(poll);
}

export interface ScrubInput {
  /** Positions, 0 to 1 along the data's time extent, the window's end handle is dragged to. */
  positions: number[];
  timeoutMs: number;
  /** Stops scrubbing once this much time has gone, so slow machines still finish. */
  budgetMs: number;
}

export interface ScrubTimings {
  /** Change to the end of the input event's handling: React, the store, the marker diff and feature-state, all synchronous. */
  scriptMs: number[];
  /** Change to the first frame MapLibre draws afterwards. */
  firstFrameMs: number[];
  /**
   * Main-thread time of that first frame: from the start of the frame's callbacks to the
   * end of MapLibre's draw call (its `render` event). What the frame costs before the
   * GPU, which under software GL is where the rest of the first-frame time goes.
   */
  drawMs: number[];
  /** Change to the frame after which nothing is pending: the new window fully on screen. */
  settledFrameMs: number[];
  timeouts: number;
}

/**
 * Moves the window's end handle to each position in turn, as a drag fires input
 * events, timing each change through React, the store and the map.
 */
export async function scrubWindows(input: ScrubInput): Promise<ScrubTimings> {
  const map = window.__incursionMap?.map;
  const handle = document.querySelector<HTMLInputElement>("[data-testid=handle-to]");
  if (map === undefined || handle === null) throw new Error("scrub: expected the map hook and the handle-to slider, got none");
  // React tracks the value it rendered; the native setter makes the change visible to it.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  const [min, max] = [Number(handle.min), Number(handle.max)];
  const timings: ScrubTimings = { scriptMs: [], firstFrameMs: [], drawMs: [], settledFrameMs: [], timeouts: 0 };
  const begun = performance.now();
  for (const position of input.positions) {
    if (performance.now() - begun > input.budgetMs) break;
    const day = Math.round(min + position * (max - min));
    if (String(day) === handle.value) continue;
    const started = performance.now();
    let firstFrame: number | undefined;
    let draw: number | undefined;
    // Registered before the change, and again from within each frame, this callback runs
    // first among a frame's callbacks, ahead of the one MapLibre draws in.
    let frameStart: number | undefined;
    const onFrame = () => {
      frameStart = performance.now();
      if (firstFrame === undefined) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    const onRender = () => {
      if (firstFrame !== undefined) return;
      const now = performance.now();
      firstFrame = now - started;
      if (frameStart !== undefined) draw = now - frameStart;
    };
    map.on("render", onRender);
    const settled = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), input.timeoutMs);
      map.once("idle", () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
    });
    setValue.call(handle, String(day));
    handle.dispatchEvent(new Event("input", { bubbles: true }));
    const scriptMs = performance.now() - started;
    const settledMs = await settled;
    map.off("render", onRender);
    if (settledMs === null || firstFrame === undefined || draw === undefined) timings.timeouts++;
    else {
      timings.scriptMs.push(scriptMs);
      timings.firstFrameMs.push(firstFrame);
      timings.drawMs.push(draw);
      timings.settledFrameMs.push(settledMs);
    }
  }
  return timings;
}

export interface PlayTimings {
  /** Playback speed chosen: the fastest the controls offer. */
  daysPerSecond: number;
  /** Frames the map drew per second while playing. */
  mapFps: number;
  /** Frames the browser produced per second (requestAnimationFrame) while playing. */
  browserFps: number;
  /** Longest gaps between map frames, ms. */
  frameGapP95Ms: number;
}

/**
 * Sets a window of `windowDays` at the start of the data (so playing has the whole
 * extent to cross, whatever the scrubs left), presses play at the fastest speed the
 * controls offer and counts frames.
 */
export async function measurePlay(input: { durationMs: number; windowDays: number }): Promise<PlayTimings> {
  const { durationMs, windowDays } = input;
  const map = window.__incursionMap?.map;
  const play = document.querySelector<HTMLButtonElement>("[data-testid=play-pause]");
  const speed = document.querySelector<HTMLSelectElement>("[data-testid=play-speed]");
  const from = document.querySelector<HTMLInputElement>("[data-testid=handle-from]");
  const to = document.querySelector<HTMLInputElement>("[data-testid=handle-to]");
  if (map === undefined || play === null || speed === null || from === null || to === null) {
    throw new Error("play: expected the map hook, play-pause, play-speed and both window handles, got none");
  }
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  for (const [handle, day] of [[from, Number(from.min)], [to, Number(from.min) + windowDays]] as const) {
    setValue.call(handle, String(day));
    handle.dispatchEvent(new Event("input", { bubbles: true }));
  }
  await window.__incursionMap!.incursionMap.whenIdle();
  const fastest = [...speed.options].map((option) => option.value).sort((a, b) => Number(b) - Number(a))[0]!;
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(speed, fastest);
  speed.dispatchEvent(new Event("change", { bubbles: true }));
  const mapFrames: number[] = [];
  const onRender = () => mapFrames.push(performance.now());
  let browserFrames = 0;
  let running = true;
  const tick = () => {
    browserFrames++;
    if (running) requestAnimationFrame(tick);
  };
  map.on("render", onRender);
  play.click();
  const started = performance.now();
  requestAnimationFrame(tick);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  running = false;
  play.click();
  map.off("render", onRender);
  const elapsedS = (performance.now() - started) / 1000;
  const gaps = mapFrames.slice(1).map((time, i) => time - mapFrames[i]!).sort((a, b) => a - b);
  return {
    daysPerSecond: Number(fastest),
    mapFps: mapFrames.length / elapsedS,
    browserFps: browserFrames / elapsedS,
    frameGapP95Ms: gaps[Math.floor(gaps.length * 0.95)] ?? Number.NaN,
  };
}
