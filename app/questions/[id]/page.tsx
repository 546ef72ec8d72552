import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getQuestion } from "@/lib/data/question-detail";
import { NotFoundError } from "@/lib/data/errors";
import { parseRouteId } from "@/lib/http/route-id";
import { analyseQuestionView } from "@/lib/analysis/annotate";
import { listSuggestionsForQuestion } from "@/lib/data/suggestions/list";
import { findSimilarEarlierQuestions } from "@/lib/data/similar";
import { QuestionView } from "@/components/question/question-view";
import { reviewSuggestionAction } from "@/app/suggestions/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(idParam: string) {
  const id = parseRouteId(idParam);
  if (!id) notFound();
  try {
    return await getQuestion({ id });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = await load((await params).id);
  return { title: `${q.heading} (UIN ${q.uin})` };
}

export default async function QuestionPage({ params }: Props) {
  const q = await load((await params).id);
  const [suggestions, similar] = await Promise.all([listSuggestionsForQuestion({ questionId: q.id }), findSimilarEarlierQuestions({ id: q.id })]);
  return <QuestionView q={q} analysis={analyseQuestionView(q)} suggestions={suggestions} reviewAction={reviewSuggestionAction} similar={similar} />;
}
