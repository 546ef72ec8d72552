import Link from "next/link";
import type { listOpenFigures } from "@/lib/data/figures";
import { FigureStatusBadge } from "@/components/ui/figure-status-badge";

type Item = Awaited<ReturnType<typeof listOpenFigures>>[number];

export function OpenFigures({ items }: { items: Item[] }) {
  if (items.length === 0) return <p className="muted">No figure is waiting for an answer.</p>;
  return (
    <ul className="list">
      {items.map((f) => (
        <li key={f.id}>
          <strong>{f.measure}</strong> <FigureStatusBadge status={f.status} />
          <div className="meta">
            {f.answeringBody ? <span>{f.answeringBody.name}</span> : null}
            {f.question ? <Link href={`/questions/${f.question.id}#figure-${f.id}`}>UIN {f.question.uin}</Link> : null}
          </div>
          {f.quote ? <p className="small muted snippet">“{f.quote}”</p> : null}
        </li>
      ))}
    </ul>
  );
}
