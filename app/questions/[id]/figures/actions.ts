"use server";

import { defineAction } from "@/lib/actions/define-action";
import { questionPaths, renameErrorKeys } from "@/lib/actions/question-paths";
import { DomainValidationError } from "@/lib/data/errors";
import { createFigure } from "@/lib/data/figures";
import { getQuestionContext, listAnswerQuestionContexts, type QuestionContext } from "@/lib/data/form-lookups";
import { figureInputSchema } from "@/lib/validation/figure";

export const createFigureAction = defineAction({
  schema: figureInputSchema,
  run: async (input) => {
    let figure;
    try {
      figure = await createFigure(input);
    } catch (e) {
      // The question is the page's own (a hidden field): if it is wrong, say so at the top.
      if (e instanceof DomainValidationError) throw new DomainValidationError(renameErrorKeys(e.fieldErrors, { askedInQuestionId: "form" }), e.message);
      throw e;
    }
    const questions: QuestionContext[] = [];
    if (figure.askedInQuestionId) questions.push(await getQuestionContext({ id: figure.askedInQuestionId }));
    for (const answerId of [figure.sourceAnswerId, figure.resolvedByAnswerId]) {
      if (answerId) questions.push(...(await listAnswerQuestionContexts({ answerId })));
    }
    return { figure, questions };
  },
  revalidate: (r) => questionPaths(r.questions, ["/figures"]),
  redirectTo: (r) => (r.figure.askedInQuestionId ? `/questions/${r.figure.askedInQuestionId}` : "/figures"),
});
