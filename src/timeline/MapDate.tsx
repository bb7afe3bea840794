import { useIncursionStore } from "../store/store";
import { formatDay, formatDayRange } from "./formatDates";

/** The window's dates written on the map, large enough to read while it plays. */
export function MapDate() {
  const range = useIncursionStore((s) => s.timeWindow);
  const cumulative = useIncursionStore((s) => s.cumulative);
  if (!range) return null;
  return (
    <div className="map-date" data-testid="map-date" aria-live="off">
      {cumulative ? `Up to ${formatDay(range.toDay)}` : formatDayRange(range)}
    </div>
  );
}
