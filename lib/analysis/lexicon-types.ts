import type { NonAnswerKind } from "./types";

/** The shapes of the lexicon (documented in lexicon.ts). */
export type Phrase = {
  /** Tested against one sentence. */
  re: RegExp;
  /** A sentence it is meant for (a guard's example: one it must veto). */
  example: string;
  /**
   * When the phrase alone is not enough (see non-answers.ts): a `deferral`
   * ("will be published in due course") counts only when it speaks of what
   * the question asks; a `pointer` ("is published on GOV.UK") only when
   * the question asks for figures or an assessment and the sentence before
   * gives no figure. Without a question
   * or answer context (a sentence on its own) both count.
   */
  scope?: "deferral" | "pointer";
};

export type KindRules = {
  kind: NonAnswerKind;
  phrases: Phrase[];
  /** Sentences matching any of these are not this kind, whatever the phrases say. */
  guards: Phrase[];
};

export function phrase(re: RegExp, example: string, scope?: Phrase["scope"]): Phrase {
  return scope ? { re, example, scope } : { re, example };
}
