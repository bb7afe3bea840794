import { useIncursionStore } from "../store/store";
import type { DayRange } from "../store/timeWindow";
import { usePlayback } from "./usePlayback";

const SPEEDS = [1, 2, 5, 10, 30];

interface Props {
  onStep(days: number): void;
  onNextReport(): void;
  extent: DayRange;
  reportDays: readonly number[];
}

export function PlaybackControls({ onStep, onNextReport, extent, reportDays }: Props) {
  usePlayback(extent, reportDays);
  const playing = useIncursionStore((s) => s.playing);
  const playSpeed = useIncursionStore((s) => s.playSpeed);
  const cumulative = useIncursionStore((s) => s.cumulative);
  const { setPlaying, setPlaySpeed, setCumulative } = useIncursionStore.getState();
  return (
    <div className="playback">
      <button type="button" onClick={() => onStep(-1)} aria-label="Back one day" data-testid="step-back">◀</button>
      <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing} data-testid="play-pause">
        {playing ? "Pause" : "Play"}
      </button>
      <button type="button" onClick={() => onStep(1)} aria-label="Forward one day" data-testid="step-forward">▶</button>
      <button type="button" onClick={onNextReport} title="Move the window to the next day with reports" data-testid="next-report">Next report »</button>
      <label>
        Speed{" "}
        <select value={playSpeed} onChange={(e) => setPlaySpeed(Number(e.target.value))} data-testid="play-speed">
          {SPEEDS.map((s) => <option key={s} value={s}>{s} day{s === 1 ? "" : "s"}/s</option>)}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={cumulative} onChange={(e) => setCumulative(e.target.checked)} data-testid="cumulative" />{" "}
        Cumulative
      </label>
    </div>
  );
}
