import type { House } from "@/lib/generated/prisma/enums";

/** The written-questions service addresses a question by tabling date and UIN. */
export function officialQuestionUrl(q: { parliamentId: number | null; house: House; dateTabled: string; uin: string }): string | null {
  if (!q.parliamentId) return null;
  return `https://questions-statements.parliament.uk/written-questions/detail/${q.dateTabled}/${encodeURIComponent(q.uin)}`;
}
