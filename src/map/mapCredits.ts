import type { StyleSpecification } from "maplibre-gl";

/**
 * Attribution strings declared by the style's sources, in style order. Whatever basemap is
 * on (offline Natural Earth layers, an online OpenStreetMap-derived style) credits itself
 * here, so the snapshot cites exactly what was drawn.
 */
export function styleCredits(style: Pick<StyleSpecification, "sources">): string[] {
  const credits: string[] = [];
  for (const source of Object.values(style.sources)) {
    const attribution = "attribution" in source ? source.attribution : undefined;
    if (typeof attribution === "string" && attribution.trim()) credits.push(attribution);
  }
  return credits;
}

/**
 * Credits as the map's attribution control shows them ("MapLibre | Basemap: Natural Earth").
 * This also covers the map's custom attribution, which the style does not carry. The renderer
 * credit is dropped: it is software, not a data source.
 */
export function splitAttributionText(text: string): string[] {
  return text
    .split("|")
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0 && part !== "MapLibre");
}

/** NOTE: reads MapLibre's attribution control by its class name; absent control gives []. */
export function attributionControlCredits(container: ParentNode): string[] {
  const inner = container.querySelector(".maplibregl-ctrl-attrib-inner");
  return splitAttributionText(inner?.textContent ?? "");
}
