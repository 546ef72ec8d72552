import Link from "next/link";
import type { SearchResultItem } from "@/lib/data/search";
import { formatDay } from "@/lib/dates";
import { StatusBadge } from "@/components/ui/status-badge";
import { HighlightedText } from "@/components/search/highlighted-text";
import { uinLabel } from "@/lib/domain/house";

const ANSWER_LABELS = { HOLDING: "Holding answer", SUBSTANTIVE: "Answer", CORRECTION: "Correction" } as const;

export function SearchResultItemView({ item }: { item: SearchResultItem }) {
  const { question: q, answer } = item;
  return (
    <li className="search-result">
      <h3 className="search-result__heading">
        <Link href={`/questions/${q.id}`}>
          <HighlightedText segments={item.headingSegments} />
        </Link>
      </h3>
      <p className="meta">
        <span>{uinLabel(q)}</span>
        <Link href={`/members/${q.askingMember.id}`}>{q.askingMember.name}</Link>
        <Link href={`/departments/${q.answeringBody.id}`}>{q.answeringBody.name}</Link>
        <span>Tabled {formatDay(q.dateTabled)}</span>
        <StatusBadge status={q.status} overdue={q.overdue} />
      </p>
      {item.snippetSegments.length ? (
        <p className="snippet" data-source={item.snippetSource}>
          <span className="snippet__source">
            {answer
              ? `${ANSWER_LABELS[answer.kind]}${answer.answeringMemberName ? ` by ${answer.answeringMemberName}` : ""}, ${formatDay(answer.dateAnswered)}: `
              : "Question: "}
          </span>
          <HighlightedText segments={item.snippetSegments} />
        </p>
      ) : null}
    </li>
  );
}
