"use client";

import { useActionState, useEffect, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { fieldErrorsOf, formDataToObject, type FieldErrors, type FormValues } from "@/lib/validation/form-data";
import { queryKeys } from "@/lib/query/keys";

export type FormAction<R> = (prev: ActionState<R>, formData: FormData) => Promise<ActionState<R>>;

const CLIENT_MESSAGE = "Please correct the highlighted fields.";

/**
 * A form bound to a server action (made with defineAction) and the zod schema
 * that action parses with. On submit the same schema runs in the browser: an
 * invalid form is stopped there and shows its errors with no round trip. A valid
 * one goes to the server, which validates again (and is all there is without
 * JavaScript) and answers with errors and the submitted values.
 */
export function useActionForm<R>(action: FormAction<R>, schema: z.ZodType) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  // Client errors belong to the server state they were found on: a new answer
  // from the server replaces them without an effect having to clear them.
  const [clientCheck, setClientCheck] = useState<{ on: ActionState<R>; errors: FieldErrors } | null>(null);
  const queryClient = useQueryClient();

  useEffect(() => {
    // Successful actions redirect, which refetches anyway; this covers a form that stays.
    if (state.ok === true) void queryClient.invalidateQueries({ queryKey: queryKeys.all });
  }, [state, queryClient]);

  const client = clientCheck && clientCheck.on === state ? clientCheck.errors : null;
  const serverFailed = state.ok === false ? state : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const parsed = schema.safeParse(formDataToObject(new FormData(form)));
    if (parsed.success) {
      setClientCheck(null);
      return;
    }
    event.preventDefault();
    const errors = fieldErrorsOf(parsed.error);
    setClientCheck({ on: state, errors });
    focusFirstInvalid(form, errors);
  }

  const errors: FieldErrors = client ?? serverFailed?.fieldErrors ?? {};
  return {
    formAction,
    onSubmit,
    pending,
    state,
    errors,
    /** What the server got back, to refill the fields React resets after an action. */
    values: serverFailed?.values,
    message: client ? CLIENT_MESSAGE : (serverFailed?.message ?? null),
    existingUrl: client ? undefined : serverFailed?.existingUrl,
  };
}

function focusFirstInvalid(form: HTMLFormElement, errors: FieldErrors) {
  for (const el of Array.from(form.elements)) {
    const name = (el as HTMLInputElement).name;
    if (name && errors[name] && el instanceof HTMLElement) {
      el.focus();
      return;
    }
  }
}

/**
 * The value a field starts with: what the server echoed after a failed submit,
 * otherwise the form's own default. An absent key in echoed values means the
 * field was sent empty (or a checkbox unticked), not "use the default".
 */
export function initialValue(values: FormValues | undefined, name: string, fallback = ""): string {
  if (!values) return fallback;
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

export function initialChecked(values: FormValues | undefined, name: string, fallback = false): boolean {
  if (!values) return fallback;
  const v = values[name];
  return v === "on" || v === "true";
}
