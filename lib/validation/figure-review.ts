import { z } from "zod";
import { formCheckbox, formId, formText, optionalFormText } from "@/lib/validation/form-data";
import { optionalFormNumber } from "@/lib/validation/figure";

/** Editing a suggested figure before accepting it: what analysis may have got wrong. */
export const figureReviewSchema = z.object({
  id: formId("a figure"),
  measure: formText("What is measured", 300),
  value: optionalFormNumber("Value"),
  valueText: optionalFormText("As the source puts it", 100),
  unit: optionalFormText("Unit", 50),
  approximate: formCheckbox(),
  status: z.enum(["STATED", "UNRESOLVED", "DECLINED", "REPORTED_UNCONFIRMED"], { error: "Choose a status." }),
});
