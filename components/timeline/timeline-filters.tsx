import Link from "next/link";
import { toDay } from "@/lib/dates";
import { STATUS_LABELS } from "@/lib/domain/question-status";
import { TIMELINE_STATUS_VALUES, type TimelineParams } from "@/lib/validation/timeline-params";

type Props = {
  basePath: string;
  values: TimelineParams;
  /** Omitted on a department's own timeline. */
  departments?: { id: number; name: string }[];
};

/** A plain GET form: filtering reloads the page, with or without JavaScript. */
export function TimelineFilters({ basePath, values, departments }: Props) {
  return (
    <form method="get" action={basePath} className="filters" aria-label="Filter the timeline">
      {departments ? (
        <div className="field">
          <label htmlFor="timeline-dept">Department</label>
          <select id="timeline-dept" name="dept" defaultValue={values.dept ? String(values.dept) : ""}>
            <option value="">All departments</option>
            {departments.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="timeline-status">Status</label>
        <select id="timeline-status" name="status" defaultValue={values.status ?? ""}>
          <option value="">Any status</option>
          {TIMELINE_STATUS_VALUES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="timeline-from">From</label>
        <input id="timeline-from" name="from" type="date" defaultValue={values.from ? toDay(values.from) : ""} />
      </div>
      <div className="field">
        <label htmlFor="timeline-to">To</label>
        <input id="timeline-to" name="to" type="date" defaultValue={values.to ? toDay(values.to) : ""} />
      </div>
      <div className="field">
        <label htmlFor="timeline-order">Order</label>
        <select id="timeline-order" name="order" defaultValue={values.order ?? "desc"}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </div>
      <button type="submit" className="button">
        Apply
      </button>
      <Link href={basePath} className="small">
        Clear filters
      </Link>
    </form>
  );
}
