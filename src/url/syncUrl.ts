import type { IncursionState, IncursionStore } from "../store/store";
import { fromDayRange, toDayRange } from "../store/timeWindow";
import { parseUrlState, serialiseUrlState, unknownClaimsMessage, type UrlState } from "./urlState";

/** Store → URL state; `mentions` only appears when it differs from the default (hidden), `claims` only while filtering. */
function urlStateOf(state: IncursionState): UrlState {
  const url: UrlState = {};
  if (state.mapView) url.map = state.mapView;
  if (state.timeWindow) {
    const { from, to } = fromDayRange(state.timeWindow);
    url.from = from;
    url.to = to;
  }
  if (state.selection) url.place = state.selection;
  if (state.compare) url.compare = state.compare;
  if (state.showMentions) url.mentions = true;
  if (state.cumulative) url.cumulative = true;
  if (!state.fadeOutside) url.outsideShown = true;
  if (state.dataUrl) url.data = state.dataUrl;
  if (state.reviewMode) url.review = true;
  if (state.correctionsUrl) url.corrections = state.correctionsUrl;
  if (state.claimKinds) url.claims = state.claimKinds;
  return url;
}

/** URL → store, for start-up and back/forward. Data loading is the caller's job. */
export function applyUrlState(store: IncursionStore, url: UrlState): void {
  const state = store.getState();
  if (url.from || url.to) {
    const from = url.from ?? url.to!;
    const to = url.to ?? url.from!;
    const range = toDayRange({ from, to });
    if (state.placeReports.length > 0) state.setTimeWindow(range);
    else store.setState({ timeWindow: range });
  }
  state.select(url.place ?? null);
  state.setCompare(url.compare ?? null);
  state.setShowMentions(url.mentions ?? false);
  state.setClaimKinds(url.claims ?? null);
  const claimsMessage = unknownClaimsMessage(url);
  if (claimsMessage) state.setNotice(claimsMessage);
  state.setCumulative(url.cumulative ?? false);
  state.setFadeOutside(!url.outsideShown);
  if (url.map) state.setMapView(url.map);
  state.setReviewMode(url.review ?? false);
}

const MAP_MOVE_DEBOUNCE_MS = 400;
const WINDOW_DEBOUNCE_MS = 350;

/**
 * Keeps the address bar in step with the store. Changes of selection, compare, the view
 * toggles, the claims filter, review mode and data push a history entry; a window change
 * pushes one once the reader stops dragging; map moves and playback only replace the
 * current entry so Back stays useful.
 */
export function syncUrl(store: IncursionStore, onData: (url: string | null) => void): () => void {
  let restoring = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One pending write at a time; a pending push is never downgraded to a replace,
  // or a map move right after a scrub would swallow the scrub's history entry.
  let pendingMode: "push" | "replace" | null = null;

  const write = (mode: "push" | "replace") => {
    clearTimeout(timer);
    pendingMode = null;
    const query = serialiseUrlState(urlStateOf(store.getState()));
    if (query === window.location.search) return;
    const href = `${window.location.pathname}${query}${window.location.hash}`;
    if (mode === "push") window.history.pushState(null, "", href);
    else window.history.replaceState(null, "", href);
  };
  const later = (mode: "push" | "replace", ms: number) => {
    clearTimeout(timer);
    const effective = pendingMode === "push" ? "push" : mode;
    pendingMode = effective;
    timer = setTimeout(() => write(effective), ms);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const meaningful = state.selection !== previous.selection || state.compare !== previous.compare ||
      state.showMentions !== previous.showMentions || state.cumulative !== previous.cumulative || state.fadeOutside !== previous.fadeOutside || state.dataUrl !== previous.dataUrl || state.reviewMode !== previous.reviewMode ||
      state.claimKinds !== previous.claimKinds;
    if (meaningful) write("push");
    else if (state.timeWindow !== previous.timeWindow) {
      if (state.playing || !previous.timeWindow) later("replace", WINDOW_DEBOUNCE_MS);
      else later("push", WINDOW_DEBOUNCE_MS);
    } else if (state.mapView !== previous.mapView) later("replace", MAP_MOVE_DEBOUNCE_MS);
  });

  const onPopState = () => {
    clearTimeout(timer);
    pendingMode = null;
    const url = parseUrlState(window.location.search);
    restoring = true;
    try {
      store.getState().setPlaying(false);
      applyUrlState(store, url);
    } finally {
      restoring = false;
    }
    if ((url.data ?? null) !== store.getState().dataUrl) onData(url.data ?? null);
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener("popstate", onPopState);
  };
}
