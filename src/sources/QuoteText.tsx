import type { Quote } from "../contract/placeReport";
import { claimLine, KIND_LABEL } from "../claims/claimWords";

/**
 * The quote as three text nodes around the mention. Offsets come from the data, so they
 * are clamped rather than trusted; the text is never interpreted as HTML.
 */
export function QuoteText({ quote }: { quote: Quote }) {
  const { text } = quote;
  const start = Math.min(Math.max(quote.start, 0), text.length);
  const end = Math.min(Math.max(quote.end, start), text.length);
  // Who says so, as React text: the claimant's name comes from the article.
  const claim = claimLine(quote);
  return (
    <>
      {claim && (
        <p className={`claim claim-${claim.stance}`} data-testid="quote-claim" data-kind={claim.kind} data-stance={claim.stance}>
          {claim.who} <span className={`claimant-badge kind-${claim.kind}`}>{KIND_LABEL[claim.kind]}</span> {claim.stance === "denies" ? <strong>denies</strong> : claim.verb}:
        </p>
      )}
      <blockquote className="quote" data-testid="source-quote">
        {text.slice(0, start)}
        <mark>{text.slice(start, end)}</mark>
        {text.slice(end)}
      </blockquote>
    </>
  );
}
