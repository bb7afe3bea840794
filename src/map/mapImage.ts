import type { Map as MaplibreMap } from "maplibre-gl";

export interface MapImage {
  /** A copy, so the live map can go back to screen resolution straight away. */
  image: HTMLCanvasElement;
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
  zoom: number;
  centreLat: number;
}

const IDLE_TIMEOUT_MS = 30_000;

/**
 * Renders the current view at `targetWidthPx` by raising the map's pixel ratio: the same
 * view, more pixels, so a print snapshot shows what the screen shows. Waits for `idle` so no
 * tile or label is missing, copies the canvas, and restores the screen ratio.
 */
export async function renderMapImage(
  map: MaplibreMap,
  whenIdle: () => Promise<void>,
  targetWidthPx: (cssWidth: number) => number,
  /** A height to render at instead of the screen's shape (a fixed-size card), given the pixel ratio. */
  targetHeightPx?: (pixelRatio: number) => number,
): Promise<MapImage> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  if (cssWidth === 0 || cssHeight === 0) throw new Error(`PNG export: the map has no size (${cssWidth}×${cssHeight} px)`);
  const widthPx = targetWidthPx(cssWidth);
  const pixelRatio = widthPx / cssWidth;
  const heightPx = targetHeightPx ? Math.round(targetHeightPx(pixelRatio)) : Math.round(cssHeight * pixelRatio);
  const screenRatio = map.getPixelRatio();
  // Another shape: the map is framed around the same centre at the same zoom, taller or
  // shorter, for the moment of the render.
  const reshaped = targetHeightPx !== undefined;
  const screenHeight = container.style.height;
  if (reshaped) {
    container.style.height = `${heightPx / pixelRatio}px`;
    map.resize();
  }
  // NOTE: MapLibre clamps the ratio to its maxCanvasSize (4096 px by default); the copy below
  // is scaled to the requested size either way, so the file always has the width asked for.
  map.setPixelRatio(pixelRatio);
  try {
    await withTimeout(whenIdle(), IDLE_TIMEOUT_MS, "PNG export: the map did not finish rendering");
    const source = map.getCanvas();
    const image = document.createElement("canvas");
    image.width = widthPx;
    image.height = heightPx;
    const ctx = image.getContext("2d");
    if (!ctx) throw new Error("PNG export: no 2D canvas available");
    ctx.drawImage(source, 0, 0, widthPx, heightPx);
    return { image, widthPx, heightPx, pixelRatio, zoom: map.getZoom(), centreLat: map.getCenter().lat };
  } finally {
    map.setPixelRatio(screenRatio);
    if (reshaped) {
      container.style.height = screenHeight;
      map.resize();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
