"use server";

import { defineAction } from "@/lib/actions/define-action";
import { reviewFigure } from "@/lib/data/reviews";
import { figureReviewSchema } from "@/lib/validation/figure-review";

export const acceptEditedFigureAction = defineAction({
  schema: figureReviewSchema,
  role: "editor",
  run: ({ id, ...edits }) =>
    reviewFigure({
      id,
      decision: "accept",
      edits: { ...edits, value: edits.value ?? null, valueText: edits.valueText ?? null, unit: edits.unit ?? null },
    }),
  revalidate: (r) => ["/figures", "/suggestions", ...r.questionIds.map((id) => `/questions/${id}`)],
  redirectTo: (r, input) => (r.questionIds[0] ? `/questions/${r.questionIds[0]}#figures-heading` : `/figures/${input.id}`),
});
