import type { Metadata } from "next";
import Link from "next/link";
import { listFigures } from "@/lib/data/figures";
import { FigureStatusBadge, FIGURE_STATUS_LABELS, figureValueLabel } from "@/components/ui/figure-status-badge";
import type { FigureStatus } from "@/lib/generated/prisma/enums";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Figures ledger" };

const STATUSES = Object.keys(FIGURE_STATUS_LABELS) as FigureStatus[];

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).status;
  const status = STATUSES.find((s) => s === raw);
  const figures = await listFigures({ status });
  return (
    <>
      <h1>Figures ledger</h1>
      <p className="lede">Every figure an answer stated, declined or left open — and the later answer that resolved it.</p>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{FIGURE_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">Filter</button>
      </form>
      {raw && !status ? <p className="alert alert--notice">Unknown status “{String(raw)}” ignored.</p> : null}
      <table className="data">
        <thead>
          <tr>
            <th scope="col">What is measured</th>
            <th scope="col">Value</th>
            <th scope="col">Status</th>
            <th scope="col">Department</th>
            <th scope="col">Question</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <td>{f.measure}</td>
              <td>{figureValueLabel(f)}{f.approximate ? <span className="muted small"> (approx.)</span> : null}</td>
              <td><FigureStatusBadge status={f.status} /></td>
              <td>{f.answeringBody?.name ?? <span className="muted">{f.sourceTitle ?? "—"}</span>}</td>
              <td>{f.question ? <Link href={`/questions/${f.question.id}#figure-${f.id}`}>UIN {f.question.uin}</Link> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.length === 0 ? <p className="muted">No figures match.</p> : null}
    </>
  );
}
