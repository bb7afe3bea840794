import { isIsoDay, type IsoDay } from "../data/days";
import type { MapView } from "../store/store";

/**
 * Everything a shared link carries. Parameters (all optional):
 *   map=zoom/lat/lon   from=YYYY-MM-DD   to=YYYY-MM-DD   place=<place_id>
 *   compare=<campaign>,<campaign>   mentions=0|1   cumulative=1   data=<URL of a place-report GeoJSON>
 *   review=1 (editors' review mode)   corrections=<URL of a corrections file>
 */
export interface UrlState {
  map?: MapView;
  from?: IsoDay;
  to?: IsoDay;
  place?: string;
  compare?: [string, string];
  mentions?: boolean;
  cumulative?: boolean;
  data?: string;
  review?: boolean;
  corrections?: string;
}

/** Unreadable parameters are dropped one by one; the rest of the link still works. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const map = parseMapView(params.get("map"));
  if (map) state.map = map;
  const from = params.get("from");
  if (from && isIsoDay(from)) state.from = from;
  const to = params.get("to");
  if (to && isIsoDay(to)) state.to = to;
  if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  const place = params.get("place");
  if (place) state.place = place;
  const compare = params.get("compare")?.split(",").map((id) => id.trim());
  if (compare?.length === 2 && compare[0] && compare[1]) state.compare = [compare[0], compare[1]];
  const mentions = params.get("mentions");
  if (mentions === "1" || mentions === "0") state.mentions = mentions === "1";
  if (params.get("cumulative") === "1") state.cumulative = true;
  const data = params.get("data");
  if (data) state.data = data;
  if (params.get("review") === "1") state.review = true;
  const corrections = params.get("corrections");
  if (corrections) state.corrections = corrections;
  return state;
}

export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.map) params.set("map", formatMapView(state.map));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.place) params.set("place", state.place);
  if (state.compare) params.set("compare", state.compare.join(","));
  if (state.mentions !== undefined) params.set("mentions", state.mentions ? "1" : "0");
  if (state.cumulative) params.set("cumulative", "1");
  if (state.data) params.set("data", state.data);
  if (state.review) params.set("review", "1");
  if (state.corrections) params.set("corrections", state.corrections);
  // Slashes, commas and colons are legal in a query and keep links readable.
  const query = params.toString().replace(/%2F/gi, "/").replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  return query ? `?${query}` : "";
}

function parseMapView(value: string | null): MapView | undefined {
  const parts = value?.split("/").map(Number);
  if (parts?.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

/** Precision follows zoom, so a link stays short without moving the view noticeably. */
export function formatMapView({ zoom, lat, lon }: MapView): string {
  const digits = Math.max(2, Math.ceil(Math.log2(Math.max(zoom, 1)) + 1));
  return `${zoom.toFixed(2)}/${lat.toFixed(digits)}/${lon.toFixed(digits)}`;
}
