"use server";

import { defineAction } from "@/lib/actions/define-action";
import { questionPaths, renameErrorKeys } from "@/lib/actions/question-paths";
import { DomainValidationError, DuplicateError } from "@/lib/data/errors";
import { createFollowUp } from "@/lib/data/follow-ups";
import { findLaterQuestionByUin, getQuestionContext, listAnswerQuestionContexts } from "@/lib/data/form-lookups";
import { formatDay } from "@/lib/dates";
import { followUpInputSchema } from "@/lib/validation/follow-up";
import { houseLabel } from "@/lib/domain/house";

export const createFollowUpAction = defineAction({
  schema: followUpInputSchema,
  run: async (input, { caller }) => {
    const fromQuestions = input.from.fromAnswerId !== undefined
      ? await listAnswerQuestionContexts({ answerId: input.from.fromAnswerId })
      : [await getQuestionContext({ id: input.from.fromQuestionId })];
    const earliest = [...fromQuestions].sort((a, b) => a.dateTabled.getTime() - b.dateTabled.getTime())[0];
    if (!earliest) throw new DomainValidationError({ from: ["The earlier question or answer could not be found."] });

    let toQuestionId = input.toQuestionId;
    if (input.toUin) {
      const later = await findLaterQuestionByUin({ house: earliest.house, uin: input.toUin, tabledOnOrAfter: earliest.dateTabled });
      if (!later) {
        throw new DomainValidationError({
          toUin: [`No ${houseLabel(earliest.house)} question with UIN ${input.toUin} tabled on or after ${formatDay(earliest.dateTabled)} is recorded.`],
        });
      }
      toQuestionId = later.id;
    }
    if (!toQuestionId) throw new DomainValidationError({ toQuestionId: ["Choose the later question, or give its UIN."] });

    // When the later question was typed as a UIN, its errors belong next to that box.
    const toField = input.toUin ? "toUin" : "toQuestionId";
    try {
      const followUp = await createFollowUp({
        ...input.from,
        toQuestionId,
        kind: input.kind,
        note: input.note ?? null,
        figureId: input.figureId ?? null,
        createdBy: `editor:${caller.name}`,
      });
      const to = await getQuestionContext({ id: toQuestionId });
      return { followUp, fromQuestions, to };
    } catch (e) {
      if (e instanceof DomainValidationError) throw new DomainValidationError(renameErrorKeys(e.fieldErrors, { toQuestionId: toField }), e.message);
      if (e instanceof DuplicateError && e.field === "toQuestionId") throw new DuplicateError(e.message, e.entity, e.existingId, toField, e.url);
      throw e;
    }
  },
  revalidate: (r) => questionPaths([...r.fromQuestions, r.to]),
  redirectTo: (r, input) => {
    // Back to the page the link was made from, which may be any question a grouped answer answers.
    const back = r.fromQuestions.find((q) => q.id === input.questionId) ?? r.fromQuestions[0]!;
    return `/questions/${back.id}`;
  },
});
