"use client";

import Link from "next/link";
import type { Option } from "@/components/forms/field";
import { FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS, followUpInputSchema } from "@/lib/validation/follow-up";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialValue, useActionForm, type FormAction } from "@/components/forms/use-action-form";

const FIELDS = ["from", "toQuestionId", "toUin", "kind", "figureId", "note"] as const;

export function FollowUpForm<R>({
  action,
  questionId,
  fromOptions,
  defaultFrom,
  laterQuestions,
  figures,
}: {
  action: FormAction<R>;
  questionId: number;
  /** This question ("question:<id>") and its answers ("answer:<id>"): the earlier side. */
  fromOptions: Option[];
  defaultFrom?: string;
  laterQuestions: Option[];
  /** This question's figures still open: what a later question can pursue. */
  figures: Option[];
}) {
  const form = useActionForm(action, followUpInputSchema);
  const { errors, values } = form;
  const v = (name: string, fallback = "") => initialValue(values, name, fallback);

  return (
    <form className="form" action={form.formAction} onSubmit={form.onSubmit} noValidate aria-label="Link a follow-up">
      <FormAlert message={form.message} errors={errors} fields={FIELDS} existingUrl={form.existingUrl} />
      <input type="hidden" name="questionId" value={questionId} />
      <Field
        as="select"
        name="from"
        label="Follows up"
        required
        hint="What the later question pursues: this question, or one of the answers it got."
        options={fromOptions}
        defaultValue={v("from", defaultFrom ?? fromOptions[0]?.value ?? "")}
        errors={errors.from}
      />
      <Field
        as="select"
        name="toQuestionId"
        label="Later question"
        required
        placeholder={laterQuestions.length ? "Choose the later question…" : "No later question to this department yet"}
        hint="Questions to the same department tabled on or after this one."
        options={laterQuestions}
        defaultValue={v("toQuestionId")}
        errors={errors.toQuestionId}
      />
      <Field name="toUin" label="Or UIN" hint="If the later question is not in the list: its UIN (same House)." defaultValue={v("toUin")} errors={errors.toUin} />
      <Field
        as="select"
        name="kind"
        label="Kind of link"
        required
        options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: FOLLOW_UP_KIND_LABELS[k] }))}
        defaultValue={v("kind", "SAME_SUBJECT")}
        errors={errors.kind}
      />
      <Field
        as="select"
        name="figureId"
        label="Figure pursued"
        placeholder={figures.length ? "None" : "No open figure recorded for this question"}
        hint='Needed for "Pursues an unresolved figure": the figure the answer did not give.'
        options={figures}
        defaultValue={v("figureId")}
        errors={errors.figureId}
      />
      <Field as="textarea" name="note" label="Note" rows={3} hint="Optional: what the later question takes up (at most 2,000 characters)." defaultValue={v("note")} errors={errors.note} />
      <div className="actions">
        <SubmitButton pending={form.pending}>Save link</SubmitButton>
        <Link href={`/questions/${questionId}`}>Cancel</Link>
      </div>
    </form>
  );
}
