import { db, type DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/data/errors";
import { questionRef, questionRefSelect, type QuestionRef } from "@/lib/data/dto";
import { cappedTokenCounts, earlierMatches, questionTotal, tabledRange } from "@/lib/data/similar-sqlite";
import { chooseTerms, conceptsToRecount, matchExpression, questionConcepts, sharedConcepts, SIMILAR_LIMITS } from "@/lib/domain/similar-terms";
import { excerptOf } from "@/lib/domain/timeline";

/** An earlier question on the same subject, as the question page lists it under "More like this". */
export type SimilarQuestion = QuestionRef & {
  askingMember: { id: number; name: string };
  answeringBody: { id: number; name: string };
  /** Its latest substantive answer (or correction), if it has one. */
  answer: { id: number; dateAnswered: string; excerpt: string } | null;
  /** The searched words it shares, as this question spells them, the most telling first. */
  sharedTerms: string[];
  /** Share (0–1) of the searched words' weight that it matches. */
  score: number;
  /** Questions answered together with it, shown as this one entry. */
  groupedCount: number;
};

export const DEFAULT_SIMILAR_LIMIT = 6;
export const MAX_SIMILAR_LIMIT = 20;

/** Concepts looked up per question: the heading's and the first of the text's (long questions repeat themselves). */
const MAX_CONCEPTS = 16;

// Document frequencies move slowly; a minute-old count chooses the same words.
const DF_TTL_MS = 60_000;
const dfCache = new Map<string, { n: number; cap: number; at: number }>();

/** Counts up to `cap`; a cached count serves when it is exact or already reached the cap. */
async function tokenCounts(tx: DbOrTx, tokens: string[], cap: number): Promise<Map<string, number>> {
  const now = Date.now();
  const out = new Map<string, number>();
  const missing: string[] = [];
  for (const t of tokens) {
    const hit = dfCache.get(t);
    if (hit && now - hit.at < DF_TTL_MS && (hit.n < hit.cap || hit.cap >= cap)) out.set(t, Math.min(hit.n, cap));
    else missing.push(t);
  }
  if (missing.length) {
    const fresh = await cappedTokenCounts(tx, missing, cap);
    if (dfCache.size > 50_000) dfCache.clear();
    for (const t of missing) {
      const n = fresh.get(t) ?? 0;
      dfCache.set(t, { n, cap, at: now });
      out.set(t, n);
    }
  }
  return out;
}

/**
 * "More like this": questions tabled before this one on the same subject, best
 * first — found in the full-text index by the question's most distinctive words
 * (lib/domain/similar-terms.ts), ranked by bm25. Leaves out the question itself
 * and those answered together with it, and shows questions grouped under one
 * answer once. A few full-text look-ups, whatever the size of the corpus.
 */
export async function findSimilarEarlierQuestions(opts: { id: number; limit?: number }, tx: DbOrTx = db): Promise<SimilarQuestion[]> {
  const limit = Math.min(Math.max(Math.floor(opts.limit ?? DEFAULT_SIMILAR_LIMIT), 1), MAX_SIMILAR_LIMIT);
  const q = await tx.question.findUnique({
    where: { id: opts.id },
    select: { id: true, heading: true, text: true, dateTabled: true, answers: { select: { answer: { select: { questions: { select: { questionId: true } } } } } } },
  });
  if (!q) throw new NotFoundError("Question", opts.id);
  const grouped = new Set([q.id, ...q.answers.flatMap((a) => a.answer.questions.map((x) => x.questionId))]);

  const concepts = questionConcepts(q);
  const considered = [...concepts.filter((c) => c.inHeading), ...concepts.filter((c) => !c.inHeading)].slice(0, MAX_CONCEPTS);
  const [df, total, range] = await Promise.all([tokenCounts(tx, considered.flatMap((c) => c.forms), SIMILAR_LIMITS.rareMax + 1), questionTotal(tx), tabledRange(tx)]);
  let choice = chooseTerms(considered, df, total);
  const recount = conceptsToRecount(considered, df);
  if (recount.length) {
    for (const [t, n] of await tokenCounts(tx, recount.flatMap((c) => c.forms), SIMILAR_LIMITS.commonMax + 1)) df.set(t, n);
    choice = chooseTerms(considered, df, total);
  }
  const match = matchExpression(choice);
  if (!match) return [];

  // Most matches of a recent question are earlier than it; most of an old one's are later.
  const span = range ? range.last.getTime() - range.first.getTime() : 0;
  const earlierShare = span > 0 && range ? (q.dateTabled.getTime() - range.first.getTime()) / span : 1;
  // Enough candidates to fill the list after grouped ones are folded together.
  const matches = await earlierMatches(tx, {
    match,
    before: q.dateTabled,
    excludeIds: [...grouped],
    limit: limit * 3,
    pool: 300,
    strategy: earlierShare < 0.3 ? "join" : "pool",
  });
  if (matches.length === 0) return [];
  const ids = matches.map((m) => m.id);
  const [rows, links] = await Promise.all([
    tx.question.findMany({
      where: { id: { in: ids } },
      select: { ...questionRefSelect, text: true, askingMember: { select: { id: true, name: true } }, answeringBody: { select: { id: true, name: true } } },
    }),
    tx.answerQuestion.findMany({
      where: { questionId: { in: ids } },
      select: { questionId: true, answer: { select: { id: true, kind: true, dateAnswered: true, questions: { select: { questionId: true } } } } },
    }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));

  // Questions sharing an answer, or tabled together under one heading by one member, are one entry.
  const clusterOf = new Map<number, string>();
  for (const l of links) for (const x of l.answer.questions) clusterOf.set(x.questionId, clusterOf.get(x.questionId) ?? `answer:${l.answer.id}`);
  const clusterKey = (id: number) => {
    const r = byId.get(id)!;
    return clusterOf.get(id) ?? `tabled:${r.askingMember.id}:${toDay(r.dateTabled)}:${r.heading}`;
  };
  // bm25 found the candidates; they are listed by how much of the subject they share (then bm25), as the reason shown says.
  const shared = new Map(matches.filter((m) => byId.has(m.id)).map((m) => [m.id, sharedConcepts(choice, byId.get(m.id)!)]));
  const ranked = [...shared.keys()].sort((a, b) => shared.get(b)!.score - shared.get(a)!.score);
  const picked: { id: number; key: string; size: number }[] = [];
  for (const id of ranked) {
    const key = clusterKey(id);
    const same = picked.find((p) => p.key === key);
    if (same) same.size++;
    else if (picked.length < limit) picked.push({ id, key, size: 1 });
  }

  const answersOf = new Map<number, (typeof links)[number]["answer"][]>();
  for (const l of links) answersOf.set(l.questionId, [...(answersOf.get(l.questionId) ?? []), l.answer]);
  const answerIds = picked.flatMap((p) => {
    const latest = latestAnswer(answersOf.get(p.id) ?? []);
    return latest ? [latest.id] : [];
  });
  const texts = new Map((await tx.answer.findMany({ where: { id: { in: answerIds } }, select: { id: true, text: true } })).map((a) => [a.id, a.text]));

  return picked.map(({ id, size }) => {
    const r = byId.get(id)!;
    const latest = latestAnswer(answersOf.get(id) ?? []);
    const { terms, score } = shared.get(id)!;
    return {
      ...questionRef(r),
      askingMember: r.askingMember,
      answeringBody: r.answeringBody,
      answer: latest ? { id: latest.id, dateAnswered: toDay(latest.dateAnswered), excerpt: excerptOf(texts.get(latest.id) ?? "", 200) } : null,
      sharedTerms: terms,
      score,
      groupedCount: size - 1,
    };
  });
}

/** The answer that stands: the latest substantive answer or correction (a holding answer says nothing). */
function latestAnswer<A extends { id: number; kind: string; dateAnswered: Date }>(answers: A[]): A | null {
  return answers.filter((a) => a.kind !== "HOLDING").sort((a, b) => b.dateAnswered.getTime() - a.dateAnswered.getTime() || b.id - a.id)[0] ?? null;
}
