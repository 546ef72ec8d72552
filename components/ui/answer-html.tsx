import { sanitizeAnswerHtml } from "@/lib/html/sanitize";

/**
 * Answer HTML is sanitised before it is stored; it is sanitised again here so
 * that a row written by any other path still cannot inject markup.
 */
export function AnswerHtml({ html }: { html: string }) {
  return <div className="answer-body" dangerouslySetInnerHTML={{ __html: sanitizeAnswerHtml(html) }} />;
}
