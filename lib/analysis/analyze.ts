import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import { detectFigures } from "./figures";
import { detectNonAnswers } from "./non-answers";
import { assessParts, splitQuestionParts } from "./question-parts";
import { detectReferences } from "./references";
import { splitSentences } from "./sentences";
import type { AnswerAnalysis } from "./types";

/** The stored plain text of an answer given as HTML or plain text (Answer.text). */
export function answerPlainText(answerText: string): string {
  return htmlToPlainText(sanitizeAnswerHtml(answerText));
}

/**
 * Everything the analysis can tell about one answer. `answerText` may be HTML
 * or plain; answer-side offsets refer to `result.text`, the stored plain text.
 * Question-side references have offsets into `questionText` as given.
 */
export function analyzeAnswer(input: { questionText: string; answerText: string }): AnswerAnalysis {
  const text = answerPlainText(input.answerText);
  return analyzePlainAnswer({ questionText: input.questionText, text });
}

/** As analyzeAnswer, for text that is already the stored plain text (no conversion, offsets unchanged). */
export function analyzePlainAnswer(input: { questionText: string; text: string }): AnswerAnalysis {
  const { text, questionText } = input;
  const sentences = splitSentences(text);
  const answerRefs = detectReferences(text, "answer");
  const figures = detectFigures(text, { sentences, exclude: answerRefs });
  const nonAnswers = detectNonAnswers(text, sentences, { questionText, figures });
  const questionParts = assessParts(splitQuestionParts(questionText), text, nonAnswers, { sentences, figures });
  const references = [...detectReferences(questionText, "question"), ...answerRefs];
  return { text, nonAnswers, figures, questionParts, references };
}
