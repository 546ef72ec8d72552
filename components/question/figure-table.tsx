import Link from "next/link";
import type { FigureView } from "@/lib/data/question-detail";
import { formatDay } from "@/lib/dates";
import { FigureStatusBadge, figureValueLabel } from "@/components/ui/figure-status-badge";

export function FigureTable({ figures, caption }: { figures: FigureView[]; caption: string }) {
  if (figures.length === 0) return null;
  return (
    <table className="data">
      <caption className="muted small" style={{ textAlign: "left" }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What is measured</th>
          <th scope="col">Value</th>
          <th scope="col">Status</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id} id={`figure-${f.id}`}>
            <td>
              {f.measure}
              {f.quote ? <blockquote className="small muted" style={{ margin: "0.25rem 0 0" }}>“{f.quote}”</blockquote> : null}
            </td>
            <td>
              {figureValueLabel(f)}
              {f.approximate ? <span className="muted small"> (approximate)</span> : null}
              {f.asOf ? <span className="muted small"> as of {formatDay(f.asOf)}</span> : null}
            </td>
            <td>
              <FigureStatusBadge status={f.status} />
              {f.resolvedByAnswerId ? <span className="small"> by a <a href={`#answer-${f.resolvedByAnswerId}`}>later answer</a></span> : null}
            </td>
            <td className="small">
              {f.sourceAnswerId ? <a href={`#answer-${f.sourceAnswerId}`}>Answer</a> : null}
              {f.sourceTitle ? (f.sourceUrl ? <Link href={f.sourceUrl} rel="nofollow noopener">{f.sourceTitle}</Link> : f.sourceTitle) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
