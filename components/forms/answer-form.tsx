"use client";

import Link from "next/link";
import type { MemberRef } from "@/lib/data/dto";
import { ANSWER_KINDS, ANSWER_KIND_LABELS, answerInputSchema } from "@/lib/validation/answer";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { answerLabel, memberOptions } from "@/components/forms/options";
import { initialValue, useActionForm, type FormAction } from "@/components/forms/use-action-form";

const FIELDS = ["kind", "dateAnswered", "answeringMemberId", "html", "correctsAnswerId", "alsoAnswers"] as const;

export type AnswerOption = { id: number; kind: (typeof ANSWER_KINDS)[number]; dateAnswered: string };

export function AnswerForm<R>({
  action,
  questionId,
  members,
  answers,
}: {
  action: FormAction<R>;
  questionId: number;
  members: MemberRef[];
  /** This question's answers so far: what a correction can correct. */
  answers: AnswerOption[];
}) {
  const form = useActionForm(action, answerInputSchema);
  const { errors, values } = form;
  const v = (name: string, fallback = "") => initialValue(values, name, fallback);
  const correctable = answers.filter((a) => a.kind !== "HOLDING");
  // Once answered, only a correction can follow: start there, on the latest answer.
  const latest = correctable.at(-1);

  return (
    <form className="form" action={form.formAction} onSubmit={form.onSubmit} noValidate aria-label="Log an answer">
      <FormAlert message={form.message} errors={errors} fields={FIELDS} existingUrl={form.existingUrl} />
      <input type="hidden" name="questionId" value={questionId} />
      <div className="field-row">
        <Field
          as="select"
          name="kind"
          label="Type of answer"
          required
          options={ANSWER_KINDS.map((k) => ({ value: k, label: ANSWER_KIND_LABELS[k] }))}
          defaultValue={v("kind", latest ? "CORRECTION" : "SUBSTANTIVE")}
          errors={errors.kind}
        />
        <Field type="date" name="dateAnswered" label="Date answered" required defaultValue={v("dateAnswered")} errors={errors.dateAnswered} />
      </div>
      <Field
        as="select"
        name="answeringMemberId"
        label="Answered by"
        placeholder="Not named"
        options={memberOptions(members)}
        defaultValue={v("answeringMemberId")}
        errors={errors.answeringMemberId}
      />
      <Field
        as="textarea"
        name="html"
        label="Answer text"
        required
        rows={12}
        hint="Plain text (a blank line between paragraphs) or HTML as published; anything outside a safe set of tags is removed."
        defaultValue={v("html")}
        errors={errors.html}
      />
      <Field
        as="select"
        name="correctsAnswerId"
        label="Corrects"
        placeholder={correctable.length ? "Not a correction" : "No earlier answer to correct"}
        hint="Only for a correction: the earlier answer it corrects (that answer's text is kept as it was)."
        options={correctable.map((a) => ({ value: String(a.id), label: answerLabel(a) }))}
        defaultValue={v("correctsAnswerId", latest ? String(latest.id) : "")}
        errors={errors.correctsAnswerId}
      />
      <Field
        name="alsoAnswers"
        label="Also answers (grouped UINs)"
        hint="When one answer was given to several questions: their UINs, separated by commas or spaces (e.g. 95751, 95750). They must be to the same department and tabled by the answer date."
        defaultValue={v("alsoAnswers")}
        errors={errors.alsoAnswers}
      />
      <div className="actions">
        <SubmitButton pending={form.pending}>Save answer</SubmitButton>
        <Link href={`/questions/${questionId}`}>Cancel</Link>
      </div>
    </form>
  );
}
