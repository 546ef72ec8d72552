import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFigureForReview } from "@/lib/data/reviews";
import { NotFoundError } from "@/lib/data/errors";
import { parseRouteId } from "@/lib/http/route-id";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";
import { FigureReviewForm } from "@/components/forms/figure-review-form";
import { acceptEditedFigureAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review a suggested figure" };

export default async function FigureReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const figure = await getFigureForReview({ id }).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <p className="breadcrumbs">
        {figure.askedInQuestion ? (
          <Link href={`/questions/${figure.askedInQuestion.id}`}>
            UIN {figure.askedInQuestion.uin}: {figure.askedInQuestion.heading}
          </Link>
        ) : (
          <Link href="/figures">Figures ledger</Link>
        )}
      </p>
      <h1>Review a suggested figure</h1>
      {figure.reviewState !== "SUGGESTED" ? (
        <p className="alert alert--notice">This figure was already {figure.reviewState === "ACCEPTED" ? "accepted" : "rejected"}; saving accepts it with these values.</p>
      ) : null}
      {figure.quote ? (
        <blockquote className="card">
          “{figure.quote}”{figure.nonAnswerKind ? <span className="muted small"> — {nonAnswerLabel(figure.nonAnswerKind)}</span> : null}
        </blockquote>
      ) : null}
      <FigureReviewForm action={acceptEditedFigureAction} figure={figure} />
    </>
  );
}
