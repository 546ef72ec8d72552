"use client";

import Link from "next/link";
import type { Option, OptionGroup } from "@/components/forms/field";
import { FIGURE_STATUSES, FIGURE_STATUS_LABELS, figureInputSchema } from "@/lib/validation/figure";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialChecked, initialValue, useActionForm, type FormAction } from "@/components/forms/use-action-form";

const FIELDS = [
  "measure", "value", "valueText", "unit", "approximate", "asOf", "status",
  "sourceAnswerId", "sourceTitle", "sourceUrl", "quote", "resolvedByAnswerId",
] as const;

export function FigureForm<R>({
  action,
  questionId,
  sourceAnswers,
  defaultSourceAnswerId,
  resolvingAnswers,
}: {
  action: FormAction<R>;
  /** The question that asked for the figure (stored as askedInQuestionId). */
  questionId: number;
  /** This question's answers. */
  sourceAnswers: Option[];
  defaultSourceAnswerId?: number;
  /** Answers that may have supplied the figure later. */
  resolvingAnswers: (Option | OptionGroup)[];
}) {
  const form = useActionForm(action, figureInputSchema);
  const { errors, values } = form;
  const v = (name: string, fallback = "") => initialValue(values, name, fallback);

  return (
    <form className="form" action={form.formAction} onSubmit={form.onSubmit} noValidate aria-label="Record a figure">
      <FormAlert message={form.message} errors={errors} fields={FIELDS} existingUrl={form.existingUrl} />
      <input type="hidden" name="askedInQuestionId" value={questionId} />
      <Field name="measure" label="What is measured" required hint='e.g. "Staff dedicated to tracing absconders".' defaultValue={v("measure")} errors={errors.measure} />
      <div className="field-row">
        <Field name="value" label="Value" inputMode="decimal" hint="A number, e.g. 1,234.5. Leave empty if none was given." defaultValue={v("value")} errors={errors.value} />
        <Field name="valueText" label="As the source puts it" hint='e.g. "c.65", "none", "almost 50,000".' defaultValue={v("valueText")} errors={errors.valueText} />
        <Field name="unit" label="Unit" hint='e.g. "people", "staff", "£".' defaultValue={v("unit")} errors={errors.unit} />
      </div>
      <div className="field-row">
        <Field as="checkbox" name="approximate" label="Approximate" defaultChecked={initialChecked(values, "approximate")} errors={errors.approximate} />
        <Field type="date" name="asOf" label="As of" defaultValue={v("asOf")} errors={errors.asOf} />
      </div>
      <Field
        as="select"
        name="status"
        label="Status"
        required
        options={FIGURE_STATUSES.map((s) => ({ value: s, label: FIGURE_STATUS_LABELS[s] }))}
        defaultValue={v("status", "UNRESOLVED")}
        errors={errors.status}
      />
      <Field
        as="select"
        name="sourceAnswerId"
        label="From answer"
        placeholder="None: an outside source"
        hint="The answer that stated, declined or left open the figure."
        options={sourceAnswers}
        defaultValue={v("sourceAnswerId", defaultSourceAnswerId ? String(defaultSourceAnswerId) : "")}
        errors={errors.sourceAnswerId}
      />
      <div className="field-row">
        <Field name="sourceTitle" label="Outside source title" hint="When no answer carries the figure: the press report or statistics." defaultValue={v("sourceTitle")} errors={errors.sourceTitle} />
        <Field type="url" name="sourceUrl" label="Outside source URL" inputMode="url" placeholder="https://" defaultValue={v("sourceUrl")} errors={errors.sourceUrl} />
      </div>
      <Field as="textarea" name="quote" label="Quote" rows={3} hint="The words of the source, as published." defaultValue={v("quote")} errors={errors.quote} />
      <Field
        as="select"
        name="resolvedByAnswerId"
        label="Resolved by answer"
        placeholder="Not resolved"
        hint='Only for a "Resolved" figure: the later answer that finally gave it.'
        options={resolvingAnswers}
        defaultValue={v("resolvedByAnswerId")}
        errors={errors.resolvedByAnswerId}
      />
      <div className="actions">
        <SubmitButton pending={form.pending}>Save figure</SubmitButton>
        <Link href={`/questions/${questionId}`}>Cancel</Link>
      </div>
    </form>
  );
}
