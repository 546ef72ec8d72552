"use client";

import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

export type ReviewAction = (prev: ActionState<{ questionIds: number[] }>, formData: FormData) => Promise<ActionState<{ questionIds: number[] }>>;

/** Accept / Reject for one suggestion; works as a plain form without JavaScript. */
export function ReviewButtons({ action, target, id, label }: { action: ReviewAction; target: "followUp" | "figure" | "resolution"; id: number; label: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="review-buttons" aria-label={`Review: ${label}`}>
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <button className="button button--small" type="submit" name="decision" value="accept" disabled={pending} aria-label={`Accept: ${label}`}>
        Accept
      </button>{" "}
      <button className="button button--small button--secondary" type="submit" name="decision" value="reject" disabled={pending} aria-label={`Reject: ${label}`}>
        Reject
      </button>
      {state.ok === false ? (
        <p className="field-error" role="alert">
          {[state.message, ...Object.values(state.fieldErrors).flat()].filter((m, i, all) => m && all.indexOf(m) === i).join(" ")}
        </p>
      ) : null}
    </form>
  );
}
