import Link from "next/link";
import type { ChainAnswer } from "@/lib/data/figure-chain";
import { formatDay } from "@/lib/dates";

/** Where an answer can be read in full: on the page of the question it is read for. */
export function answerHref(a: ChainAnswer, preferQuestionId?: number | null): string | null {
  const q = a.questions.find((x) => x.id === preferQuestionId) ?? a.questions[0];
  return q ? `/questions/${q.id}#answer-${a.id}` : null;
}

/** "Answer of 17 Dec 2025 (by this date) by Alex Norris". */
export function AnswerByline({ answer, linkText }: { answer: ChainAnswer; linkText?: string }) {
  const href = answerHref(answer);
  const date = (
    <>
      <time dateTime={answer.dateAnswered}>{formatDay(answer.dateAnswered, "long")}</time>
      {answer.dateIsApproximate ? <span className="muted small"> (published by this date)</span> : null}
    </>
  );
  return (
    <span>
      {href && linkText ? <Link href={href}>{linkText}</Link> : "Answer"} of {date}
      {answer.answeringMember ? (
        <>
          {" "}
          by <Link href={`/members/${answer.answeringMember.id}`}>{answer.answeringMember.name}</Link>
        </>
      ) : null}
    </span>
  );
}
