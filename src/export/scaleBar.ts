/**
 * A scale bar for a Web Mercator view. MapLibre's world is 512 px wide at zoom 0, so one CSS
 * pixel covers (equator length · cos latitude) / (512 · 2^zoom) metres at that latitude.
 * The scale is only true near the latitude it is computed for; we use the view's centre.
 */
const EQUATOR_M = 2 * Math.PI * 6_378_137;

export function metresPerCssPixel(zoom: number, latitude: number): number {
  return (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  lengthM: number;
  widthPx: number;
  label: string;
}

/** The longest 1·, 2· or 5·10ⁿ metre bar that fits in `maxWidthPx` output pixels. */
export function scaleBar(zoom: number, latitude: number, pixelRatio: number, maxWidthPx: number): ScaleBar {
  const metresPerPx = metresPerCssPixel(zoom, latitude) / pixelRatio;
  const maxM = metresPerPx * maxWidthPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxM));
  const lengthM = [5, 2, 1].map((step) => step * magnitude).find((m) => m <= maxM) ?? magnitude;
  return { lengthM, widthPx: lengthM / metresPerPx, label: formatDistance(lengthM) };
}

function formatDistance(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}
