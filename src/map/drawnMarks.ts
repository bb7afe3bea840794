import type { MarkerStates, PlaceMarkers } from "./placeMarkers";

/** The kinds of mark the report layers can draw; the legend explains those drawn now. */
export type MarkKind = "event" | "mention" | "approximate" | "region-area" | "district-area" | "region-circle" | "district-circle" | "contested";

export interface DrawnMarks {
  kinds: MarkKind[];
  /** Campaign ids whose colour is on the map; "" for reports outside every campaign. */
  campaigns: string[];
  /** Most sources behind one shown dot (what the dot sizes run up to). */
  maxSources: number;
}

const ORDER: MarkKind[] = ["event", "mention", "approximate", "district-area", "region-area", "district-circle", "region-circle", "contested"];

/**
 * What the layers draw for these marker states, by the same rules as the layer filters
 * and paint: a region or district is its area where the areas file has one, a circle
 * where it does not, and nothing until the file has answered (`areaIds` null); a contested
 * place is ringed besides.
 */
export function drawnMarks(markers: PlaceMarkers, states: MarkerStates, areaIds: ReadonlySet<string> | null): DrawnMarks {
  const kinds = new Set<MarkKind>();
  const campaigns = new Set<string>();
  let maxSources = 0;
  markers.collection.features.forEach(({ properties: p }, id) => {
    if (!states.shown[id]) return;
    let kind: MarkKind | null;
    if (p.approximate) kind = "approximate";
    else if (p.geo_precision === "exact") kind = states.mention[id] ? "mention" : "event";
    else if (!areaIds) kind = null;
    else kind = `${p.geo_precision === "region" ? "region" : "district"}-${areaIds.has(p.place_id) ? "area" : "circle"}`;
    if (!kind) return;
    kinds.add(kind);
    // The ring comes on top of whatever the place is drawn as.
    if (states.contested[id]) kinds.add("contested");
    campaigns.add(states.campaign[id] ?? "");
    if (kind === "event" || kind === "mention") maxSources = Math.max(maxSources, states.sources[id]!);
  });
  return { kinds: ORDER.filter((k) => kinds.has(k)), campaigns: [...campaigns], maxSources };
}
