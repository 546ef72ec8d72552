import Link from "next/link";
import type { FigureChain } from "@/lib/data/figure-chain";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { formatDay } from "@/lib/dates";
import { isOpenFigureStatus, openPeriodLabel, quoteInContext, withoutRepeatedUnit } from "@/lib/domain/figure-ledger";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";
import { figureValueLabel } from "@/components/ui/figure-status-badge";
import { QuestionLink } from "@/components/ui/question-link";
import { QuoteInContext } from "@/components/figures/quote-in-context";
import { AnswerByline, answerHref } from "@/components/figures/chain-answer";
import { uinLabel } from "@/lib/domain/house";

const RESOLUTION_STATE: Record<ReviewState, string> = {
  SUGGESTED: "Suggested, awaiting review",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
};

function excerpt(text: string, max = 600): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max)).trimEnd()} …`;
}

function AskedStep({ chain }: { chain: FigureChain }) {
  const q = chain.askedIn;
  if (!q) return null;
  return (
    <li className="chain-step chain-step--asked" aria-labelledby="chain-asked">
      <h3 className="event-kind" id="chain-asked">
        Asked
      </h3>
      <p className="chain-step__lead">
        <Link href={`/members/${q.askingMember.id}`}>{q.askingMember.name}</Link> asked on <time dateTime={q.dateTabled}>{formatDay(q.dateTabled, "long")}</time>:
      </p>
      <p>
        <QuestionLink question={q} />
      </p>
      <p className="small muted chain-question-text">{excerpt(q.text)}</p>
    </li>
  );
}

function SourceAnswerStep({ chain }: { chain: FigureChain }) {
  const { figure, sourceAnswer: a } = chain;
  if (!a) return null;
  const kind = nonAnswerLabel(chain.declinedAs);
  const others = a.questions.filter((q) => q.id !== chain.askedIn?.id);
  const span = figure.quote ? quoteInContext(a.text, figure.quote) : null;
  // Passages already highlighted in the quote are not repeated.
  const moreNonAnswers = a.nonAnswers.filter((n) => !span || n.end <= span.start || n.start >= span.end);
  const href = answerHref(a, chain.askedIn?.id);
  const heading = figure.status === "DECLINED" ? "Declined" : figure.status === "STATED" ? "Stated" : "Left open";
  return (
    <li className="chain-step chain-step--answer" aria-labelledby="chain-answer">
      <h3 className="event-kind" id="chain-answer">
        {heading}
      </h3>
      <p className="chain-step__lead">
        <AnswerByline answer={a} />
        {kind ? (
          <>
            {" "}
            — <span className="ledger-kind">{kind}</span>
          </>
        ) : null}
      </p>
      {figure.quote ? <QuoteInContext text={a.text} quote={figure.quote} /> : null}
      <p className="small">
        {href ? <Link href={href}>Read the whole answer</Link> : null}
        {others.length ? (
          <span className="muted">
            {" "}
            · It also answered {others.map((q, i) => (
              <span key={q.id}>
                {i > 0 ? ", " : ""}
                <Link href={`/questions/${q.id}`}>{uinLabel(q)}</Link>
              </span>
            ))}
          </span>
        ) : null}
      </p>
      {moreNonAnswers.length ? (
        <div className="small">
          <p className="chain-subhead">Elsewhere in this answer:</p>
          <ul>
            {moreNonAnswers.map((n) => (
              <li key={n.id}>
                <span className="ledger-kind">{nonAnswerLabel(n.kind)}</span>: <q>{n.quote}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

function OutsideSourceStep({ chain }: { chain: FigureChain }) {
  const { figure } = chain;
  if (chain.sourceAnswer || !figure.sourceTitle) return null;
  return (
    <li className="chain-step chain-step--source" aria-labelledby="chain-source">
      <h3 className="event-kind" id="chain-source">
        Reported elsewhere
      </h3>
      <p className="chain-step__lead">
        Source:{" "}
        {figure.sourceUrl ? (
          <a href={figure.sourceUrl} rel="nofollow noopener noreferrer">
            {figure.sourceTitle}
          </a>
        ) : (
          figure.sourceTitle
        )}
        <span className="muted small"> (recorded {formatDay(figure.recordedOn)})</span>
      </p>
      {figure.quote ? <QuoteInContext text={null} quote={figure.quote} /> : null}
    </li>
  );
}

function FollowUpsStep({ chain }: { chain: FigureChain }) {
  const open = isOpenFigureStatus(chain.figure.status);
  if (!chain.followUps.length && !open) return null;
  const asker = chain.askedIn?.askingMember.id;
  return (
    <li className="chain-step chain-step--follow-ups" aria-labelledby="chain-follow-ups">
      <h3 className="event-kind" id="chain-follow-ups">
        Pursued
      </h3>
      {chain.followUps.length ? (
        <ul className="list">
          {chain.followUps.map((u) => (
            <li key={u.id}>
              <QuestionLink question={u.question} />
              {u.question.askingMember.id !== asker ? <span className="small muted"> asked by {u.question.askingMember.name}</span> : null}
              {u.note ? <p className="small muted snippet">{u.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No later question has pursued it yet.</p>
      )}
    </li>
  );
}

function resolutionValue(r: FigureChain["resolutions"][number], unit: string | null): string {
  return figureValueLabel(withoutRepeatedUnit({ value: r.value, valueText: r.valueText, unit: r.unit ?? unit }));
}

function ResolutionsStep({ chain }: { chain: FigureChain }) {
  if (!chain.resolutions.length) return null;
  return (
    <li className="chain-step chain-step--resolutions" aria-labelledby="chain-resolutions">
      <h3 className="event-kind" id="chain-resolutions">
        Later answers that may supply it
      </h3>
      <ul className="list">
        {chain.resolutions.map((r) => (
          <li key={r.id} className={`chain-resolution chain-resolution--${r.reviewState}`}>
            <span className={`review-state review-state--${r.reviewState}`}>{RESOLUTION_STATE[r.reviewState]}</span>{" "}
            <AnswerByline answer={r.answer} linkText="Answer" />: <strong>{resolutionValue(r, chain.figure.unit)}</strong>
            {r.quote ? <p className="small muted snippet">“{r.quote}”</p> : null}
            <p className="small muted snippet">
              Proposed by {r.createdBy} on {formatDay(r.suggestedOn)}
              {r.reviewedOn ? `; reviewed ${formatDay(r.reviewedOn)}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </li>
  );
}

