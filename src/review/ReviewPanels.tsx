import { useMemo, useState } from "react";
import type { PlaceReport, TimePrecision, UnresolvedPlace } from "../contract/placeReport";
import { reportAnchor, unresolvedAnchor } from "../corrections/anchor";
import { middleOf } from "../corrections/searchPlaces";
import type { DatedProperties, DatedPlaceReport } from "../data/placeReports";
import { visibleDayRange } from "../store/derived";
import { useIncursionStore } from "../store/store";
import { newCorrection } from "./newCorrection";
import { PlaceDialog, type PlaceDialogProps } from "./PlaceDialog";
import { queueGroups } from "./workQueue";

/** The unresolved names as a work queue (workQueue.ts), with outlet and date. */
export function WorkQueue() {
  const unresolved = useIncursionStore((s) => s.unresolved);
  const placeReports = useIncursionStore((s) => s.placeReports);
  const datasetIndex = useIncursionStore((s) => s.datasetIndex);
  const timeWindow = useIncursionStore((s) => s.timeWindow);
  const cumulative = useIncursionStore((s) => s.cumulative);
  const range = useMemo(() => visibleDayRange({ timeWindow, cumulative, datasetIndex }), [timeWindow, cumulative, datasetIndex]);
  const [open, setOpen] = useState<string | null>(null);
  const groups = useMemo(() => queueGroups(unresolved, range), [unresolved, range]);
  return (
    <section className="unresolved work-queue" data-testid="work-queue" aria-labelledby="work-queue-heading">
      <h2 id="work-queue-heading">To place ({groups.length} names)</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.key} data-testid="queue-row" data-name={g.mention}>
            <strong>{g.mention}</strong> <span className="count">×{g.rows.length}</span>
            {g.events > 0 && <span className="muted"> · {g.events} event {g.events === 1 ? "sentence" : "sentences"}</span>}
            {g.drawn > 0 && <span className="muted" data-testid="queue-drawn"> · drawn approximately meanwhile</span>}
            <div className="muted">{sourcesLine(g.rows)}</div>
            <div className="review-actions">
              <button type="button" onClick={() => setOpen(g.key)} data-testid="queue-place">Place…</button>
              <button
                type="button"
                data-testid="queue-reject"
                onClick={() => useIncursionStore.getState().addCorrection(newCorrection({ action: "reject_everywhere", name: g.mention }))}
              >
                Not a place
              </button>
            </div>
            {open === g.key && (
              <PlaceDialog mode="place" name={g.mention} anchor={firstAnchor(g.rows)} near={articleMiddle(placeReports, g.rows[0]?.source_id)} onClose={() => setOpen(null)} />
            )}
            <details>
              <summary>Sentences</summary>
              {g.rows.map((r, i) => <p key={i} className="muted">{r.sentence}</p>)}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

function sourcesLine(rows: readonly UnresolvedPlace[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const r of rows) {
    const part = `${r.source_outlet ?? r.source_title ?? r.source_path}${r.source_published ? ` · ${r.source_published}` : ""}`;
    if (!seen.has(part)) seen.add(part), parts.push(part);
  }
  return parts.slice(0, 3).join("; ") + (parts.length > 3 ? `; and ${parts.length - 3} more` : "");
}

function firstAnchor(rows: readonly UnresolvedPlace[]) {
  for (const r of rows) {
    const anchor = unresolvedAnchor(r);
    if (anchor) return anchor;
  }
  return null;
}

function articleMiddle(reports: readonly DatedPlaceReport[], sourceId: string | undefined) {
  if (!sourceId) return null;
  const points = reports
    .filter((r) => r.properties.source_id === sourceId && r.properties.kind !== "country")
    .map((r) => ({ lon: r.geometry.coordinates[0], lat: r.geometry.coordinates[1] }));
  return middleOf(points);
}

const PRECISIONS: TimePrecision[] = ["day", "week", "month", "year", "unknown"];

/** An editor's actions on one report: confirm, flip role, date, move, reject. */
export function ReportActions({ report }: { report: DatedProperties }) {
  const placeReports = useIncursionStore((s) => s.placeReports);
  const [dialog, setDialog] = useState<Omit<PlaceDialogProps, "onClose"> | null>(null);
  const [dating, setDating] = useState(false);
  const [start, setStart] = useState(report.date_start ?? "");
  const [end, setEnd] = useState(report.date_end ?? "");
  const [precision, setPrecision] = useState<TimePrecision>(report.time_precision);
  const anchor = reportAnchor({ type: "Feature", geometry: { type: "Point", coordinates: [0, 0] }, properties: report } as PlaceReport);
  const add = useIncursionStore.getState().addCorrection;
  const mention = anchor.mention;
  return (
    <div className="review-actions" role="group" aria-label={`Review ${report.name} in this article`} data-testid="review-actions">
      <button type="button" data-testid="review-confirm" onClick={() => add(newCorrection({ action: "confirm", anchor }))}>Confirm</button>
      <button type="button" data-testid="review-flip-role" onClick={() => add(newCorrection({ action: "role", anchor, role: report.role === "event" ? "mention" : "event" }))}>
        Make {report.role === "event" ? "a mention" : "an event"}
      </button>
      <button type="button" data-testid="review-dates" aria-expanded={dating} onClick={() => setDating(!dating)}>Dates…</button>
      <button type="button" data-testid="review-move" onClick={() => setDialog({ mode: "move", name: mention, anchor, near: articleMiddle(placeReports.filter((r) => r.properties.place_id !== report.place_id), report.source_id) })}>
        Move…
      </button>
      <button type="button" data-testid="review-reject" onClick={() => add(newCorrection({ action: "reject", anchor }))}>Not a place here</button>
      <button type="button" data-testid="review-reject-everywhere" onClick={() => add(newCorrection({ action: "reject_everywhere", name: mention }))}>
        “{mention}” is never a place
      </button>
      {dating && (
        <form
          data-testid="review-dates-form"
          onSubmit={(e) => {
            e.preventDefault();
            add(newCorrection({ action: "date", anchor, date_start: start || null, date_end: end || start || null, time_precision: start ? precision : "unknown" }));
            setDating(false);
          }}
        >
          <label>From <input type="date" value={start} onChange={(e) => setStart(e.target.value)} data-testid="review-date-start" /></label>{" "}
          <label>to <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} data-testid="review-date-end" /></label>{" "}
          <label>
            precision{" "}
            <select value={precision} onChange={(e) => setPrecision(e.target.value as TimePrecision)}>
              {PRECISIONS.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>{" "}
          <button type="submit" data-testid="review-date-save">Save dates</button>
        </form>
      )}
      {dialog && <PlaceDialog {...dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}
