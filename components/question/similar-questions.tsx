import Link from "next/link";
import type { SimilarQuestion } from "@/lib/data/similar";
import { formatDay } from "@/lib/dates";
import { QuestionLink } from "@/components/ui/question-link";

/**
 * "More like this": earlier questions on the same subject and how they were
 * answered, so a reader sees what has already been asked (and dodged) before.
 * `linkedIds` marks those already linked as what this question follows up.
 */
export function SimilarQuestions({ items, linkedIds }: { items: SimilarQuestion[]; linkedIds: ReadonlySet<number> }) {
  return (
    <section aria-labelledby="similar-heading" className="card similar-questions">
      <h2 id="similar-heading">More like this</h2>
      {items.length === 0 ? (
        <p className="muted small">No earlier question on this subject was found.</p>
      ) : (
        <>
          <p className="muted small">Earlier questions on the same subject, closest first.</p>
          <ol className="list">
            {items.map((s) => (
              <li key={s.id}>
                <QuestionLink question={s} />
                <div className="meta">
                  <Link href={`/members/${s.askingMember.id}`}>{s.askingMember.name}</Link>
                  <Link href={`/departments/${s.answeringBody.id}`}>{s.answeringBody.name}</Link>
                  {s.groupedCount ? <span>and {s.groupedCount === 1 ? "1 question" : `${s.groupedCount} questions`} answered with it</span> : null}
                  {linkedIds.has(s.id) ? <span className="badge">Linked as a follow-up</span> : null}
                </div>
                {s.answer ? (
                  <p className="small">
                    <span className="muted">Answered {formatDay(s.answer.dateAnswered)}:</span> {s.answer.excerpt}
                  </p>
                ) : null}
                <p className="muted small">
                  Shares {s.sharedTerms.slice(0, 5).join(", ") || "its subject"} · {Math.round(s.score * 100)}% match
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
