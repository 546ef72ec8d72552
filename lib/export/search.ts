import type { SearchQuestionsOptions } from "@/lib/data/search";
import {
  listSearchExportQuestions,
  rankSearchExport,
  type SearchExportQuestion,
} from "@/lib/data/search-export";

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
  const withUrl = (q: SearchExportQuestion): SearchExportRow => ({ ...q, url: `${origin}/questions/${q.id}` });
  const ranked = await rankSearchExport(opts);
  if (!ranked.length) yield [];
  for (let i = 0; i < ranked.length; i += batchSize) yield (await listSearchExportQuestions(ranked.slice(i, i + batchSize))).map(withUrl);
}
