import type { FollowUpView } from "@/lib/data/question-detail";
import { QuestionLink } from "@/components/ui/question-link";

export const FOLLOW_UP_KIND_LABELS = {
  EXPLICIT_REFERENCE: "Explicit reference",
  SAME_SUBJECT: "Same subject",
  UNRESOLVED_FIGURE: "Pursues an unresolved figure",
} as const;

/** `side` says which end of each link to show: the earlier ("from") or the later ("to") question. */
export function FollowUpList({ links, side, empty }: { links: FollowUpView[]; side: "from" | "to"; empty: string }) {
  if (links.length === 0) return <p className="muted small">{empty}</p>;
  return (
    <ul className="list">
      {links.map((l) => {
        const earlier = l.fromAnswerQuestions.length ? l.fromAnswerQuestions : [l.from];
        return (
          <li key={l.id}>
            {side === "to" ? (
              <QuestionLink question={l.to} />
            ) : (
              earlier.map((q, i) => (
                <div key={q.id}>
                  {i === 0 && l.from.viaAnswerId ? <span className="muted small">The answer to </span> : null}
                  <QuestionLink question={q} />
                </div>
              ))
            )}
            <div className="meta">
              <span className="badge">{FOLLOW_UP_KIND_LABELS[l.kind]}</span>
              {l.note ? <span>{l.note}</span> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
