import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/domain/question-status";

export function StatusBadge({ status, overdue = false }: { status: QuestionStatus; overdue?: boolean }) {
  return (
    <span className="status">
      <span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span>
      {overdue ? (
        <>
          {" "}
          <span className="badge badge--OVERDUE">Overdue</span>
        </>
      ) : null}
    </span>
  );
}
