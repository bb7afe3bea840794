import type { StyleSpecification } from "maplibre-gl";

/** A keyless vector basemap; used only when the reader switches it on. */
const ONLINE_STYLE_URL = "https://tiles.openfreemap.org/styles/liberty";
const TIMEOUT_MS = 8000;

export async function fetchOnlineStyle(url = ONLINE_STYLE_URL): Promise<StyleSpecification> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const style = (await response.json()) as StyleSpecification;
    if (style.version !== 8 || !Array.isArray(style.layers)) throw new Error(`${url}: not a MapLibre style`);
    return style;
  } finally {
    clearTimeout(timer);
  }
}
