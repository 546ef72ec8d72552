import { z } from "zod";
import { formCheckbox, formDay, formId, formText, optionalFormDay, optionalFormId } from "@/lib/validation/form-data";

/** A UIN as Parliament prints it: digits, or HL + digits for the Lords. */
const UIN = /^(HL)?\d{1,7}$/i;

export const questionInputSchema = z
  .object({
    house: z.enum(["COMMONS", "LORDS"], { error: "Choose the House." }),
    uin: formText("UIN", 20).refine((v) => UIN.test(v), "UIN must be a number such as 95752 (Lords: HL1234)."),
    dateTabled: formDay("Date tabled"),
    dateForAnswer: optionalFormDay("Date for answer"),
    isNamedDay: formCheckbox(),
    heading: formText("Heading", 300),
    text: formText("Question text", 20_000),
    askingMemberId: formId("the member who asked"),
    answeringBodyId: formId("the answering department"),
    parliamentId: optionalFormId("a Parliament id"),
  })
  .superRefine((v, ctx) => {
    if (v.dateForAnswer && v.dateForAnswer < v.dateTabled) {
      ctx.addIssue({ code: "custom", path: ["dateForAnswer"], message: "Date for answer cannot be before the date tabled." });
    }
    if (v.isNamedDay && !v.dateForAnswer) {
      ctx.addIssue({ code: "custom", path: ["dateForAnswer"], message: "A named-day question needs its named day." });
    }
    if (v.house === "LORDS" && !/^HL/i.test(v.uin)) {
      ctx.addIssue({ code: "custom", path: ["uin"], message: "Lords UINs start with HL (e.g. HL1234)." });
    }
    if (v.house === "COMMONS" && /^HL/i.test(v.uin)) {
      ctx.addIssue({ code: "custom", path: ["uin"], message: "HL UINs belong to the Lords." });
    }
  });

export type QuestionInput = z.output<typeof questionInputSchema>;
