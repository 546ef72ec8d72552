import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { createFigureAction } from "@/app/questions/[id]/figures/actions";
import { FigureForm } from "@/components/forms/figure-form";
import { answerLabel, shorten } from "@/components/forms/options";
import { NotFoundError } from "@/lib/data/errors";
import { listDepartmentAnswerOptions } from "@/lib/data/form-lookups";
import { getQuestion } from "@/lib/data/question-detail";
import { formatDay } from "@/lib/dates";
import { parseRouteId } from "@/lib/http/api";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record a figure" };

export default async function NewFigurePage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const question = await getQuestion({ id }).catch((e: unknown) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  const departmentAnswers = await listDepartmentAnswerOptions({ answeringBodyId: question.answeringBody.id, limit: 100 });

  const own = question.answers.map((a) => ({ value: String(a.id), label: answerLabel(a) }));
  const ownIds = new Set(question.answers.map((a) => a.id));
  const others = departmentAnswers
    .filter((a) => !ownIds.has(a.id))
    .map((a) => ({ value: String(a.id), label: `${answerLabel(a)} to ${a.questionUin}: ${shorten(a.questionHeading, 60)}` }));
  const lastAnswer = question.answers.filter((a) => a.kind !== "HOLDING").at(-1);

  return (
    <>
      <p className="breadcrumbs">
        <Link href={`/questions/${question.id}`}>Back to question {question.uin}</Link>
      </p>
      <h1>Record a figure</h1>
      <p className="lede">
        A figure asked for in {question.uin}: {question.heading} (tabled {formatDay(question.dateTabled)}), whether the answer gave it or not.
      </p>
      <FigureForm
        action={createFigureAction}
        questionId={question.id}
        sourceAnswers={own}
        defaultSourceAnswerId={lastAnswer?.id}
        resolvingAnswers={[
          ...(own.length ? [{ label: "Answers to this question", options: own }] : []),
          ...(others.length ? [{ label: `Recent ${question.answeringBody.name} answers`, options: others }] : []),
        ]}
      />
    </>
  );
}
