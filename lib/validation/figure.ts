import { z } from "zod";
import { formCheckbox, formText, optionalFormDay, optionalFormId, optionalFormText } from "@/lib/validation/form-data";

export const FIGURE_STATUSES = ["STATED", "UNRESOLVED", "DECLINED", "REPORTED_UNCONFIRMED", "RESOLVED"] as const;

export const FIGURE_STATUS_LABELS: Record<(typeof FIGURE_STATUSES)[number], string> = {
  STATED: "Stated",
  UNRESOLVED: "Unresolved",
  DECLINED: "Declined",
  REPORTED_UNCONFIRMED: "Reported, not confirmed",
  RESOLVED: "Resolved",
};

const NUMBER = /^-?\d+(\.\d+)?$/;

/** "1,234.5", "53 298" or "65" → a number; thousands separators are how figures are printed. */
export const optionalFormNumber = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[,\s\u00a0\u202f]/g, "") : v),
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === "") return undefined;
        if (!NUMBER.test(v)) {
          ctx.addIssue({ code: "custom", message: `${label} must be a number, such as 1,234.5 (put words in "As the source puts it").` });
          return z.NEVER;
        }
        return Number(v);
      }),
  );

const optionalHttpUrl = (label: string) =>
  optionalFormText(label, 2000).refine((v) => {
    if (v === undefined) return true;
    try {
      const url = new URL(v);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, `${label} must be a web address starting with http:// or https://.`);

export const figureInputSchema = z
  .object({
    measure: formText("What is measured", 300),
    value: optionalFormNumber("Value"),
    valueText: optionalFormText("As the source puts it", 200),
    unit: optionalFormText("Unit", 50),
    approximate: formCheckbox(),
    asOf: optionalFormDay("As of"),
    status: z.enum(FIGURE_STATUSES, { error: "Choose the status of the figure." }),
    quote: optionalFormText("Quote", 5000),
    sourceAnswerId: optionalFormId("the answer the figure comes from"),
    sourceTitle: optionalFormText("Outside source title", 300),
    sourceUrl: optionalHttpUrl("Outside source URL"),
    askedInQuestionId: optionalFormId("the question that asked for it"),
    resolvedByAnswerId: optionalFormId("the answer that resolved it"),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (see `when`), so values may be unparsed.
      const hasTitle = typeof v.sourceTitle === "string" && v.sourceTitle !== "";
      if (v.sourceAnswerId === undefined && !hasTitle) {
        ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "Give the answer the figure comes from, or name the outside source." });
      } else if (v.sourceUrl !== undefined && !hasTitle) {
        ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "Give the outside source a title as well as its URL." });
      }
      if (v.status === "RESOLVED") {
        if (v.resolvedByAnswerId === undefined) {
          ctx.addIssue({ code: "custom", path: ["resolvedByAnswerId"], message: "A resolved figure needs the answer that supplied it." });
        }
        if (v.value === undefined && v.valueText === undefined) {
          ctx.addIssue({ code: "custom", path: ["value"], message: "A resolved figure needs its value (a number, or as the source puts it)." });
        }
      } else if ((FIGURE_STATUSES as readonly string[]).includes(v.status) && v.resolvedByAnswerId !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["resolvedByAnswerId"],
          message: "Only a resolved figure has a resolving answer: set the status to Resolved or leave this empty.",
        });
      }
    },
    // Show the cross-field errors together with the others, not one round after.
    { when: () => true },
  );

export type FigureInput = z.output<typeof figureInputSchema>;
