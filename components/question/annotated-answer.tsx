import type { AnnotatedParagraph } from "@/lib/analysis/annotate";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";

/**
 * The answer's text with what it declined marked (by kind) and the figures it
 * stated marked too. Plain text only: every segment is rendered as text.
 */
export function AnnotatedAnswer({ paragraphs }: { paragraphs: AnnotatedParagraph[] }) {
  return (
    <div className="answer-body annotated">
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.map((s, j) => {
            const inner = s.figure ? (
              <mark className="figure-mark" title="Figure stated">
                {s.text}
              </mark>
            ) : (
              s.text
            );
            if (!s.nonAnswer) return <span key={j}>{inner}</span>;
            const label = nonAnswerLabel(s.nonAnswer) ?? s.nonAnswer;
            return (
              <mark key={j} className={`non-answer non-answer--${s.nonAnswer}`} data-kind={s.nonAnswer} title={`Non-answer: ${label}`} aria-label={`Non-answer (${label}): ${s.text}`}>
                {inner}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

export function AnnotationKey() {
  return (
    <p className="small muted annotation-key">
      <mark className="non-answer">Marked like this</mark>: a passage that declines or fails to answer.{" "}
      <mark className="figure-mark">Like this</mark>: a figure the answer states.
    </p>
  );
}