function OutcomeStep({ chain }: { chain: FigureChain }) {
  const { figure, resolvedBy } = chain;
  const period = openPeriodLabel(figure.openPeriod);
  if (resolvedBy) {
    return (
      <li className="chain-step chain-step--resolved" aria-labelledby="chain-outcome">
        <h3 className="event-kind" id="chain-outcome">
          Resolved
        </h3>
        <p className="chain-step__lead">
          <AnswerByline answer={resolvedBy} linkText="The answer" /> gave <strong>{figureValueLabel(withoutRepeatedUnit(figure))}</strong>
          {figure.approximate ? <span className="muted small"> (approximate)</span> : null}.
        </p>
        {period ? <p className="small muted">It {period}.</p> : null}
      </li>
    );
  }
  if (!isOpenFigureStatus(figure.status)) return null;
  return (
    <li className="chain-step chain-step--open" aria-labelledby="chain-outcome">
      <h3 className="event-kind" id="chain-outcome">
        Still open
      </h3>
      <p className="chain-step__lead">
        No answer has supplied this figure yet{period ? `: ${period}` : ""}.
      </p>
    </li>
  );
}

/** The figure's story from the question that asked for it to the answer that gave it. */
export function FigureChainSteps({ chain }: { chain: FigureChain }) {
  return (
    <ol className="timeline chain">
      <AskedStep chain={chain} />
      <SourceAnswerStep chain={chain} />
      <OutsideSourceStep chain={chain} />
      <FollowUpsStep chain={chain} />
      <ResolutionsStep chain={chain} />
      <OutcomeStep chain={chain} />
    </ol>
  );
}
