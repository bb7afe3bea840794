import type { DatedProperties } from "../data/placeReports";
import { ReportActionsSlot } from "../review/lazyPanels";
import { formatSpan } from "../store/sourcing";
import { useIncursionStore } from "../store/store";
import { dateSourceNote } from "./precisionNote";
import { QuoteText } from "./QuoteText";
import { httpUrl } from "../data/safeUrl";

export function SourceItem({ report }: { report: DatedProperties }) {
  const href = httpUrl(report.source_url);
  const title = report.source_title ?? report.source_path;
  const reviewMode = useIncursionStore((s) => s.reviewMode);
  return (
    <article className="source-item" data-testid="source-item" data-source-id={report.source_id}>
      <header>
        <span className="outlet">{report.source_outlet ?? "Unknown outlet"}</span>
        <h3 className="source-title" data-testid="source-title">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">{title}</a>
          ) : (
            title
          )}
        </h3>
      </header>
      <dl className="source-dates">
        <dt>Published</dt>
        <dd>{report.source_published ?? "unknown"}</dd>
        <dt>Event</dt>
        <dd>
          {formatSpan(report.date_start, report.date_end)}
          <span className="date-source" data-testid="date-source"> ({dateSourceNote(report)})</span>
        </dd>
        <dt>Role</dt>
        <dd>{report.role === "event" ? "event here" : "mentioned only"}</dd>
        <dt>Confidence</dt>
        <dd>{Math.round(report.confidence * 100)}%</dd>
      </dl>
      {report.review && report.review !== "unreviewed" && (
        <p className="reviewed" data-testid="reviewed-note">
          {report.review === "confirmed" ? "Checked by an editor" : `Corrected by an editor${correctedWhat(report)}`}
          {report.review_notes?.length ? `: ${report.review_notes.join("; ")}` : "."}
        </p>
      )}
      {report.quotes.map((quote, i) => <QuoteText key={i} quote={quote} />)}
      {reviewMode && <ReportActionsSlot report={report} />}
    </article>
  );
}

/** What the parser had said, in words: "(the parser had: unresolved; mention)". */
function correctedWhat(report: DatedProperties): string {
  const was = report.corrected_from;
  if (!was) return "";
  const parts: string[] = [];
  if ("place_id" in was) parts.push(was.place_id === null ? "not placed" : `placed at ${was.name ?? was.place_id}`);
  if (was.role) parts.push(`read as ${was.role === "event" ? "an event" : "a mention"}`);
  if ("date_start" in was) parts.push(`dated ${formatSpan(was.date_start ?? null, was.date_end ?? null)}`);
  return parts.length > 0 ? ` (the parser had it ${parts.join(", ")})` : "";
}
