"use server";

import { defineAction } from "@/lib/actions/define-action";
import { questionPaths } from "@/lib/actions/question-paths";
import { createAnswer } from "@/lib/data/answers";
import { DomainValidationError } from "@/lib/data/errors";
import { findQuestionsByUins, getQuestionContext } from "@/lib/data/form-lookups";
import { formatDay } from "@/lib/dates";
import { answerInputSchema } from "@/lib/validation/answer";
import { houseLabel } from "@/lib/domain/house";

export const createAnswerAction = defineAction({
  schema: answerInputSchema,
  run: async (input) => {
    const primary = await getQuestionContext({ id: input.questionId });
    const { found: grouped, missing } = await findQuestionsByUins({
      house: primary.house,
      answeringBodyId: primary.answeringBodyId,
      uins: input.alsoAnswers.filter((uin) => uin !== primary.uin),
      tabledOnOrBefore: input.dateAnswered,
    });
    if (missing.length) {
      const house = houseLabel(primary.house);
      throw new DomainValidationError({
        alsoAnswers: [
          `No ${house} question to the ${primary.answeringBodyName} with UIN ${missing.join(", ")} tabled on or before ${formatDay(input.dateAnswered)} is recorded.`,
        ],
      });
    }
    try {
      const answer = await createAnswer({
        questionIds: [primary.id, ...grouped.map((q) => q.id)],
        kind: input.kind,
        dateAnswered: input.dateAnswered,
        html: input.html,
        answeringMemberId: input.answeringMemberId ?? null,
        correctsAnswerId: input.correctsAnswerId ?? null,
      });
      return { answer, questions: [primary, ...grouped] };
    } catch (e) {
      if (e instanceof DomainValidationError) throw new DomainValidationError(placeQuestionErrors(e.fieldErrors, primary.uin), e.message);
      throw e;
    }
  },
  revalidate: (r) => questionPaths(r.questions),
  redirectTo: (r) => `/questions/${r.questions[0]!.id}`,
});

/**
 * createAnswer reports problems with any of the answered questions under
 * "questionIds"; the form has no such field. Those naming a grouped question
 * belong next to "Also answers", those about this question at the top.
 */
function placeQuestionErrors(fieldErrors: Record<string, string[]>, primaryUin: string): Record<string, string[]> {
  const { questionIds = [], ...rest } = fieldErrors;
  const out: Record<string, string[]> = { ...rest };
  for (const message of questionIds) {
    const key = message.startsWith(`Question ${primaryUin} `) ? "form" : "alsoAnswers";
    (out[key] ??= []).push(message);
  }
  return out;
}
