import { useEffect, useMemo, useRef } from "react";
import { useIncursionStore } from "../store/store";
import { visiblePlaceReports } from "../store/derived";
import { placeSourcing } from "../store/sourcing";
import { approximateNote } from "./approximateNote";
import { contestedSummary } from "../claims/claimWords";
import { precisionNote } from "./precisionNote";
import { SourceItem } from "./SourceItem";

/** Loaded when a place is first selected (SourcingSlot), so readers who never click pay nothing on first load. */
export default function SourcingPanel() {
  const selection = useIncursionStore((s) => s.selection);
  const placeReports = useIncursionStore((s) => s.placeReports);
  const visible = useIncursionStore(visiblePlaceReports);
  const select = useIncursionStore((s) => s.select);
  const filtering = useIncursionStore((s) => s.claimKinds !== null);
  const panel = useRef<HTMLElement>(null);
  // The same reports, and the same count of sources, as the map and the list.
  const sourcing = useMemo(
    () => (selection ? placeSourcing(visible.reports, placeReports, selection) : null),
    [visible, placeReports, selection],
  );
  useEffect(() => {
    if (!selection) return;
    const close = (event: KeyboardEvent) => {
      // A dialog or popover that handled Escape first keeps the panel open.
      if (event.key === "Escape" && !event.defaultPrevented) select(null);
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [selection, select]);
  // A new place brings its sourcing into view (the panel is a bottom sheet on phones).
  useEffect(() => {
    panel.current?.scrollIntoView({ block: "start", behavior: "instant" });
  }, [selection]);
  if (!selection) return null;
  if (!sourcing) {
    return <section ref={panel} className="sourcing" data-testid="sourcing-panel"><p>No reports for {selection} in this dataset.</p></section>;
  }
  const { eventSources, eventOutlets, mentionOnlyArticles, outsideWindow } = sourcing;
  // Text, never HTML: the name comes from the article.
  const note = approximateNote(sourcing.place);
  const contested = contestedSummary(sourcing.reports);
  return (
    <section ref={panel} className="sourcing" data-testid="sourcing-panel" aria-labelledby="sourcing-heading">
      <div className="sourcing-head">
        <h2 id="sourcing-heading" data-testid="sourcing-place">{sourcing.name}</h2>
        <button type="button" onClick={() => select(null)} aria-label="Close sourcing panel" data-testid="close-sourcing">×</button>
      </div>
      {note && <p className="approximate-note" data-testid="approximate-note">{note}</p>}
      <p className="precision-note" data-testid="geo-precision">{precisionNote(sourcing.place)}</p>
      <p data-testid="outlet-count">
        <span data-testid="event-source-count" data-count={eventSources}>
          {eventSources === 0
            ? "No article in this window reports an event here"
            : `Reported by ${eventOutlets} independent ${eventOutlets === 1 ? "outlet" : "outlets"} in ${eventSources} ${eventSources === 1 ? "article" : "articles"} in this window`}
        </span>
        {mentionOnlyArticles > 0 && `; mentioned only in ${mentionOnlyArticles} more`}
        {"."}
        {outsideWindow > 0 && ` ${outsideWindow} ${outsideWindow === 1 ? "article" : "articles"} outside this window (or only mentioning it, with mentions hidden${filtering ? ", or left out by the claims filter" : ""}).`}
      </p>
      {contested && (
        <p className="contested" data-testid="contested-note">
          Contested: {contested}
        </p>
      )}
      {sourcing.dateDisagreements.map((claims) => (
        <p key={claims.join()} className="disagreement" data-testid="date-disagreement">
          Sources disagree on when: {claims.join("; ")}.
        </p>
      ))}
      {sourcing.reports.map((report) => (
        <SourceItem key={`${report.source_id}-${report.report_index}`} report={report} />
      ))}
    </section>
  );
}
