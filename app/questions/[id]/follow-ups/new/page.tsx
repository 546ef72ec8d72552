import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { createFollowUpAction } from "@/app/questions/[id]/follow-ups/actions";
import { FollowUpForm } from "@/components/forms/follow-up-form";
import { answerLabel, shorten } from "@/components/forms/options";
import { NotFoundError } from "@/lib/data/errors";
import { getQuestion } from "@/lib/data/question-detail";
import { listQuestionOptions } from "@/lib/data/questions";
import { formatDay } from "@/lib/dates";
import { parseRouteId } from "@/lib/http/api";
import { FIGURE_STATUS_LABELS } from "@/lib/validation/figure";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Link a follow-up" };

export default async function NewFollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const question = await getQuestion({ id }).catch((e: unknown) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  const candidates = await listQuestionOptions({ answeringBodyId: question.answeringBody.id, excludeId: question.id, limit: 500 });

  const later = candidates
    .filter((q) => q.house === question.house && q.dateTabled >= question.dateTabled)
    .sort((a, b) => a.dateTabled.localeCompare(b.dateTabled) || a.uin.localeCompare(b.uin, "en", { numeric: true }));
  const lastAnswer = question.answers.at(-1);

  return (
    <>
      <p className="breadcrumbs">
        <Link href={`/questions/${question.id}`}>Back to question {question.uin}</Link>
      </p>
      <h1>Link a follow-up</h1>
      <p className="lede">
        A later question that takes up {question.uin}: {question.heading} (tabled {formatDay(question.dateTabled)}) or its answer.
      </p>
      <FollowUpForm
        action={createFollowUpAction}
        questionId={question.id}
        fromOptions={[
          { value: `question:${question.id}`, label: `This question (${question.uin})` },
          ...question.answers.map((a) => ({ value: `answer:${a.id}`, label: `Its ${answerLabel(a, { lowerCase: true })}` })),
        ]}
        defaultFrom={lastAnswer ? `answer:${lastAnswer.id}` : undefined}
        laterQuestions={later.map((q) => ({ value: String(q.id), label: `${q.uin} (${formatDay(q.dateTabled)}): ${shorten(q.heading)}` }))}
        figures={question.figures
          .filter((f) => f.status === "UNRESOLVED" || f.status === "DECLINED")
          .map((f) => ({ value: String(f.id), label: `${shorten(f.measure, 90)} (${FIGURE_STATUS_LABELS[f.status].toLowerCase()})` }))}
      />
    </>
  );
}
