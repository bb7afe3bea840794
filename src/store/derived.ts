import { dataExtent, effectiveDayRange, type DayRange } from "./timeWindow";
import { reportsInWindow } from "./selectors";
import type { DatedPlaceReport } from "../data/placeReports";
import type { IncursionState } from "./store";

/**
 * Selectors over the whole store state. Memoised on the inputs they read so React
 * components and the map subscription get the same array back until something changes.
 */
let lastInputs: unknown[] = [];
let lastVisible: readonly DatedPlaceReport[] = [];

export function visibleDayRange(state: Pick<IncursionState, "timeWindow" | "cumulative" | "placeReports">): DayRange | null {
  if (!state.timeWindow) return null;
  return effectiveDayRange(state.timeWindow, state.cumulative, dataExtent(state.placeReports));
}

export function visiblePlaceReports(
  state: Pick<IncursionState, "timeWindow" | "cumulative" | "placeReports" | "showMentions" | "claimKinds">,
): readonly DatedPlaceReport[] {
  const inputs = [state.placeReports, state.timeWindow, state.cumulative, state.showMentions, state.claimKinds];
  if (inputs.every((value, i) => value === lastInputs[i])) return lastVisible;
  const range = visibleDayRange(state);
  lastInputs = inputs;
  lastVisible = range ? reportsInWindow(state.placeReports, range, state.showMentions, state.claimKinds) : [];
  return lastVisible;
}
