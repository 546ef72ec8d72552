import type { DbOrTx } from "@/lib/db";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import type { ImportQuestion } from "@/lib/import/types";
import { mapQuestion } from "@/lib/import/uk-parliament-api";
import { HttpError, type ApiClient } from "@/lib/sync/http";
import { detailUrl } from "@/lib/sync/options";

// Whitespace is dropped, not collapsed: list excerpts join paragraphs with none ("centrally.b)").
const bare = (s: string) => s.replace(/\s+/g, "");
const core = (s: string) => bare(s).replace(/(\.\.\.|…)$/, "");
const covers = (stored: { text: string; textTruncated: boolean } | undefined, excerpt: string) => !!stored && !stored.textTruncated && bare(stored.text).startsWith(core(excerpt));

export const needsDetail = (r: ImportQuestion) => r.parliamentId != null && (!!r.textTruncated || r.answers.some((a) => a.truncated && !a.placeholder));

/**
 * Truncated records whose full texts are already stored (an earlier run, or the
 * other pass) need no detail request: upsert keeps full text over an excerpt.
 * At the real API's ~5 requests/s this is most of a re-run's time.
 */
export async function alreadyComplete(client: DbOrTx, records: ImportQuestion[]): Promise<Set<number>> {
  const ids = records.flatMap((r) => (needsDetail(r) ? [r.parliamentId!] : []));
  if (!ids.length) return new Set();
  const stored = await client.question.findMany({
    where: { parliamentId: { in: ids } },
    select: { parliamentId: true, text: true, textTruncated: true, answers: { select: { answer: { select: { kind: true, dateAnswered: true, text: true, textTruncated: true } } } } },
  });
  const byId = new Map(stored.map((s) => [s.parliamentId!, s]));
  const out = new Set<number>();
  for (const r of records) {
    const s = r.parliamentId != null ? byId.get(r.parliamentId) : undefined;
    if (!s || !needsDetail(r)) continue;
    if (r.textTruncated && !covers(s, r.text)) continue;
    const answersCovered = r.answers.every((a) => {
      if (!a.truncated || a.placeholder) return true;
      const match = s.answers.map((x) => x.answer).find((x) => x.kind === a.kind && x.dateAnswered.getTime() === a.dateAnswered.getTime());
      return covers(match, htmlToPlainText(sanitizeAnswerHtml(a.html)));
    });
    if (answersCovered) out.add(r.parliamentId!);
  }
  return out;
}

export type DetailStats = { details: number; detailsSkipped: number; detailFailures: string[] };

/** Replaces cut-off texts with the detail endpoint's full ones; a 4xx keeps the excerpt, anything else stops the sync. */
export async function completeTruncated(
  api: ApiClient, client: DbOrTx, baseUrl: string, records: ImportQuestion[], stats: DetailStats, concurrency = 4,
): Promise<ImportQuestion[]> {
  const out = [...records];
  const skip = await alreadyComplete(client, records);
  stats.detailsSkipped += skip.size;
  const todo = out.flatMap((r, i) => (needsDetail(r) && !skip.has(r.parliamentId!) ? [i] : []));
  const worker = async () => {
    for (let i = todo.shift(); i !== undefined; i = todo.shift()) {
      const url = detailUrl(baseUrl, out[i]!.parliamentId!);
      try {
        const full = mapQuestion(await api.getJson(url), url);
        stats.details++;
        out[i] = mergeFullText(out[i]!, full);
      } catch (e) {
        if (e instanceof HttpError && (e.status == null || e.status >= 500 || e.status === 429)) throw e;
        stats.detailFailures.push(`${url}: ${e instanceof HttpError ? `HTTP ${e.status}` : e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  return out;
}

/** The list record stays the authority on state (the detail may lag or lead it); only texts are taken. */
export function mergeFullText(list: ImportQuestion, full: ImportQuestion): ImportQuestion {
  let out = list;
  if (list.textTruncated && !full.textTruncated && full.text) out = { ...out, text: full.text, textTruncated: false };
  const answers = out.answers.map((a) => {
    if (!a.truncated || a.placeholder) return a;
    const match = full.answers.find((f) => f.kind === a.kind && !f.truncated && !f.placeholder && f.dateAnswered.getTime() === a.dateAnswered.getTime());
    return match ? { ...a, html: match.html, truncated: false } : a;
  });
  return { ...out, answers };
}
