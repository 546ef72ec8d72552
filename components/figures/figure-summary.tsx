import Link from "next/link";
import type { FigureChain } from "@/lib/data/figure-chain";
import { formatDay } from "@/lib/dates";
import { withoutRepeatedUnit } from "@/lib/domain/figure-ledger";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";
import { FigureStatusBadge, figureValueLabel } from "@/components/ui/figure-status-badge";

/** Says plainly when a figure is not (or not yet) a ledger record. */
export function ReviewNotice({ chain }: { chain: FigureChain }) {
  const { reviewState, createdBy, recordedOn, reviewedOn } = chain.figure;
  if (reviewState === "SUGGESTED") {
    return (
      <p className="alert alert--notice" role="status">
        <strong>Suggested, awaiting review.</strong> This figure was proposed by {createdBy} on {formatDay(recordedOn)} and is not in the
        ledger until an editor accepts it.
      </p>
    );
  }
  if (reviewState === "REJECTED") {
    return (
      <p className="alert alert--error" role="status">
        <strong>Rejected.</strong> An editor rejected this suggested figure{reviewedOn ? ` on ${formatDay(reviewedOn)}` : ""}. It is kept so
        that it is not suggested again, and it is not in the ledger.
      </p>
    );
  }
  return null;
}

export function FigureSummary({ chain }: { chain: FigureChain }) {
  const { figure, answeringBody } = chain;
  const kind = nonAnswerLabel(chain.declinedAs);
  const days = figure.openPeriod.days;
  return (
    <dl className="figure-summary">
      <div>
        <dt>Status</dt>
        <dd>
          <FigureStatusBadge status={figure.status} />
        </dd>
      </div>
      <div>
        <dt>Value</dt>
        <dd>
          {figureValueLabel(withoutRepeatedUnit(figure))}
          {figure.approximate ? <span className="muted small"> (approximate)</span> : null}
          {figure.asOf ? <span className="muted small"> as of {formatDay(figure.asOf)}</span> : null}
        </dd>
      </div>
      {kind ? (
        <div>
          <dt>How it was declined</dt>
          <dd>{kind}</dd>
        </div>
      ) : null}
      <div>
        <dt>Department</dt>
        <dd>{answeringBody ? <Link href={`/departments/${answeringBody.id}`}>{answeringBody.name}</Link> : <span className="muted">—</span>}</dd>
      </div>
      {days !== null ? (
        <div>
          <dt>{figure.openPeriod.closed ? "Was open for" : "Open for"}</dt>
          <dd>
            {days} {days === 1 ? "day" : "days"}
            <span className="muted small">
              {" "}
              ({formatDay(figure.openedOn)} to {figure.openPeriod.closed && figure.resolvedOn ? formatDay(figure.resolvedOn) : "today"})
            </span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
