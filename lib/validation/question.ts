import { z } from "zod";
import { HOUSES, houseOfUin } from "@/lib/domain/house";
import type { House } from "@/lib/generated/prisma/enums";
import { formCheckbox, formDay, formId, formText, optionalFormDay, optionalFormId } from "@/lib/validation/form-data";

/** A UIN as printed: digits (Commons), HL + digits (Lords), S<session>W-digits (Scottish Parliament). */
const UIN = /^((HL)?\d{1,7}|S\d{1,2}[A-Z]-\d{1,6})$/i;

const UIN_HOUSE_MESSAGES: Record<House, string> = {
  COMMONS: "Commons UINs are numbers (HL… is the Lords, S6W-… the Scottish Parliament).",
  LORDS: "Lords UINs start with HL (e.g. HL1234).",
  SCOTTISH: "Scottish Parliament question ids look like S6W-12345.",
};

export const questionInputSchema = z
  .object({
    house: z.enum(HOUSES, { error: "Choose the House." }),
    // An empty UIN already says "required"; the format message would only repeat it.
    uin: formText("UIN", 20).refine((v) => v === "" || UIN.test(v), "UIN must be a number such as 95752 (Lords: HL1234; Scottish Parliament: S6W-12345)."),
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
      if (uin && UIN.test(uin) && (HOUSES as readonly unknown[]).includes(v.house) && houseOfUin(uin) !== v.house) {
        ctx.addIssue({ code: "custom", path: ["uin"], message: UIN_HOUSE_MESSAGES[v.house as House] });
      }
    },
    // A form with an empty select must still show the date error in the same round.
    { when: () => true },
  );

export type QuestionInput = z.output<typeof questionInputSchema>;
