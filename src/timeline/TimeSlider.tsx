import { useMemo } from "react";
import { dayToIso, isIsoDay } from "../data/days";
import { useIncursionStore } from "../store/store";
import { dataExtent, fromDayRange, stepWindow, toDayRange, type DayRange } from "../store/timeWindow";
import { CampaignPicks } from "./CampaignPicks";
import { Histogram } from "./Histogram";
import { histogram } from "./histogramBins";
import { PlaybackControls } from "./PlaybackControls";

/**
 * The time window: two range handles over a histogram (arrow keys step a day, as native
 * range inputs do), exact date fields, playback and campaign shortcuts.
 */
export function TimeSlider() {
  const placeReports = useIncursionStore((s) => s.placeReports);
  const showMentions = useIncursionStore((s) => s.showMentions);
  const timeWindow = useIncursionStore((s) => s.timeWindow);
  const setTimeWindow = useIncursionStore((s) => s.setTimeWindow);
  const extent = useMemo(() => dataExtent(placeReports), [placeReports]);
  const bins = useMemo(() => {
    if (!extent) return [];
    const counted = showMentions ? placeReports : placeReports.filter((f) => f.properties.role !== "mention");
    return histogram(counted, extent);
  }, [placeReports, showMentions, extent]);
  if (!extent || !timeWindow) return <div className="timeline" data-testid="timeline">No dated reports.</div>;

  const range = toDayRange(timeWindow);
  const setRange = (next: DayRange) => setTimeWindow(fromDayRange(next));
  const step = (days: number) => setRange(stepWindow(range, days, extent));
  const setFrom = (fromDay: number) => setRange({ fromDay, toDay: Math.max(fromDay, range.toDay) });
  const setTo = (toDay: number) => setRange({ fromDay: Math.min(range.fromDay, toDay), toDay });

  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-track">
        <Histogram bins={bins} extent={extent} window={range} onPick={setRange} />
        <input
          type="range" className="handle handle-from" aria-label="Window start"
          aria-valuetext={timeWindow.from} data-testid="handle-from"
          min={extent.fromDay} max={extent.toDay} step={1} value={range.fromDay}
          onChange={(e) => setFrom(Number(e.target.value))}
        />
        <input
          type="range" className="handle handle-to" aria-label="Window end"
          aria-valuetext={timeWindow.to} data-testid="handle-to"
          min={extent.fromDay} max={extent.toDay} step={1} value={range.toDay}
          onChange={(e) => setTo(Number(e.target.value))}
        />
      </div>
      <div className="timeline-controls">
        <label>
          From <DateField value={timeWindow.from} min={extent.fromDay} max={extent.toDay} testId="date-from"
            onChange={(iso) => setTimeWindow({ from: iso, to: iso > timeWindow.to ? iso : timeWindow.to })} />
        </label>
        <label>
          To <DateField value={timeWindow.to} min={extent.fromDay} max={extent.toDay} testId="date-to"
            onChange={(iso) => setTimeWindow({ from: iso < timeWindow.from ? iso : timeWindow.from, to: iso })} />
        </label>
        <PlaybackControls onStep={step} />
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
