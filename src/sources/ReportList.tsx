import { useMemo } from "react";
import { dayToIso } from "../data/days";
import { useIncursionStore } from "../store/store";
import { visiblePlaceReports } from "../store/derived";
import { placeSummaries } from "../store/selectors";
import { formatSpan } from "../store/sourcing";

const PRECISION_NOTE = { exact: "", district: " (district)", region: " (region)", country: " (country)" } as const;

/** The accessible alternative to the map: every place drawn in the current window. */
export function ReportList() {
  const visible = useIncursionStore(visiblePlaceReports);
  const selection = useIncursionStore((s) => s.selection);
  const select = useIncursionStore((s) => s.select);
  const summaries = useMemo(() => placeSummaries(visible), [visible]);
  return (
    <section className="report-list" aria-labelledby="report-list-heading">
      <h2 id="report-list-heading">Places in this window <span data-testid="report-count">({summaries.length})</span></h2>
      {summaries.length === 0 && <p>No reports in this window.</p>}
      <ul data-testid="report-list">
        {summaries.map((s) => (
          <li key={s.placeId}>
            <button
              type="button"
              data-testid="report-item"
              data-place-id={s.placeId}
              aria-pressed={s.placeId === selection}
              onClick={() => select(s.placeId === selection ? null : s.placeId)}
            >
              <span className="place-name" data-testid="report-place">{s.name}</span>
              {PRECISION_NOTE[s.geoPrecision]}
              <span className="report-meta">
                {formatSpan(dayToIso(s.firstDay), dayToIso(s.lastDay))} · {s.sourceCount} {s.sourceCount === 1 ? "source" : "sources"}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
