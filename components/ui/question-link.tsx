import Link from "next/link";
import type { QuestionRef } from "@/lib/data/dto";
import { formatDay } from "@/lib/dates";
import { StatusBadge } from "@/components/ui/status-badge";
import { uinLabel } from "@/lib/domain/house";

/** One line naming a question: UIN, heading, date tabled, status. */
export function QuestionLink({ question, showStatus = true }: { question: QuestionRef; showStatus?: boolean }) {
  return (
    <span className="question-link">
      <Link href={`/questions/${question.id}`}>
        {uinLabel(question)}: {question.heading}
      </Link>{" "}
      <span className="muted small">tabled {formatDay(question.dateTabled)}</span>
      {showStatus ? (
        <>
          {" "}
          <StatusBadge status={question.status} overdue={question.overdue} />
        </>
      ) : null}
    </span>
  );
}
