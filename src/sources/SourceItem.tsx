import type { DatedProperties } from "../data/placeReports";
import { formatSpan } from "../store/sourcing";
import { QuoteText } from "./QuoteText";
import { httpUrl } from "./safeUrl";

export function SourceItem({ report }: { report: DatedProperties }) {
  const href = httpUrl(report.source_url);
  const title = report.source_title ?? report.source_path;
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
        <dd>{formatSpan(report.date_start, report.date_end)}{report.time_precision !== "day" ? ` (${report.time_precision})` : ""}</dd>
        <dt>Role</dt>
        <dd>{report.role === "event" ? "event here" : "mentioned only"}</dd>
        <dt>Confidence</dt>
        <dd>{Math.round(report.confidence * 100)}%</dd>
      </dl>
      {report.quotes.map((quote, i) => <QuoteText key={i} quote={quote} />)}
    </article>
  );
}
