import { z } from "zod";
import { formCheckbox, formDay, formId, formText, optionalFormDay, optionalFormId } from "@/lib/validation/form-data";

/** A UIN as Parliament prints it: digits, or HL + digits for the Lords. */
const UIN = /^(HL)?\d{1,7}$/i;

export const questionInputSchema = z
  .object({
    house: z.enum(["COMMONS", "LORDS"], { error: "Choose the House." }),
    // An empty UIN already says "required"; the format message would only repeat it.
    uin: formText("UIN", 20).refine((v) => v === "" || UIN.test(v), "UIN must be a number such as 95752 (Lords: HL1234)."),
    dateTabled: formDay("Date tabled"),
    dateForAnswer: optionalFormDay("Date for answer"),
    isNamedDay: formCheckbox(),
    heading: formText("Heading", 300),
    text: formText("Question text", 20_000),
    askingMemberId: formId("the member who asked"),
    answeringBodyId: formId("the answering department"),
    parliamentId: optionalFormId("a Parliament id"),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (see `when`), so values may be unparsed.
      if (v.dateForAnswer instanceof Date && v.dateTabled instanceof Date && v.dateForAnswer < v.dateTabled) {
        ctx.addIssue({ code: "custom", path: ["dateForAnswer"], message: "Date for answer cannot be before the date tabled." });
      }
      if (v.isNamedDay && v.dateForAnswer === undefined) {
        ctx.addIssue({ code: "custom", path: ["dateForAnswer"], message: "A named-day question needs its named day." });
      }
      const uin = typeof v.uin === "string" ? v.uin : "";
      if (v.house === "LORDS" && uin && !/^HL/i.test(uin)) {
        ctx.addIssue({ code: "custom", path: ["uin"], message: "Lords UINs start with HL (e.g. HL1234)." });
      }
      if (v.house === "COMMONS" && /^HL/i.test(uin)) {
        ctx.addIssue({ code: "custom", path: ["uin"], message: "HL UINs belong to the Lords." });
      }
    },
    // A form with an empty select must still show the date error in the same round.
    { when: () => true },
  );

export type QuestionInput = z.output<typeof questionInputSchema>;
