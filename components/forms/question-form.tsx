"use client";

import Link from "next/link";
import type { BodyRef, MemberRef } from "@/lib/data/dto";
import type { House } from "@/lib/generated/prisma/enums";
import { questionInputSchema } from "@/lib/validation/question";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { memberOptions } from "@/components/forms/options";
import { initialChecked, initialValue, useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { HOUSES, houseLabel } from "@/lib/domain/house";

const FIELDS = ["house", "uin", "dateTabled", "dateForAnswer", "isNamedDay", "askingMemberId", "answeringBodyId", "heading", "text", "parliamentId"] as const;

export function QuestionForm<R>({
  action,
  members,
  departments,
  defaults = {},
}: {
  action: FormAction<R>;
  members: MemberRef[];
  departments: BodyRef[];
  defaults?: { house?: House; askingMemberId?: number };
}) {
  const form = useActionForm(action, questionInputSchema);
  const { errors, values } = form;
  const v = (name: string, fallback = "") => initialValue(values, name, fallback);

  return (
    <form className="form" action={form.formAction} onSubmit={form.onSubmit} noValidate aria-label="Log a question">
      <FormAlert message={form.message} errors={errors} fields={FIELDS} existingUrl={form.existingUrl} />
      <div className="field-row">
        <Field
          as="select"
          name="house"
          label="House"
          required
          options={HOUSES.map((house) => ({ value: house, label: houseLabel(house) }))}
          defaultValue={v("house", defaults.house ?? "COMMONS")}
          errors={errors.house}
        />
        <Field name="uin" label="UIN" required hint="As printed, e.g. 95752; Lords: HL1234; Scottish Parliament: S6W-12345." defaultValue={v("uin")} errors={errors.uin} />
      </div>
      <div className="field-row">
        <Field type="date" name="dateTabled" label="Date tabled" required defaultValue={v("dateTabled")} errors={errors.dateTabled} />
        <Field type="date" name="dateForAnswer" label="Date due for answer" defaultValue={v("dateForAnswer")} errors={errors.dateForAnswer} />
      </div>
      <Field
        as="checkbox"
        name="isNamedDay"
        label="Named-day question"
        hint="The Member asked for an answer on a named day."
        defaultChecked={initialChecked(values, "isNamedDay")}
        errors={errors.isNamedDay}
      />
      <Field
        as="select"
        name="askingMemberId"
        label="Asked by"
        required
        placeholder="Choose a member…"
        options={memberOptions(members)}
        defaultValue={v("askingMemberId", defaults.askingMemberId ? String(defaults.askingMemberId) : "")}
        errors={errors.askingMemberId}
      />
      <Field
        as="select"
        name="answeringBodyId"
        label="Department"
        required
        placeholder="Choose the answering department…"
        options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
        defaultValue={v("answeringBodyId")}
        errors={errors.answeringBodyId}
      />
      <Field name="heading" label="Heading" required defaultValue={v("heading")} errors={errors.heading} />
      <Field as="textarea" name="text" label="Question text" required rows={6} hint='Usually begins "To ask the Secretary of State…".' defaultValue={v("text")} errors={errors.text} />
      <Field
        name="parliamentId"
        label="Parliament question id (optional)"
        inputMode="numeric"
        hint="The id in Parliament's written questions service, if known; it links the record to the official page."
        defaultValue={v("parliamentId")}
        errors={errors.parliamentId}
      />
      <div className="actions">
        <SubmitButton pending={form.pending}>Save question</SubmitButton>
        <Link href="/">Cancel</Link>
      </div>
    </form>
  );
}
