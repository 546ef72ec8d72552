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
          All words must match. Use &quot;quotes&quot; for a phrase, OR for either word, -word to leave a word out, trac* for words starting with “trac”,
          and filters such as member:lowe or status:unanswered (see Search syntax).
        </p>
        <div className="search-box">
          <input {...field("q")} type="search" autoComplete="off" aria-describedby={errors.q ? "search-q-hint search-q-error" : "search-q-hint"} />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        {error("q")}
        <SearchSyntaxHelp />
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

/** The query syntax of lib/search/query.ts and query-filters.ts, where people type it. */
function SearchSyntaxHelp() {
  const rows: [string, string][] = [
    ["absconder pool", "questions or answers with both words"],
    ['"absconder pool"', "the exact phrase"],
    ["tracing OR absconders", "either word"],
    ["-asylum, NOT asylum", "leave out questions with the word (a filter too: -status:answered)"],
    ["trac*", "words starting with “trac”"],
    ['member:lowe, member:"rupert lowe"', "asked by a member whose name has these words (case and accents ignored)"],
    ['dept:"home office"', "put to a department whose name has these words"],
    ["uin:95752, uin:HL1234, uin:S3W-12345", "one question by its number"],
    ["status:unanswered", "unanswered (also holding, answered, corrected, withdrawn, overdue; several: status:holding,overdue)"],
    ["has:unresolved", "a figure was left unresolved or declined"],
    ["nonanswer:disproportionate_cost", "an answer declined on cost (also not_held, not_available, will_write, referral, holding, estimate_unreliable, no_comment)"],
    ["date:2025-12-01..2025-12-31", "tabled in a range; also date:2025-12, date:2025, date:2025-12-01.. (from), date:..2025-12-31 (until)"],
    ["house:lords", "Lords questions (also commons, scottish)"],
  ];
  return (
    <details className="search-syntax">
      <summary>Search syntax</summary>
      <dl>
        {rows.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        Filters combine with each other and with the filters below (all must hold); the same filter twice means either value. A search of filters
        alone lists the newest questions first. Anything that cannot be read as syntax is searched for as plain words, with a note saying so.
      </p>
    </details>
  );
}
