import type { MarkerStates, PlaceMarkers } from "./placeMarkers";

/**
 * Region and district reports are drawn as their areas (public/basemap/areas.json, keyed
 * by place id) where the areas file has one. An area follows its place's markers: shown
 * while any of them is, in the colour of the one whose shown report starts latest, so it
 * appears and goes with the time window exactly as a point marker does.
 */
export interface AreaState {
  shown: boolean;
  campaign: string;
}

/** Region and district marker ids per place id: the places a dataset may draw as areas. */
export function areaMarkerIds(markers: PlaceMarkers): Map<string, number[]> {
  const byPlace = new Map<string, number[]>();
  markers.collection.features.forEach(({ properties: { place_id, geo_precision } }, id) => {
    if (geo_precision === "exact") return;
    const ids = byPlace.get(place_id);
    if (ids) ids.push(id);
    else byPlace.set(place_id, [id]);
  });
  return byPlace;
}

/** The state of each area among `placeIds` (those the areas file has), from the markers' states. */
export function areaStates(
  markerIds: ReadonlyMap<string, readonly number[]>,
  placeIds: Iterable<string>,
  states: MarkerStates,
): Map<string, AreaState> {
  const areas = new Map<string, AreaState>();
  for (const placeId of placeIds) {
    const state: AreaState = { shown: false, campaign: "" };
    let latest = -Infinity;
    for (const id of markerIds.get(placeId) ?? []) {
      if (!states.shown[id]) continue;
      if (!state.shown || states.latestDay[id]! > latest) {
        latest = states.latestDay[id]!;
        state.campaign = states.campaign[id]!;
      }
      state.shown = true;
    }
    areas.set(placeId, state);
  }
  return areas;
}

/** Place ids whose area state differs; every one when nothing was applied before. */
export function changedAreas(before: ReadonlyMap<string, AreaState> | null, after: ReadonlyMap<string, AreaState>): string[] {
  const changed: string[] = [];
  for (const [placeId, state] of after) {
    const old = before?.get(placeId);
    if (!old || old.shown !== state.shown || (state.shown && old.campaign !== state.campaign)) changed.push(placeId);
  }
  return changed;
}
