import type { KeyboardEvent } from "react";
import { dayToIso, isIsoDay, isoToDay } from "../contract/days";
import { useIncursionStore } from "../store/store";
import { fromDayRange, nextReportWindow, stepWindow } from "../store/timeWindow";
import { CampaignPicks } from "./CampaignPicks";
import { formatDay } from "./formatDates";
import { Histogram } from "./Histogram";
import { PlaybackControls } from "./PlaybackControls";
import { TimeAxis } from "./TimeAxis";
import { useTimeline } from "./useTimeline";

/** Range-input steps over the whole axis: fine enough that a squeezed day still has a few. */
const STEPS = 20_000;
const KEY_DAYS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 7, PageDown: -7 };

/**
 * The time window: two handles over a stacked histogram and a dated axis (arrow keys step
 * a day, Page keys a week), exact date fields, playback and campaign shortcuts. The start
 * handle sits just before its day and the end handle just after its day, so even a
 * one-day window has two handles side by side.
 */
export function TimeSlider() {
  const timeline = useTimeline();
  const range = useIncursionStore((s) => s.timeWindow);
  const campaigns = useIncursionStore((s) => s.campaigns);
  const setRange = useIncursionStore((s) => s.setTimeWindow);
  if (!timeline || !range) return <div className="timeline" data-testid="timeline">No dated reports.</div>;

  const { extent, scale, reportDays } = timeline;
  const { from, to } = fromDayRange(range);
  const step = (days: number) => setRange(stepWindow(range, days, extent));
  const setFrom = (fromDay: number) => setRange({ fromDay, toDay: Math.max(fromDay, range.toDay) });
  const setTo = (toDay: number) => setRange({ fromDay: Math.min(range.fromDay, toDay), toDay });
  const keyStep = (event: KeyboardEvent, move: (days: number) => void) => {
    const days = KEY_DAYS[event.key];
    if (event.key === "Home") move(-Infinity);
    else if (event.key === "End") move(Infinity);
    else if (days === undefined) return;
    else move(days);
    event.preventDefault();
  };
  const clampDay = (day: number) => Math.min(Math.max(day, extent.fromDay), extent.toDay);
  const pastData = range.toDay > timeline.dataExtent.toDay;

  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-track">
        <Histogram stacks={timeline.stacks} scale={scale} campaigns={campaigns} window={range} onPickDay={(day) => setRange({ fromDay: day, toDay: day })} />
        <input
          type="range" className="handle handle-from" aria-label="Window start"
          aria-valuetext={formatDay(range.fromDay)} data-testid="handle-from"
          min={0} max={STEPS} step={1} value={Math.round(scale.x(range.fromDay) * STEPS)}
          onChange={(e) => setFrom(scale.dayAt((Number(e.target.value) + 0.5) / STEPS))}
          onKeyDown={(e) => keyStep(e, (days) => setFrom(clampDay(range.fromDay + days)))}
        />
        <input
          type="range" className="handle handle-to" aria-label="Window end"
          aria-valuetext={formatDay(range.toDay)} data-testid="handle-to"
          min={0} max={STEPS} step={1} value={Math.round(scale.x(range.toDay + 1) * STEPS)}
          onChange={(e) => setTo(scale.dayAt((Number(e.target.value) - 0.5) / STEPS))}
          onKeyDown={(e) => keyStep(e, (days) => setTo(clampDay(range.toDay + days)))}
        />
      </div>
      <TimeAxis scale={scale} />
      {pastData && (
        <p className="timeline-note" data-testid="past-data-note">No reports after {formatDay(timeline.dataExtent.toDay)}.</p>
      )}
      <div className="timeline-controls">
        <label>
          From <DateField value={from} min={extent.fromDay} max={extent.toDay} testId="date-from"
            onChange={(iso) => setFrom(isoToDay(iso))} />
        </label>
        <label>
          To <DateField value={to} min={extent.fromDay} max={extent.toDay} testId="date-to"
            onChange={(iso) => setTo(isoToDay(iso))} />
        </label>
        <PlaybackControls onStep={step} onNextReport={() => setRange(nextReportWindow(range, extent, reportDays))} reportDays={reportDays} extent={extent} />
      </div>
      <CampaignPicks />
    </div>
  );
}

interface DateFieldProps {
  value: string;
  min: number;
  max: number;
  testId: string;
  onChange(iso: string): void;
}

function DateField({ value, min, max, testId, onChange }: DateFieldProps) {
  return (
    <input
      type="date" value={value} min={dayToIso(min)} max={dayToIso(max)} data-testid={testId}
      onChange={(e) => isIsoDay(e.target.value) && onChange(e.target.value)}
    />
  );
}
