import { z } from "zod";
import { formId } from "@/lib/validation/form-data";

/** An editor's decision on one suggestion (a hidden-field form with Accept / Reject buttons). */
export const reviewInputSchema = z.object({
  target: z.enum(["followUp", "figure", "resolution"], { error: "Unknown kind of suggestion." }),
  id: formId("a suggestion"),
  decision: z.enum(["accept", "reject"], { error: "Choose accept or reject." }),
});

export type ReviewInput = z.output<typeof reviewInputSchema>;
