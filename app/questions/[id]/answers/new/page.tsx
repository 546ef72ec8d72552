import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { createAnswerAction } from "@/app/questions/[id]/answers/actions";
import { AnswerForm } from "@/components/forms/answer-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { NotFoundError } from "@/lib/data/errors";
import { listMemberOptions } from "@/lib/data/members";
import { getQuestion } from "@/lib/data/question-detail";
import { formatDay } from "@/lib/dates";
import { parseRouteId } from "@/lib/http/api";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log an answer" };

export default async function NewAnswerPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const [question, members] = await Promise.all([
    getQuestion({ id }).catch((e: unknown) => (e instanceof NotFoundError ? notFound() : Promise.reject(e))),
    listMemberOptions(),
  ]);

  return (
    <>
      <p className="breadcrumbs">
        <Link href={`/questions/${question.id}`}>Back to question {question.uin}</Link>
      </p>
      <h1>Log an answer</h1>
      <p className="lede">
        To {question.uin}: {question.heading}
      </p>
      <p className="meta">
        <span>{question.answeringBody.name}</span>
        <span>tabled {formatDay(question.dateTabled)}</span>
        <StatusBadge status={question.status} overdue={question.overdue} />
      </p>
      <AnswerForm
        action={createAnswerAction}
        questionId={question.id}
        members={members}
        answers={question.answers.map((a) => ({ id: a.id, kind: a.kind, dateAnswered: a.dateAnswered }))}
      />
    </>
  );
}
