import { useEffect, useRef } from "react";
import { playbackStep, type DayRange } from "../store/timeWindow";
import { useIncursionStore } from "../store/store";

/**
 * While playing, slide the window a day per tick at `playSpeed` days per second, jumping
 * over stretches without reports (see playbackStep).
 */
export function usePlayback(extent: DayRange, reportDays: readonly number[]): void {
  const playing = useIncursionStore((s) => s.playing);
  const playSpeed = useIncursionStore((s) => s.playSpeed);
  // The ticker reads the latest days without restarting on every dataset or toggle change.
  const latest = useRef({ extent, reportDays });
  latest.current = { extent, reportDays };
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const state = useIncursionStore.getState();
      if (!state.timeWindow) return state.setPlaying(false);
      const { extent: span, reportDays: days } = latest.current;
      state.setTimeWindow(playbackStep(state.timeWindow, span, days));
    }, 1000 / playSpeed);
    return () => clearInterval(timer);
  }, [playing, playSpeed]);
}
