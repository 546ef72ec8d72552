import Link from "next/link";
import type { LedgerItem } from "@/lib/data/ledger";
import { formatDay } from "@/lib/dates";
import { openPeriodLabel, withoutRepeatedUnit } from "@/lib/domain/figure-ledger";
import { nonAnswerLabel } from "@/lib/domain/non-answer-labels";
import { FigureStatusBadge, figureValueLabel } from "@/components/ui/figure-status-badge";
import { uinLabel } from "@/lib/domain/house";

const COLUMNS = 7;

type Group = { key: string; name: string | null; items: LedgerItem[] };

/** Consecutive rows of one department, for the "by department" order. */
function groupByDepartment(items: LedgerItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const key = item.answeringBody ? String(item.answeringBody.id) : "none";
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, name: item.answeringBody?.name ?? null, items: [item] });
  }
  return groups;
}

function LedgerRow({ f }: { f: LedgerItem }) {
  const open = openPeriodLabel(f.openPeriod);
  const kind = nonAnswerLabel(f.nonAnswerKind);
  return (
    <tr id={`figure-${f.id}`}>
      <td>
        <Link href={`/figures/${f.id}`}>{f.measure}</Link>
      </td>
      <td>
        {figureValueLabel(withoutRepeatedUnit(f))}
        {f.approximate ? <span className="muted small"> (approx.)</span> : null}
      </td>
      <td>
        <FigureStatusBadge status={f.status} />
        {kind ? <div className="small ledger-kind">{kind}</div> : null}
      </td>
      <td>{f.answeringBody ? <Link href={`/departments/${f.answeringBody.id}`}>{f.answeringBody.name}</Link> : <span className="muted">{f.sourceTitle ?? "—"}</span>}</td>
      <td>{f.askingMember ? <Link href={`/members/${f.askingMember.id}`}>{f.askingMember.name}</Link> : <span className="muted">—</span>}</td>
      <td className="ledger-open">
        {open ? <strong>{open}</strong> : <span className="muted">—</span>}
        <div className="small muted">
          {f.openPeriod.closed && f.resolvedOn ? "resolved " : open ? "since " : f.status === "STATED" && f.question ? "given " : "recorded "}
          <time dateTime={f.openPeriod.closed && f.resolvedOn ? f.resolvedOn : f.openedOn}>{formatDay(f.openPeriod.closed && f.resolvedOn ? f.resolvedOn : f.openedOn)}</time>
        </div>
      </td>
      <td>{f.question ? <Link href={`/questions/${f.question.id}`}>{uinLabel(f.question)}</Link> : <span className="muted">—</span>}</td>
    </tr>
  );
}

export function LedgerTable({ items, grouped, caption }: { items: LedgerItem[]; grouped: boolean; caption: string }) {
  const groups: Group[] = grouped ? groupByDepartment(items) : [{ key: "all", name: null, items }];
  return (
    <table className="data ledger">
      <caption className="muted small ledger-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What is measured</th>
          <th scope="col">Value</th>
          <th scope="col">Status</th>
          <th scope="col">Department</th>
          <th scope="col">Asked by</th>
          <th scope="col">Open</th>
          <th scope="col">Asked in</th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.key}>
          {grouped ? (
            <tr className="ledger-group">
              <th scope="rowgroup" colSpan={COLUMNS}>
                {g.name ?? "No department"} <span className="muted small">({g.items.length} on this page)</span>
              </th>
            </tr>
          ) : null}
          {g.items.map((f) => (
            <LedgerRow key={f.id} f={f} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
