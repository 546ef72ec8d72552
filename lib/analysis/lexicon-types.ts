import type { NonAnswerKind } from "./types";

/** The shapes of the lexicon (documented in lexicon.ts). */
export type Phrase = {
  /** Tested against one sentence. */
  re: RegExp;
  /** A sentence it is meant for (a guard's example: one it must veto). */
  example: string;
};

export type KindRules = {
  kind: NonAnswerKind;
  phrases: Phrase[];
  /** Sentences matching any of these are not this kind, whatever the phrases say. */
  guards: Phrase[];
};

export function phrase(re: RegExp, example: string): Phrase {
  return { re, example };
}
