import Link from "next/link";
import type { AnswerView } from "@/lib/data/question-detail";
import { formatDay } from "@/lib/dates";
import { AnswerHtml } from "@/components/ui/answer-html";

const KIND_LABELS = { HOLDING: "Holding answer", SUBSTANTIVE: "Answer", CORRECTION: "Correction" } as const;

export function AnswerList({ answers, questionId }: { answers: AnswerView[]; questionId: number }) {
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
            <AnswerHtml html={a.html} />
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
