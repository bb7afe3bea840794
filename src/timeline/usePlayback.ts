import { useEffect } from "react";
import { dataExtent, fromDayRange, stepWindow, toDayRange } from "../store/timeWindow";
import { useIncursionStore } from "../store/store";

/** While playing, slide the window one day per tick at `playSpeed` days per second. */
export function usePlayback(): void {
  const playing = useIncursionStore((s) => s.playing);
  const playSpeed = useIncursionStore((s) => s.playSpeed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const state = useIncursionStore.getState();
      const extent = dataExtent(state.placeReports);
      if (!extent || !state.timeWindow) return state.setPlaying(false);
      state.setTimeWindow(fromDayRange(stepWindow(toDayRange(state.timeWindow), 1, extent)));
    }, 1000 / playSpeed);
    return () => clearInterval(timer);
  }, [playing, playSpeed]);
}
