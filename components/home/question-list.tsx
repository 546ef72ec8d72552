import Link from "next/link";
import type { QuestionListItem } from "@/lib/data/questions";
import { formatDay } from "@/lib/dates";
import { StatusBadge } from "@/components/ui/status-badge";

export function QuestionList({ items, empty, showDue = false }: { items: QuestionListItem[]; empty: string; showDue?: boolean }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="list">
      {items.map((q) => (
        <li key={q.id} className={q.overdue ? "overdue" : undefined}>
          <Link href={`/questions/${q.id}`}>{q.heading}</Link>
          <div className="meta">
            <span>UIN {q.uin}</span>
            <Link href={`/members/${q.askingMember.id}`}>{q.askingMember.name}</Link>
            <span>{q.answeringBody.name}</span>
            <span>{showDue && q.dateForAnswer ? `due ${formatDay(q.dateForAnswer)}` : `tabled ${formatDay(q.dateTabled)}`}</span>
            <StatusBadge status={q.status} overdue={q.overdue} />
          </div>
        </li>
      ))}
    </ul>
  );
}
