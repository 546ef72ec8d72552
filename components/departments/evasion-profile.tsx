import { NON_ANSWER_KINDS } from "@/lib/analysis/types";
import type { EvasionProfile as Profile } from "@/lib/data/evasion";
import { NON_ANSWER_LABELS, shareLabel } from "@/lib/domain/non-answer-labels";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00.000Z`));

/** A bar for sighted readers; the number beside it is what assistive technology reads. */
function Bar({ part, whole }: { part: number; whole: number }) {
  const pct = whole > 0 ? Math.min((part / whole) * 100, 100) : 0;
  return (
    <span className="evasion-bar" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}

/**
 * A department's non-answers month by month: how many answers contained each
 * kind, and the share of answers with any. Kinds that never occur are left out
 * to keep the table narrow.
 */
export function EvasionProfile({ profile, departmentName }: { profile: Profile; departmentName: string }) {
  const { months, totals } = profile;
  const kinds = NON_ANSWER_KINDS.filter((k) => totals.byKind[k] > 0);
  const maxKindCount = Math.max(1, ...months.flatMap((m) => kinds.map((k) => m.byKind[k])));

  return (
    <section aria-labelledby="evasion-heading" className="evasion">
      <h2 id="evasion-heading">Evasion profile</h2>
      {months.length === 0 ? (
        <p className="muted">No answers from the {departmentName} are recorded yet.</p>
      ) : (
        <>
          <p className="muted small">
            <strong>{shareLabel(totals.answersWithNonAnswer, totals.answers)}</strong> of {totals.answers.toLocaleString("en-GB")} answers in the
            latest {months.length === 1 ? "month" : `${months.length} months`} with answers contained a non-answer. Each kind counts the answers
            containing it at least once; an answer may decline in more than one way.
          </p>
          <div className="evasion-scroll" tabIndex={0} role="group" aria-labelledby="evasion-caption">
            <table className="data evasion-table">
              <caption id="evasion-caption" className="muted small ledger-caption">
                Non-answers in the {departmentName}&rsquo;s answers, by month answered, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Answers</th>
                  <th scope="col">With a non-answer</th>
                  {kinds.map((k) => (
                    <th scope="col" key={k}>
                      {NON_ANSWER_LABELS[k]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">
                      <time dateTime={m.month}>{monthLabel(m.month)}</time>
                    </th>
                    <td className="num">{m.answers.toLocaleString("en-GB")}</td>
                    <td className="num">
                      {shareLabel(m.answersWithNonAnswer, m.answers)} <span className="muted small">({m.answersWithNonAnswer.toLocaleString("en-GB")})</span>
                      <Bar part={m.answersWithNonAnswer} whole={m.answers} />
                    </td>
                    {kinds.map((k) => (
                      <td className="num" key={k}>
                        {m.byKind[k] ? m.byKind[k].toLocaleString("en-GB") : <span className="muted">0</span>}
                        <Bar part={m.byKind[k]} whole={maxKindCount} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td className="num">{totals.answers.toLocaleString("en-GB")}</td>
                  <td className="num">
                    {shareLabel(totals.answersWithNonAnswer, totals.answers)} <span className="muted small">({totals.answersWithNonAnswer.toLocaleString("en-GB")})</span>
                  </td>
                  {kinds.map((k) => (
                    <td className="num" key={k}>
                      {totals.byKind[k].toLocaleString("en-GB")}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          {kinds.length === 0 ? <p className="muted small">Analysis found no non-answers in these answers.</p> : null}
        </>
      )}
    </section>
  );
}
