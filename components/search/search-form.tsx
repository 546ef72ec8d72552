import type { FormEvent } from "react";
import { STATUS_LABELS } from "@/lib/domain/question-status";
import { SEARCH_STATUSES, type SearchField, type SearchFormValues } from "@/lib/validation/search-params";

export type Option = { id: number; name: string };

type Props = {
  values: SearchFormValues;
  errors: Partial<Record<SearchField, string>>;
  members: Option[];
  departments: Option[];
  onChange: (field: SearchField, value: string) => void;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
};

/** A plain GET form: it works without JavaScript, and drives live search with it. */
export function SearchForm({ values, errors, members, departments, onChange, onSubmit }: Props) {
  const field = (name: SearchField) => ({
    id: `search-${name}`,
    name,
    value: values[name],
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `search-${name}-error` : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange(name, e.currentTarget.value),
  });
  const error = (name: SearchField) =>
    errors[name] ? (
      <p className="field-error" id={`search-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const cls = (name: SearchField) => `field${errors[name] ? " field--invalid" : ""}`;

  return (
    <form method="get" action="/search" role="search" className="search-form" onSubmit={onSubmit}>
      <div className={cls("q")}>
        <label htmlFor="search-q">Search questions and answers</label>
        <p className="hint" id="search-q-hint">
          All words must match. Use &quot;quotes&quot; for a phrase, OR for either word, -word to leave a word out, and trac* for words starting with “trac”.
        </p>
        <div className="search-box">
          <input {...field("q")} type="search" autoComplete="off" aria-describedby={errors.q ? "search-q-hint search-q-error" : "search-q-hint"} />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        {error("q")}
      </div>

      <fieldset className="filters">
        <legend>Filters</legend>
        <div className={cls("member")}>
          <label htmlFor="search-member">Member</label>
          <select {...field("member")}>
            <option value="">Any member</option>
            {withUnknown(members, values.member, "member").map((m) => (
              <option key={m.id} value={String(m.id)}>
                {m.name}
              </option>
            ))}
          </select>
          {error("member")}
        </div>
        <div className={cls("dept")}>
          <label htmlFor="search-dept">Department</label>
          <select {...field("dept")}>
            <option value="">Any department</option>
            {withUnknown(departments, values.dept, "department").map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
          {error("dept")}
        </div>
        <div className={cls("from")}>
          <label htmlFor="search-from">Tabled from</label>
          <input {...field("from")} type="date" />
          {error("from")}
        </div>
        <div className={cls("to")}>
          <label htmlFor="search-to">Tabled to</label>
          <input {...field("to")} type="date" />
          {error("to")}
        </div>
        <div className={cls("status")}>
          <label htmlFor="search-status">Status</label>
          <select {...field("status")}>
            <option value="">Any status</option>
            {SEARCH_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {error("status")}
        </div>
        <div className={cls("order")}>
          <label htmlFor="search-order">Order</label>
          <select {...field("order")} value={values.order || "relevance"}>
            <option value="relevance">Best match</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
        <div className="field">
          <label className="checkbox" htmlFor="search-unresolved">
            <input
              id="search-unresolved"
              type="checkbox"
              name="unresolved"
              value="1"
              checked={values.unresolved === "1"}
              onChange={(e) => onChange("unresolved", e.currentTarget.checked ? "1" : "")}
            />
            Only with unresolved figures
          </label>
        </div>
      </fieldset>
    </form>
  );
}

/** Keep a filter the URL set visible even if it names no known record. */
function withUnknown(options: Option[], value: string, noun: string): Option[] {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || options.some((o) => o.id === id)) return options;
  return [...options, { id, name: `Unknown ${noun} (${id})` }];
}
