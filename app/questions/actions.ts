"use server";

import { defineAction } from "@/lib/actions/define-action";
import { questionPaths } from "@/lib/actions/question-paths";
import { createQuestion } from "@/lib/data/questions";
import { questionInputSchema } from "@/lib/validation/question";

export const createQuestionAction = defineAction({
  schema: questionInputSchema,
  run: (input) => createQuestion(input),
  revalidate: (q) => questionPaths([q]),
  redirectTo: (q) => `/questions/${q.id}`,
});
