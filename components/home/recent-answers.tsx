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
          <Link href={`/questions/${a.question.id}#answer-${a.id}`}>{a.question.heading}</Link>
          <div className="meta">
            <span>{KIND[a.kind]} {a.dateIsApproximate ? "by " : ""}{formatDay(a.dateAnswered)}</span>
            <span>UIN {a.question.uin}</span>
            <span>{a.answeringMember ? a.answeringMember.name : a.question.answeringBody.name}</span>
            <span>to {a.question.askingMember.name}</span>
          </div>
          <p className="small snippet">{a.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}
