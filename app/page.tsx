import Link from "next/link";
import { listAwaitingAnswer, listQuestions } from "@/lib/data/questions";
import { listRecentAnswers } from "@/lib/data/answers";
import { listOpenFigures } from "@/lib/data/figures";
import { RecentAnswers } from "@/components/home/recent-answers";
import { QuestionList } from "@/components/home/question-list";
import { OpenFigures } from "@/components/home/open-figures";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [answers, recent, awaiting, figures] = await Promise.all([
    listRecentAnswers({ limit: 8 }),
    listQuestions({ pageSize: 8 }),
    listAwaitingAnswer({ limit: 10 }),
    listOpenFigures({ limit: 10 }),
  ]);
  return (
    <>
      <h1>Written questions, answers, and what they left out</h1>
      <p className="lede">
        Follow what members ask, what ministers answer, and which figures are still outstanding.{" "}
        <Link href="/search">Search answers</Link> or <Link href="/questions/new">log a question</Link>.
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="recent-answers">
          <h2 id="recent-answers">Recent answers</h2>
          <RecentAnswers items={answers} />
        </section>
        <section className="card" aria-labelledby="open-figures">
          <h2 id="open-figures">Open unresolved figures</h2>
          <OpenFigures items={figures} />
          <p className="small"><Link href="/figures">The whole figures ledger</Link></p>
        </section>
        <section className="card" aria-labelledby="awaiting">
          <h2 id="awaiting">Awaiting answer</h2>
          <QuestionList items={awaiting} empty="Every recorded question has been answered." showDue />
        </section>
        <section className="card" aria-labelledby="recent-questions">
          <h2 id="recent-questions">Recently tabled</h2>
          <QuestionList items={recent.items} empty="No questions recorded yet." />
        </section>
      </div>
    </>
  );
}
