import { quoteInContext } from "@/lib/domain/figure-ledger";

/**
 * The quote highlighted where it stands in the answer; on its own, as a
 * blockquote, when the answer's text does not contain it. Text only, never HTML.
 */
export function QuoteInContext({ text, quote }: { text: string | null; quote: string }) {
  const ctx = text ? quoteInContext(text, quote) : null;
  if (!ctx) {
    return (
      <blockquote className="chain-quote">
        <p>“{quote}”</p>
      </blockquote>
    );
  }
  return (
    <blockquote className="chain-quote chain-quote--in-context">
      <p>
        {ctx.clippedStart ? "… " : null}
        {ctx.before}
        <mark>{ctx.match}</mark>
        {ctx.after}
        {ctx.clippedEnd ? " …" : null}
      </p>
    </blockquote>
  );
}
