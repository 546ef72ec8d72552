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
        const q = side === "from" ? l.from : l.to;
        return (
          <li key={l.id}>
            <QuestionLink question={q} />
            <div className="meta">
              <span className="badge">{FOLLOW_UP_KIND_LABELS[l.kind]}</span>
              {side === "from" && l.from.viaAnswerId ? <span>via its answer</span> : null}
              {l.note ? <span>{l.note}</span> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
