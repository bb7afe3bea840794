import { effectiveDayRange, type DayRange } from "./timeWindow";
import { noVisibleReports, reportsInWindow, type VisibleReports } from "./selectors";
import type { IncursionState } from "./store";

/**
 * Selectors over the whole store state. `visiblePlaceReports` is memoised on the inputs it
 * names, so React components and the map subscription get the same answer back until one
 * of them changes.
 */
export function visibleDayRange(state: Pick<IncursionState, "timeWindow" | "cumulative" | "datasetIndex">): DayRange | null {
  if (!state.timeWindow) return null;
  return effectiveDayRange(state.timeWindow, state.cumulative, state.datasetIndex.extent);
}

type VisibleInputs = Pick<IncursionState, "datasetIndex" | "timeWindow" | "cumulative" | "showMentions" | "claimKinds">;

export const visiblePlaceReports = memoiseOn(
  (s: VisibleInputs) => [s.datasetIndex, s.timeWindow, s.cumulative, s.showMentions, s.claimKinds],
  (s: VisibleInputs): VisibleReports => {
    const range = visibleDayRange(s);
    return range ? reportsInWindow(s.datasetIndex, range, s.showMentions, s.claimKinds) : noVisibleReports(s.datasetIndex);
  },
);

/** `select`, computed again only when one of `inputs` (compared with ===) differs from the last call's. */
function memoiseOn<S, R>(inputs: (state: S) => readonly unknown[], select: (state: S) => R): (state: S) => R {
  let last: { inputs: readonly unknown[]; result: R } | null = null;
  return (state) => {
    const now = inputs(state);
    if (last && now.every((value, i) => value === last!.inputs[i])) return last.result;
    last = { inputs: now, result: select(state) };
    return last.result;
  };
}
