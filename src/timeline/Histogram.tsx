import { useMemo } from "react";
import type { DayRange } from "../store/timeWindow";
import type { HistogramBin } from "./histogramBins";

interface Props {
  bins: HistogramBin[];
  extent: DayRange;
  window: DayRange;
  onPick(range: DayRange): void;
}

/** Bars of reports over time; clicking a bar picks its day (or week). Pointer only: the inputs below carry the keyboard. */
export function Histogram({ bins, extent, window, onPick }: Props) {
  const max = useMemo(() => Math.max(1, ...bins.map((b) => b.count)), [bins]);
  const span = extent.toDay - extent.fromDay + 1;
  const x = (day: number) => ((day - extent.fromDay) / span) * 100;
  return (
    <svg className="histogram" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true" data-testid="histogram">
      <rect className="histogram-window" x={x(window.fromDay)} width={Math.max(x(window.toDay + 1) - x(window.fromDay), 0.3)} y={0} height={30} />
      {bins.map((bin) => (
        <rect
          key={bin.fromDay}
          className={bin.count > 0 ? "histogram-bar" : "histogram-empty"}
          x={x(bin.fromDay)}
          width={Math.max(x(bin.toDay + 1) - x(bin.fromDay) - 0.05, 0.15)}
          y={bin.count > 0 ? 30 - Math.max((bin.count / max) * 28, 2) : 0}
          height={bin.count > 0 ? Math.max((bin.count / max) * 28, 2) : 30}
          onClick={() => onPick({ fromDay: bin.fromDay, toDay: bin.toDay })}
        />
      ))}
    </svg>
  );
}
