import Link from "next/link";
import type { ReactNode } from "react";
import type { AnswerKind, FollowUpKind } from "@/lib/generated/prisma/enums";
import type { QuestionRef } from "@/lib/data/dto";
import { formatDay } from "@/lib/dates";
import { TIMELINE_KIND_LABELS, type TimelineEvent, type TimelineQuestion } from "@/lib/domain/timeline";
import { StatusBadge } from "@/components/ui/status-badge";
import { FigureStatusBadge, figureValueLabel } from "@/components/ui/figure-status-badge";
import { uinLabel } from "@/lib/domain/house";

const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  EXPLICIT_REFERENCE: "refers to it explicitly",
  SAME_SUBJECT: "same subject",
  UNRESOLVED_FIGURE: "pursues a figure left unresolved",
};

const ANSWERED_BY: Record<AnswerKind, string> = { HOLDING: "Holding answer from", SUBSTANTIVE: "Answered by", CORRECTION: "Corrected by" };


/** Which side of the question a view leaves implicit: a member's timeline names departments, a department's names members. */
export type TimelinePerspective = "member" | "department";

function QuestionLine({ question, perspective, hash = "" }: { question: TimelineQuestion; perspective: TimelinePerspective; hash?: string }) {
  return (
    <div className="timeline-question">
      <Link href={`/questions/${question.id}${hash}`}>
        {uinLabel(question)}: {question.heading}
      </Link>{" "}
      <StatusBadge status={question.status} overdue={question.overdue} />
      <div className="meta">
        {perspective === "department" ? (
          <span>
            Asked by <Link href={`/members/${question.askingMember.id}`}>{question.askingMember.name}</Link>
          </span>
        ) : (
          <span>To the {question.answeringBody.name}</span>
        )}
        <span>Tabled {formatDay(question.dateTabled)}</span>
      </div>
    </div>
  );
}

function Heading({ event, approximate = false }: { event: TimelineEvent; approximate?: boolean }) {
  return (
    <p className="timeline-event__head">
      <span className="event-kind">{TIMELINE_KIND_LABELS[event.kind]}</span>{" "}
      <time dateTime={event.date} className="muted small">
        {approximate ? "by " : ""}
        {formatDay(event.date, "long")}
      </time>
    </p>
  );
}

export function TimelineEventItem({ event, perspective }: { event: TimelineEvent; perspective: TimelinePerspective }) {
  let body: ReactNode;
  let approximate = false;
  switch (event.kind) {
    case "QUESTION_TABLED":
      body = <QuestionLine question={event.question} perspective={perspective} />;
      break;
    case "HOLDING_ANSWER":
    case "ANSWER_RECEIVED":
    case "ANSWER_CORRECTED": {
      const { answer } = event;
      approximate = answer.dateIsApproximate;
      body = (
        <>
          <p className="small">
            {answer.answeringMember ? (
              <>
                {ANSWERED_BY[answer.kind]} <Link href={`/members/${answer.answeringMember.id}`}>{answer.answeringMember.name}</Link>
              </>
            ) : (
              <span className="muted">Answering minister not recorded</span>
            )}
            {event.questions.length > 1 ? <span className="muted"> · one answer to {event.questions.length} questions</span> : null}
          </p>
          {event.questions.map((q) => (
            <QuestionLine key={q.id} question={q} perspective={perspective} hash={`#answer-${answer.id}`} />
          ))}
          {answer.excerpt ? <blockquote className="timeline-excerpt">{answer.excerpt}</blockquote> : null}
        </>
      );
      break;
    }
    case "FOLLOW_UP_TABLED":
      body = (
        <>
          <QuestionLine question={event.question} perspective={perspective} />
          <p className="small">
            Follows up {event.from.viaAnswerId ? "the answer to " : ""}
            {event.from.questions.map((q, i) => (
              <span key={q.id}>
                {i > 0 ? ", " : ""}
                <Link href={`/questions/${q.id}${event.from.viaAnswerId ? `#answer-${event.from.viaAnswerId}` : ""}`}>{uinLabel(q)}</Link>
              </span>
            ))}{" "}
            <span className="muted">({FOLLOW_UP_KIND_LABELS[event.followUp.kind]})</span>
          </p>
          {event.followUp.note ? <p className="small muted">{event.followUp.note}</p> : null}
        </>
      );
      break;
    case "FIGURE_LEFT_UNRESOLVED":
    case "FIGURE_RESOLVED":
      approximate = event.answer.dateIsApproximate;
      body = (
        <>
          <p>
            <strong>{event.figure.measure}</strong>
            {event.kind === "FIGURE_RESOLVED" ? <>: {figureValueLabel(event.figure)}</> : null}{" "}
            <FigureStatusBadge status={event.figure.status} />
            {event.kind === "FIGURE_LEFT_UNRESOLVED" && event.figure.status === "RESOLVED" ? <span className="muted small"> later</span> : null}
          </p>
          <QuestionLine question={event.question} perspective={perspective} hash={`#figure-${event.figure.id}`} />
        </>
      );
      break;
  }
  return (
    <li className={`timeline-event timeline-event--${event.kind}`} id={`event-${event.key.replace(":", "-")}`}>
      <Heading event={event} approximate={approximate} />
      {body}
    </li>
  );
}
