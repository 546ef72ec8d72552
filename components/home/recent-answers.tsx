import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { listRecentAnswers } from "@/lib/data/answers";

type Item = Awaited<ReturnType<typeof listRecentAnswers>>[number];
const KIND = { HOLDING: "Holding answer", SUBSTANTIVE: "Answer", CORRECTION: "Correction" } as const;

export function RecentAnswers({ items }: { items: Item[] }) {
  if (items.length === 0) return <p className="muted">No answers recorded yet.</p>;
  return (
    <ul className="list">
      {items.map((a) => (
        <li key={a.id}>
          {/* A grouped answer answers several questions: name each one. */}
          {a.questions.map((q, i) => (
            <span key={q.id}>
              {i > 0 ? <span className="muted"> · </span> : null}
              <Link href={`/questions/${q.id}#answer-${a.id}`}>
                {q.heading} (UIN {q.uin})
              </Link>
            </span>
          ))}
          <div className="meta">
            <span>{KIND[a.kind]} {a.dateIsApproximate ? "by " : ""}{formatDay(a.dateAnswered)}</span>
            <span>{a.answeringMember ? a.answeringMember.name : a.answeringBody.name}</span>
            <span>to {a.askingMember.name}</span>
          </div>
          <p className="small snippet">{a.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}
