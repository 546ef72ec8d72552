"use server";

import { defineAction } from "@/lib/actions/define-action";
import { reviewFigure, reviewFollowUp, reviewResolution } from "@/lib/data/reviews";
import { reviewInputSchema } from "@/lib/validation/review";

export const reviewSuggestionAction = defineAction({
  schema: reviewInputSchema,
  role: "editor",
  run: async (input) => {
    const review = { id: input.id, decision: input.decision };
    if (input.target === "followUp") return reviewFollowUp(review);
    if (input.target === "figure") return reviewFigure(review);
    return reviewResolution(review);
  },
  revalidate: (result) => ["/suggestions", "/figures", ...result.questionIds.map((id) => `/questions/${id}`)],
});
