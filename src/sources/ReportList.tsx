import { memo, useDeferredValue, useMemo } from "react";
import { dayToIso } from "../contract/days";
import { useIncursionStore } from "../store/store";
import { visiblePlaceReports } from "../store/derived";
import { placeSummaries, type PlaceSummary } from "../store/selectors";
import { formatSpan } from "../store/sourcing";

const PRECISION_NOTE = { exact: "", district: " (district)", region: " (region)", country: " (country)", near: " (near)" } as const;

/** The accessible alternative to the map: every place drawn in the current window. */
export function ReportList() {
  const current = useIncursionStore(visiblePlaceReports);
  // The map follows a window change within the input's own task; the list follows once the
  // main thread is free, rendered by React in interruptible slices, so neither a scrub nor a
  // new dataset waits for thousands of rows. The visible reports carry their dataset's numbering.
  const shown = useDeferredValue(current);
  const selection = useIncursionStore((s) => s.selection);
  const select = useIncursionStore((s) => s.select);
  const summaries = useMemo(() => placeSummaries(shown), [shown]);
  return (
    <section className="report-list" aria-labelledby="report-list-heading" aria-busy={shown !== current}>
      <h2 id="report-list-heading">Places in this window <span data-testid="report-count">({summaries.length})</span></h2>
      {summaries.length === 0 && <p>No reports in this window.</p>}
      <PlaceRows summaries={summaries} selection={selection} select={select} />
    </section>
  );
}

interface RowsProps {
  summaries: readonly PlaceSummary[];
  selection: string | null;
  select: (placeId: string | null) => void;
}

// A window change re-renders the list with the rows it already shows (they follow deferred);
// as one memoised component they are then skipped whole instead of compared row by row.
const PlaceRows = memo(function PlaceRows({ summaries, selection, select }: RowsProps) {
  return (
    <ul data-testid="report-list">
      {summaries.map((s) => (
        <ReportRow
          key={s.placeId}
          placeId={s.placeId}
          name={s.name}
          geoPrecision={s.geoPrecision}
          approximate={s.approximate}
          firstDay={s.firstDay}
          lastDay={s.lastDay}
          sourceCount={s.sourceCount}
          selected={s.placeId === selection}
          select={select}
        />
      ))}
    </ul>
  );
});

type RowProps = Omit<PlaceSummary, "campaign"> & { selected: boolean; select: (placeId: string | null) => void };

// While scrubbing, most places keep their row as it was; only the rows whose figures change re-render.
const ReportRow = memo(function ReportRow({ placeId, name, geoPrecision, approximate, firstDay, lastDay, sourceCount, selected, select }: RowProps) {
  return (
    <li>
      <button
        type="button"
        data-testid="report-item"
        data-place-id={placeId}
        aria-pressed={selected}
        onClick={() => select(selected ? null : placeId)}
      >
        <span className="place-name" data-testid="report-place">{name}</span>
        {approximate ? " (approximate)" : PRECISION_NOTE[geoPrecision]}
        <span className="report-meta">
          {formatSpan(dayToIso(firstDay), dayToIso(lastDay))} ·{" "}
          <span data-testid="report-sources">{sourceCount === 0 ? "mentioned only" : `${sourceCount} ${sourceCount === 1 ? "source" : "sources"}`}</span>
        </span>
      </button>
    </li>
  );
});
