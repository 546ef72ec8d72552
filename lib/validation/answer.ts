import { z } from "zod";
import { formDay, formId, formText, optionalFormId } from "@/lib/validation/form-data";

export const ANSWER_KINDS = ["HOLDING", "SUBSTANTIVE", "CORRECTION"] as const;

export const ANSWER_KIND_LABELS: Record<(typeof ANSWER_KINDS)[number], string> = {
  HOLDING: "Holding answer",
  SUBSTANTIVE: "Substantive answer",
  CORRECTION: "Correction",
};

const UIN = /^(HL)?\d{1,7}$/;

/**
 * "97688, 97689 HL1234" → ["97688", "97689", "HL1234"]. Only the format is
 * checked here; which questions the UINs name is for the server to find.
 */
export const uinList = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z.string().transform((raw, ctx) => {
      const uins = [...new Set(raw.split(/[\s,;]+/).filter(Boolean).map((u) => u.toUpperCase()))];
      const bad = uins.filter((u) => !UIN.test(u));
      if (bad.length) {
        ctx.addIssue({
          code: "custom",
          message: `${label}: ${bad.map((b) => `"${b}"`).join(", ")} ${bad.length === 1 ? "is not a UIN" : "are not UINs"} (e.g. 95751, HL1234).`,
        });
        return z.NEVER;
      }
      return uins;
    }),
  );

export const answerInputSchema = z
  .object({
    questionId: formId("the question"),
    kind: z.enum(ANSWER_KINDS, { error: "Choose the type of answer." }),
    dateAnswered: formDay("Date answered"),
    answeringMemberId: optionalFormId("the minister who answered"),
    html: formText("Answer text", 100_000),
    correctsAnswerId: optionalFormId("the answer being corrected"),
    alsoAnswers: uinList("Also answers"),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (see `when`), so values may be unparsed.
      if (v.kind === "CORRECTION" && v.correctsAnswerId === undefined) {
        ctx.addIssue({ code: "custom", path: ["correctsAnswerId"], message: "Choose the answer this correction corrects." });
      }
      if ((v.kind === "HOLDING" || v.kind === "SUBSTANTIVE") && v.correctsAnswerId !== undefined) {
        ctx.addIssue({ code: "custom", path: ["correctsAnswerId"], message: "Only a correction corrects an earlier answer; leave this empty." });
      }
    },
    // Show the cross-field errors together with the others, not one round after.
    { when: () => true },
  );

export type AnswerInput = z.output<typeof answerInputSchema>;
