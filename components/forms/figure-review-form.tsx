"use client";

import { figureReviewSchema } from "@/lib/validation/figure-review";
import { FIGURE_STATUS_LABELS } from "@/lib/validation/figure";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialChecked, initialValue, useActionForm, type FormAction } from "@/components/forms/use-action-form";

const FIELDS = ["measure", "value", "valueText", "unit", "approximate", "status"] as const;
const STATUSES = ["STATED", "UNRESOLVED", "DECLINED", "REPORTED_UNCONFIRMED"] as const;

export type FigureReviewDefaults = { id: number; measure: string; value: number | null; valueText: string | null; unit: string | null; approximate: boolean; status: string };

export function FigureReviewForm<R>({ action, figure }: { action: FormAction<R>; figure: FigureReviewDefaults }) {
  const form = useActionForm(action, figureReviewSchema);
  const { errors, values } = form;
  const v = (name: string, fallback = "") => initialValue(values, name, fallback);
  return (
    <form className="form" action={form.formAction} onSubmit={form.onSubmit} noValidate aria-label="Edit and accept the figure">
      <FormAlert message={form.message} errors={errors} fields={FIELDS} />
      <input type="hidden" name="id" value={figure.id} />
      <Field name="measure" label="What is measured" required defaultValue={v("measure", figure.measure)} errors={errors.measure} />
      <div className="field-row">
        <Field name="value" label="Value" inputMode="decimal" defaultValue={v("value", figure.value?.toString() ?? "")} errors={errors.value} />
        <Field name="valueText" label="As the source puts it" defaultValue={v("valueText", figure.valueText ?? "")} errors={errors.valueText} />
        <Field name="unit" label="Unit" defaultValue={v("unit", figure.unit ?? "")} errors={errors.unit} />
      </div>
      <Field as="checkbox" name="approximate" label="Approximate" defaultChecked={values ? initialChecked(values, "approximate") : figure.approximate} errors={errors.approximate} />
      <Field
        as="select"
        name="status"
        label="Status"
        required
        options={STATUSES.map((s) => ({ value: s, label: FIGURE_STATUS_LABELS[s] }))}
        defaultValue={v("status", figure.status)}
        errors={errors.status}
      />
      <SubmitButton pending={form.pending}>Accept into the ledger</SubmitButton>
    </form>
  );
}
