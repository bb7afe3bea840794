import { useEffect, useMemo, useRef, useState } from "react";
import { dayToIso } from "../contract/days";
import { axisLabels, type TimeScale } from "./timeScale";

/** Year and month labels under the histogram, as many as the track's width holds. */
export function TimeAxis({ scale }: { scale: TimeScale }) {
  const axis = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  useEffect(() => {
    const element = axis.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidthPx(element.clientWidth));
    observer.observe(element);
    setWidthPx(element.clientWidth);
    return () => observer.disconnect();
  }, []);
  const labels = useMemo(() => (widthPx > 0 ? axisLabels(scale, widthPx) : []), [scale, widthPx]);
  return (
    <div ref={axis} className="time-axis" aria-hidden="true" data-testid="time-axis">
      {scale.segments.filter((s) => s.compressed).map((s) => (
        <span key={s.fromDay} className="axis-break" style={{ left: `${((s.x0 + s.x1) / 2) * 100}%` }} title="Months without reports, drawn shorter">≈</span>
      ))}
      {labels.map((label) => (
        <span
          key={label.day} className={label.major ? "axis-label major" : "axis-label"} data-testid="axis-label"
          data-day={dayToIso(label.day)} style={{ left: `${label.x * 100}%` }}
        >
          {label.text}
        </span>
      ))}
    </div>
  );
}
