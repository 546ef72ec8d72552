import Link from "next/link";
import { NON_ANSWER_KINDS } from "@/lib/analysis/types";
import { NON_ANSWER_LABELS } from "@/lib/domain/non-answer-labels";
import type { LedgerParams } from "@/lib/validation/ledger-params";

type Option = { id: number; name: string };

const STATUS_OPTIONS: { value: string; label: string }[] = [
  { value: "OPEN", label: "All open (unresolved or declined)" },
  { value: "UNRESOLVED", label: "Unresolved" },
  { value: "DECLINED", label: "Declined" },
  { value: "RESOLVED", label: "Resolved" },
  { value: "STATED", label: "Stated" },
  { value: "REPORTED_UNCONFIRMED", label: "Reported, not confirmed" },
  { value: "ALL", label: "Any status" },
];

const SORT_OPTIONS: { value: string; label: string }[] = [
  { value: "longest", label: "Longest open first" },
  { value: "newest", label: "Newest first" },
  { value: "department", label: "By department" },
];

/** A plain GET form: the filters live in the address, with or without JavaScript. */
export function LedgerFilters({ values, departments, members }: { values: LedgerParams; departments: Option[]; members: Option[] }) {
  return (
    <form method="get" action="/figures" className="filters" aria-label="Filter the ledger">
      <div className="field">
        <label htmlFor="ledger-status">Status</label>
        <select id="ledger-status" name="status" defaultValue={values.status ?? "OPEN"}>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-dept">Department</label>
        <select id="ledger-dept" name="dept" defaultValue={values.dept ? String(values.dept) : ""}>
          <option value="">All departments</option>
          {departments.map((d) => (
            <option key={d.id} value={String(d.id)}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-member">Asked by</label>
        <select id="ledger-member" name="member" defaultValue={values.member ? String(values.member) : ""}>
          <option value="">Any member</option>
          {members.map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-kind">How it was declined</label>
        <select id="ledger-kind" name="kind" defaultValue={values.kind ?? ""}>
          <option value="">Any way</option>
          {NON_ANSWER_KINDS.map((k) => (
            <option key={k} value={k}>
              {NON_ANSWER_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-sort">Order</label>
        <select id="ledger-sort" name="sort" defaultValue={values.sort ?? "longest"}>
          {SORT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Apply
      </button>
      <Link href="/figures" className="small">
        Clear filters
      </Link>
    </form>
  );
}
