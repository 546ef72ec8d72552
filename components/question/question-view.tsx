import Link from "next/link";
import type { QuestionDetail } from "@/lib/data/question-detail";
import { formatDay } from "@/lib/dates";
import { StatusBadge } from "@/components/ui/status-badge";
import { QuestionLink } from "@/components/ui/question-link";
import { AnswerList } from "@/components/question/answer-list";
import { FigureTable } from "@/components/question/figure-table";
import { FollowUpList } from "@/components/question/follow-up-list";
import { AnnotationKey } from "@/components/question/annotated-answer";
import { NotAnsweredPanel } from "@/components/question/not-answered-panel";
import { QuestionSource } from "@/components/question/question-source";
import { SimilarQuestions } from "@/components/question/similar-questions";
import type { SimilarQuestion } from "@/lib/data/similar";
import { SuggestionPanel } from "@/components/suggestions/suggestion-panel";
import type { ReviewAction } from "@/components/suggestions/review-buttons";
import type { QuestionAnalysisView } from "@/lib/analysis/annotate";
import type { QuestionSuggestions } from "@/lib/data/suggestions/list";
import { houseLabel } from "@/lib/domain/house";

const OPEN = new Set(["UNRESOLVED", "DECLINED"]);

export function QuestionView({
  q,
  analysis,
  suggestions,
  reviewAction,
  similar,
}: {
  q: QuestionDetail;
  analysis: QuestionAnalysisView;
  suggestions: QuestionSuggestions;
  reviewAction: ReviewAction;
  /** Earlier questions on the same subject ("More like this"); the panel is left out when not loaded. */
  similar?: SimilarQuestion[];
}) {
  const open = q.figures.filter((f) => OPEN.has(f.status));
  const followedUp = new Set(q.followsUp.flatMap((l) => [l.from.id, ...l.fromAnswerQuestions.map((x) => x.id)]));
  const other = q.figures.filter((f) => !OPEN.has(f.status));
  return (
    <article aria-labelledby="question-heading">
      <p className="breadcrumbs">
        <Link href={`/members/${q.askingMember.id}`}>{q.askingMember.name}</Link> ›{" "}
        <Link href={`/departments/${q.answeringBody.id}`}>{q.answeringBody.name}</Link>
      </p>
      <h1 id="question-heading">{q.heading}</h1>
      <p className="meta">
        <span>{houseLabel(q.house)} written question {q.uin}</span>
        <span>Tabled {formatDay(q.dateTabled, "long")}</span>
        {q.dateForAnswer ? <span>{q.isNamedDay ? "Named day" : "Due"} {formatDay(q.dateForAnswer, "long")}</span> : null}
        <StatusBadge status={q.status} overdue={q.overdue} />
        {q.officialUrl ? (
          <a href={q.officialUrl} rel="noopener">
            Official record
          </a>
        ) : null}
      </p>
      <p>
        Asked by <Link href={`/members/${q.askingMember.id}`}>{q.askingMember.name}</Link>
        {q.askingMember.party ? ` (${q.askingMember.party}${q.askingMember.constituency ? `, ${q.askingMember.constituency}` : ""})` : ""} to the{" "}
        <Link href={`/departments/${q.answeringBody.id}`}>{q.answeringBody.name}</Link>
      </p>
      <blockquote className="card question-text">{q.text}</blockquote>
      <QuestionSource q={q} />

      <div className="actions">
        {q.withdrawn ? null : (
          <Link className="button" href={`/questions/${q.id}/answers/new`}>
            Log an answer
          </Link>
        )}
        <Link className="button button--secondary" href={`/questions/${q.id}/follow-ups/new`}>
          Link a follow-up
        </Link>
        <Link className="button button--secondary" href={`/questions/${q.id}/figures/new`}>
          Record a figure
        </Link>
      </div>

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Answers</h2>
        {q.answers.length ? <AnnotationKey /> : null}
        <AnswerList answers={q.answers} questionId={q.id} annotations={analysis.answers} />
      </section>

      {q.answers.some((a) => a.kind !== "HOLDING") ? <NotAnsweredPanel view={analysis} /> : null}

      <SuggestionPanel suggestions={suggestions} questionId={q.id} reviewAction={reviewAction} />

      {q.groupedQuestions.length > 0 ? (
        <section aria-labelledby="grouped-heading">
          <h2 id="grouped-heading">Answered together with</h2>
          <ul className="list">
            {q.groupedQuestions.map((g) => (
              <li key={g.id}>
                <QuestionLink question={g} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures</h2>
        {q.figures.length === 0 ? <p className="muted small">No figures recorded for this question yet.</p> : null}
        <FigureTable figures={open} caption="Left unresolved by the answer" />
        <FigureTable figures={other} caption="Stated or since resolved" />
      </section>

      <div className="grid">
        <section aria-labelledby="follows-heading" className="card">
          <h2 id="follows-heading">Follows up</h2>
          <FollowUpList links={q.followsUp} side="from" empty="Not linked to an earlier question." />
        </section>
        <section aria-labelledby="followed-heading" className="card">
          <h2 id="followed-heading">Followed up by</h2>
          <FollowUpList links={q.followedUpBy} side="to" empty="No later question is linked to this one yet." />
        </section>
      </div>

      {similar ? <SimilarQuestions items={similar} linkedIds={followedUp} /> : null}
    </article>
  );
}
