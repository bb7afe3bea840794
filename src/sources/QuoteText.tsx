import type { Quote } from "../contract/placeReport";

/**
 * The quote as three text nodes around the mention. Offsets come from the data, so they
 * are clamped rather than trusted; the text is never interpreted as HTML.
 */
export function QuoteText({ quote }: { quote: Quote }) {
  const { text } = quote;
  const start = Math.min(Math.max(quote.start, 0), text.length);
  const end = Math.min(Math.max(quote.end, start), text.length);
  return (
    <blockquote className="quote" data-testid="source-quote">
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </blockquote>
  );
}
