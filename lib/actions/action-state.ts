import type { FieldErrors, FormValues } from "@/lib/validation/form-data";

/** What every server action returns; forms render it. */
export type ActionState<T = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      message: string;
      /** What the user submitted, so the form can show it again. */
      values: FormValues;
      /** For a duplicate: where the record that already exists can be seen. */
      existingUrl?: string;
    }
  | { ok: null };

export const initialActionState: ActionState<never> = { ok: null };
