import type { ClaimantKind } from "../contract/placeReport";
import { CLAIMANT_KINDS } from "../contract/placeValues";
import { isIsoDay, type IsoDay } from "../contract/days";
import type { MapCamera } from "../store/store";

/**
 * Everything a shared link carries. Parameters (all optional):
 *   map=zoom/lat/lon   from=YYYY-MM-DD   to=YYYY-MM-DD   place=<place_id>
 *   compare=<campaign>,<campaign>   mentions=0|1   cumulative=1   outside=shown   data=<URL of a place-report GeoJSON>
 *   review=1 (editors' review mode)   corrections=<URL of a corrections file>
 *   claims=<claimant kind>,<claimant kind>... (only reports backed by these kinds of claimant)
 */
export interface UrlState {
  map?: MapCamera;
  from?: IsoDay;
  to?: IsoDay;
  place?: string;
  compare?: [string, string];
  mentions?: boolean;
  cumulative?: boolean;
  /** Reports outside every campaign drawn at full strength (they are faded by default). */
  outsideShown?: boolean;
  data?: string;
  review?: boolean;
  corrections?: string;
  claims?: ClaimantKind[];
  /** Words in `claims` that name no claimant kind: read, not applied, and said to the reader. */
  unknownClaims?: string[];
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
  if (params.get("outside") === "shown") state.outsideShown = true;
  const data = params.get("data");
  if (data) state.data = data;
  if (params.get("review") === "1") state.review = true;
  const corrections = params.get("corrections");
  if (corrections) state.corrections = corrections;
  const claims = params.get("claims");
  if (claims) Object.assign(state, parseClaims(claims));
  return state;
}

function parseClaims(value: string): Pick<UrlState, "claims" | "unknownClaims"> {
  const words = value.split(",").map((word) => word.trim()).filter(Boolean);
  const isKind = (word: string): word is ClaimantKind => (CLAIMANT_KINDS as readonly string[]).includes(word);
  const claims = CLAIMANT_KINDS.filter((kind) => words.some((word) => word.toLowerCase() === kind));
  const unknownClaims = words.filter((word) => !isKind(word.toLowerCase()));
  return { ...(claims.length > 0 ? { claims } : {}), ...(unknownClaims.length > 0 ? { unknownClaims } : {}) };
}

/**
 * What the reader is told about claimant kinds a link names that do not exist; null when
 * there are none. Says what was found, what is expected, and what is shown instead.
 */
export function unknownClaimsMessage(state: Pick<UrlState, "claims" | "unknownClaims">): string | null {
  const unknown = state.unknownClaims ?? [];
  if (unknown.length === 0) return null;
  const found = unknown.map((word) => JSON.stringify(word.slice(0, 40))).join(", ");
  const shown = state.claims ? `shown: ${state.claims.join(", ")}` : "every report is shown";
  return `The link's claims= names ${unknown.length === 1 ? "an unknown claimant kind" : "unknown claimant kinds"} ${found}; ` +
    `expected ${CLAIMANT_KINDS.join(", ")}. Left out; ${shown}.`;
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
  if (state.outsideShown) params.set("outside", "shown");
  if (state.data) params.set("data", state.data);
  if (state.review) params.set("review", "1");
  if (state.corrections) params.set("corrections", state.corrections);
  if (state.claims && state.claims.length > 0) params.set("claims", state.claims.join(","));
  // Slashes, commas and colons are legal in a query and keep links readable.
  const query = params.toString().replace(/%2F/gi, "/").replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  return query ? `?${query}` : "";
}

function parseMapView(value: string | null): MapCamera | undefined {
  const parts = value?.split("/").map(Number);
  if (parts?.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

/** Precision follows zoom, so a link stays short without moving the view noticeably. */
function formatMapView({ zoom, lat, lon }: MapCamera): string {
  const digits = Math.max(2, Math.ceil(Math.log2(Math.max(zoom, 1)) + 1));
  return `${zoom.toFixed(2)}/${lat.toFixed(digits)}/${lon.toFixed(digits)}`;
}
