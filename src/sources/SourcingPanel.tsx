import { useEffect, useMemo, useRef } from "react";
import { useIncursionStore } from "../store/store";
import { placeSourcing } from "../store/sourcing";
import { approximateNote } from "./approximateNote";
import { precisionNote } from "./precisionNote";
import { SourceItem } from "./SourceItem";

export function SourcingPanel() {
  const selection = useIncursionStore((s) => s.selection);
  const placeReports = useIncursionStore((s) => s.placeReports);
  const select = useIncursionStore((s) => s.select);
  const panel = useRef<HTMLElement>(null);
  const sourcing = useMemo(
    () => (selection ? placeSourcing(placeReports, selection) : null),
    [placeReports, selection],
  );
  // A new place brings its sourcing into view (the panel is a bottom sheet on phones).
  useEffect(() => {
    panel.current?.scrollIntoView({ block: "start", behavior: "instant" });
  }, [selection]);
  if (!selection) return null;
  if (!sourcing) {
    return <section ref={panel} className="sourcing" data-testid="sourcing-panel"><p>No reports for {selection} in this dataset.</p></section>;
  }
  const outlets = sourcing.independentOutlets;
  // Text, never HTML: the name comes from the article.
  const note = approximateNote(sourcing.reports[0]!);
  return (
    <section ref={panel} className="sourcing" data-testid="sourcing-panel" aria-labelledby="sourcing-heading">
      <div className="sourcing-head">
        <h2 id="sourcing-heading" data-testid="sourcing-place">{sourcing.name}</h2>
        <button type="button" onClick={() => select(null)} aria-label="Close sourcing panel" data-testid="close-sourcing">×</button>
      </div>
      {note && <p className="approximate-note" data-testid="approximate-note">{note}</p>}
      <p className="precision-note" data-testid="geo-precision">{precisionNote(sourcing.reports[0]!)}</p>
      <p data-testid="outlet-count">
        Reported by {outlets} independent {outlets === 1 ? "outlet" : "outlets"} in {sourcing.reports.length} {sourcing.reports.length === 1 ? "article" : "articles"}.
      </p>
      {sourcing.eventDateClaims.length > 1 && (
        <p className="disagreement" data-testid="date-disagreement">
          Sources disagree on when: {sourcing.eventDateClaims.join("; ")}.
        </p>
      )}
      {sourcing.reports.map((report) => (
        <SourceItem key={`${report.source_id}-${report.report_index}`} report={report} />
      ))}
    </section>
  );
}
