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
