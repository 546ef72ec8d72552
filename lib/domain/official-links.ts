import type { House } from "@/lib/generated/prisma/enums";

/**
 * The written-questions service addresses a question by tabling date and UIN —
 * only reliable when the record came from it (a parliament id). The Scottish
 * Parliament's question search takes the reference alone, which is unique.
 */
export function officialQuestionUrl(q: { parliamentId: number | null; house: House; dateTabled: string; uin: string }): string | null {
  if (q.house === "SCOTTISH") return `https://www.parliament.scot/chamber-and-committees/questions-and-answers/question?ref=${encodeURIComponent(q.uin)}`;
  if (!q.parliamentId) return null;
  return `https://questions-statements.parliament.uk/written-questions/detail/${q.dateTabled}/${encodeURIComponent(q.uin)}`;
}
