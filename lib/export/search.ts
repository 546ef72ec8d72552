import type { SearchQuestionsOptions } from "@/lib/data/search";
import { listSearchExportPage, type SearchExportPosition, type SearchExportQuestion } from "@/lib/data/search-export";

export type SearchExportRow = SearchExportQuestion & { url: string };

export const SEARCH_EXPORT_COLUMNS = [
  "id",
  "house",
  "uin",
  "dateTabled",
  "dateForAnswer",
  "status",
  "overdue",
  "heading",
  "askingMember",
  "answeringBody",
  "questionText",
  "latestAnswerDate",
  "latestAnswerKind",
  "answerText",
  "url",
] as const satisfies readonly (keyof SearchExportRow)[];

/** Every question the search matches, in batches of `batchSize`, in the search's order. */
export async function* searchExportBatches(
  opts: Omit<SearchQuestionsOptions, "page" | "pageSize">,
  { origin, batchSize = 500 }: { origin: string; batchSize?: number },
): AsyncGenerator<SearchExportRow[]> {
  let position: SearchExportPosition | null = { offset: 0 };
  while (position) {
    const page = await listSearchExportPage(opts, position, batchSize);
    yield page.questions.map((q) => ({ ...q, url: `${origin}/questions/${q.id}` }));
    position = page.next;
  }
}
