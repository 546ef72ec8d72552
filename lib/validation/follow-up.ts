import { z } from "zod";
import { optionalFormId, optionalFormText } from "@/lib/validation/form-data";
import { uinList } from "@/lib/validation/answer";

export const FOLLOW_UP_KINDS = ["EXPLICIT_REFERENCE", "SAME_SUBJECT", "UNRESOLVED_FIGURE"] as const;

export const FOLLOW_UP_KIND_LABELS: Record<(typeof FOLLOW_UP_KINDS)[number], string> = {
  EXPLICIT_REFERENCE: "Explicit reference",
  SAME_SUBJECT: "Same subject",
  UNRESOLVED_FIGURE: "Pursues an unresolved figure",
};

/** The earlier side as a select sends it: "answer:12" or "question:34". */
const FROM = /^(answer|question):([1-9]\d{0,9})$/;

export type FollowUpSource = { fromAnswerId: number; fromQuestionId?: undefined } | { fromQuestionId: number; fromAnswerId?: undefined };

export const followUpInputSchema = z
  .object({
    from: z
      .string({ error: "Say which earlier question or answer this follows up." })
      .trim()
      .transform((v, ctx): FollowUpSource => {
        const m = FROM.exec(v);
        if (!m) {
          ctx.addIssue({ code: "custom", message: "Say which earlier question or answer this follows up." });
          return z.NEVER;
        }
        return m[1] === "answer" ? { fromAnswerId: Number(m[2]) } : { fromQuestionId: Number(m[2]) };
      }),
    toQuestionId: optionalFormId("the later question"),
    /** Instead of the select: the later question's UIN, found on the server. */
    toUin: uinList("UIN").refine((l) => l.length <= 1, "Give one UIN.").transform((l) => l[0]),
    kind: z.enum(FOLLOW_UP_KINDS, { error: "Choose the kind of link." }),
    note: optionalFormText("Note", 2000),
    figureId: optionalFormId("the figure pursued"),
    /** The question whose page the link is made from: where the browser goes back to. */
    questionId: optionalFormId("the question"),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (see `when`), so values may be unparsed.
      if (v.toQuestionId === undefined && v.toUin === undefined) {
        ctx.addIssue({ code: "custom", path: ["toQuestionId"], message: "Choose the later question, or give its UIN." });
      }
      if (v.toQuestionId !== undefined && typeof v.toUin === "string") {
        ctx.addIssue({ code: "custom", path: ["toUin"], message: "Choose the later question from the list or give its UIN, not both." });
      }
      if (v.kind === "UNRESOLVED_FIGURE" && v.figureId === undefined) {
        ctx.addIssue({ code: "custom", path: ["figureId"], message: "Say which unresolved figure the later question pursues." });
      }
    },
    // Show the cross-field errors together with the others, not one round after.
    { when: () => true },
  );

export type FollowUpInput = z.output<typeof followUpInputSchema>;
