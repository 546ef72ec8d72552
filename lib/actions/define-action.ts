import "server-only";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller, hasRole, type Caller, type Role } from "@/lib/actions/caller";
import type { ActionState } from "@/lib/actions/action-state";
import { DomainValidationError, DuplicateError, NotFoundError } from "@/lib/data/errors";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/form-data";

type ActionConfig<S extends z.ZodType, R> = {
  schema: S;
  /** Least role allowed to run it. */
  role?: Role;
  run: (input: z.output<S>, ctx: { caller: Caller; formData: FormData }) => Promise<R>;
  /** Paths whose cached renders the mutation makes stale. */
  revalidate?: (result: R, input: z.output<S>) => string[];
  /** Where to send the browser on success (also works without JavaScript). */
  redirectTo?: (result: R, input: z.output<S>) => string | null;
};

/**
 * The one path every mutation takes: parse with the form's zod schema → check
 * the caller's role → call lib/data → revalidate → redirect. Known failures come
 * back as { ok: false, fieldErrors, message, values } so the form can show them
 * next to the fields without losing what was typed.
 */
export function defineAction<S extends z.ZodType, R>(config: ActionConfig<S, R>) {
  return async function action(_prev: ActionState<R>, formData: FormData): Promise<ActionState<R>> {
    const values = formDataToObject(formData);
    const fail = (message: string, fieldErrors: Record<string, string[]> = {}, existingUrl?: string): ActionState<R> => ({
      ok: false,
      message,
      fieldErrors,
      values,
      ...(existingUrl ? { existingUrl } : {}),
    });

    const parsed = config.schema.safeParse(values);
    if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));

    const caller = await getCaller();
    if (!hasRole(caller, config.role ?? "editor")) return fail("You do not have permission to change records.");

    let result: R;
    try {
      result = await config.run(parsed.data, { caller, formData });
    } catch (e) {
      if (e instanceof DomainValidationError) return fail(e.message, e.fieldErrors);
      if (e instanceof DuplicateError) return fail(e.message, e.field ? { [e.field]: [e.message] } : {}, e.url);
      if (e instanceof NotFoundError) return fail(e.message);
      console.error("Action failed", e);
      return fail("Something went wrong while saving. Nothing was changed; please try again.");
    }

    for (const path of config.revalidate?.(result, parsed.data) ?? []) revalidatePath(path);
    const to = config.redirectTo?.(result, parsed.data);
    if (to) redirect(to);
    return { ok: true, data: result };
  };
}
