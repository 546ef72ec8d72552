import Link from "next/link";
import type { AnswerView } from "@/lib/data/question-detail";
import { formatDay } from "@/lib/dates";
import type { AnnotatedParagraph } from "@/lib/analysis/annotate";
import { AnswerHtml } from "@/components/ui/answer-html";
import { AnnotatedAnswer } from "@/components/question/annotated-answer";

const KIND_LABELS = { HOLDING: "Holding answer", SUBSTANTIVE: "Answer", CORRECTION: "Correction" } as const;

export function AnswerList({
  answers,
  questionId,
  annotations = {},
}: {
  answers: AnswerView[];
  questionId: number;
  /** Per answer id, its text with non-answers and figures marked. */
  annotations?: Record<number, AnnotatedParagraph[]>;
}) {
  if (answers.length === 0) return <p className="muted">No answer yet.</p>;
  const dates = new Map(answers.map((a) => [a.id, a.dateAnswered]));
  return (
    <>
      {answers.map((a) => {
        const others = a.questions.filter((q) => q.id !== questionId);
        const corrected = a.correctsAnswerId ? dates.get(a.correctsAnswerId) : undefined;
        return (
          <article key={a.id} id={`answer-${a.id}`} className={`answer answer--${a.kind}`} aria-label={`${KIND_LABELS[a.kind]} of ${formatDay(a.dateAnswered, "long")}`}>
            <h3>
              {KIND_LABELS[a.kind]}{" "}
              <span className="muted small">
                {a.dateIsApproximate ? `by ${formatDay(a.dateAnswered, "long")} (exact date not recorded)` : formatDay(a.dateAnswered, "long")}
              </span>
            </h3>
            <p className="meta">
              {a.answeringMember ? (
                <span>
                  Answered by <Link href={`/members/${a.answeringMember.id}`}>{a.answeringMember.name}</Link>
                  {a.answeringMember.party ? ` (${a.answeringMember.party})` : ""}
                </span>
              ) : (
                <span>Answering minister not recorded</span>
              )}
              {corrected ? <span>Corrects the answer of {formatDay(corrected, "long")}, kept below as it was first given</span> : null}
            </p>
            <AnswerBody html={a.html} annotated={annotations[a.id]} />
            {others.length > 0 ? (
              <p className="small muted">
                This answer also answers:{" "}
                {others.map((q, i) => (
                  <span key={q.id}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/questions/${q.id}`}>UIN {q.uin}</Link>
                  </span>
                ))}
              </p>
            ) : null}
          </article>
        );
      })}
    </>
  );
}

/**
 * The marked-up text by default, the published HTML one click away; for an answer
 * with tables the other way round, since plain text loses their layout.
 */
function AnswerBody({ html, annotated }: { html: string; annotated?: AnnotatedParagraph[] }) {
  const marked = annotated?.some((p) => p.some((s) => s.nonAnswer || s.figure));
  if (!annotated || !marked) return <AnswerHtml html={html} />;
  if (/<table/i.test(html)) {
    return (
      <>
        <AnswerHtml html={html} />
        <details className="as-published">
          <summary>Show the text with non-answers and figures marked</summary>
          <AnnotatedAnswer paragraphs={annotated} />
        </details>
      </>
    );
  }
  return (
    <>
      <AnnotatedAnswer paragraphs={annotated} />
      <details className="as-published">
        <summary>As published</summary>
        <AnswerHtml html={html} />
      </details>
    </>
  );
}
