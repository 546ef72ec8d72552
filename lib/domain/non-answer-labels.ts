import { NON_ANSWER_KINDS, type NonAnswerKind } from "@/lib/analysis/types";

/** How the UI names each way an answer can decline (lib/analysis NonAnswerKind). */
export const NON_ANSWER_LABELS: Record<NonAnswerKind, string> = {
  disproportionate_cost: "Disproportionate cost",
  not_held: "Not held",
  not_available: "Not available",
  will_write: "Will write / Library",
  referral: "Referred elsewhere",
  holding: "Holding answer",
  estimate_unreliable: "Estimate unreliable",
  no_comment: "Declined to comment",
};

export function isNonAnswerKind(value: unknown): value is NonAnswerKind {
  return typeof value === "string" && (NON_ANSWER_KINDS as readonly string[]).includes(value);
}

/**
 * The label for a stored kind. The column is a plain string, so a kind written
 * by a newer analysis than this build knows is shown as it is, not hidden.
 */
export function nonAnswerLabel(kind: string | null | undefined): string | null {
  if (!kind) return null;
  return isNonAnswerKind(kind) ? NON_ANSWER_LABELS[kind] : kind.replace(/_/g, " ");
}

/** "37%" of answers: whole percent, but never 0% or 100% when that would hide a few. */
export function shareLabel(part: number, whole: number): string {
  if (whole <= 0) return "—";
  const pct = Math.round((part / whole) * 100);
  if (pct === 0 && part > 0) return "<1%";
  if (pct === 100 && part < whole) return ">99%";
  return `${pct}%`;
}
