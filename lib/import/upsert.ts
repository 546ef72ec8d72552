import type { AnswerKind } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { createAnswer } from "@/lib/data/answers";
import { normaliseUin } from "@/lib/data/questions";
import { refreshQuestionStatuses } from "@/lib/data/question-status";
import { analyseAnswer } from "@/lib/data/suggestions/answer-analysis";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import type { ImportAnswer, ImportQuestion } from "@/lib/import/types";
import { upsertImportedBody, upsertImportedMember, zeroCounts, type EntityCounts, type Outcome } from "@/lib/import/upsert-people";

export { upsertImportedBody, upsertImportedMember, type EntityCounts, type Outcome } from "@/lib/import/upsert-people";

export type UpsertOptions = {
  /** Run answer analysis on new or replaced answer text (default true). */
  analyse?: boolean;
  /** Member/body keys already counted in this run, so each is counted once. */
  seen?: Set<string>;
  now?: Date;
};

export type UpsertResult = { question: Outcome; answers: EntityCounts; members: EntityCounts; bodies: EntityCounts };

/** A record that cannot be stored as it is; nothing is written for it. */
export class ImportRecordError extends Error {
  constructor(readonly sourceRef: string, reason: string) {
    super(reason);
    this.name = "ImportRecordError";
  }
}

const isDay = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
/** An excerpt without its ellipsis, for "does the stored text start with this?". */
const excerptCore = (s: string) => flat(s).replace(/(\.\.\.|…)$/, "").trimEnd();

export function validateImportRecord(r: ImportQuestion): string | null {
  if (r.house !== "COMMONS" && r.house !== "LORDS") return `unknown house ${JSON.stringify(r.house)}`;
  if (!r.uin?.trim()) return "missing uin";
  if (!isDay(r.dateTabled)) return "missing or impossible dateTabled";
  if (r.dateForAnswer != null && !isDay(r.dateForAnswer)) return "impossible dateForAnswer";
  for (const a of r.answers) {
    if (!isDay(a.dateAnswered)) return `${a.kind.toLowerCase()} answer has an impossible date`;
  }
  return null;
}

/**
 * The single write path for imported questions. Idempotent: a record already
 * stored changes nothing and reports "unchanged"; a later state of the same
 * question (holding → answered → corrected) adds what is new and keeps what was
 * there; full text replaces an excerpt, never the reverse.
 */
export async function upsertImportedQuestion(tx: DbOrTx, record: ImportQuestion, opts: UpsertOptions = {}): Promise<UpsertResult> {
  const invalid = validateImportRecord(record);
  if (invalid) throw new ImportRecordError(record.sourceRef, invalid);
  const analyse = opts.analyse ?? true;
  const result: UpsertResult = { question: "unchanged", answers: zeroCounts(), members: zeroCounts(), bodies: zeroCounts() };
  const count = (bucket: EntityCounts, key: string, outcome: Outcome) => {
    if (outcome === "unchanged" && opts.seen?.has(key)) return;
    opts.seen?.add(key);
    bucket[outcome]++;
  };
  const memberId = async (m: ImportAnswer["answeringMember"]) => {
    if (!m) return null;
    const r = await upsertImportedMember(tx, m);
    count(result.members, `m:${m.parliamentId ?? m.name}`, r.outcome);
    return r.id;
  };

  const askingMemberId = (await memberId(record.askingMember))!;
  const body = await upsertImportedBody(tx, record.answeringBody);
  count(result.bodies, `b:${record.answeringBody.parliamentId ?? record.answeringBody.name}`, body.outcome);

  const uin = normaliseUin(record.uin);
  const existing =
    (record.parliamentId != null ? await tx.question.findUnique({ where: { parliamentId: record.parliamentId } }) : null) ??
    (await tx.question.findUnique({ where: { house_uin_dateTabled: { house: record.house, uin, dateTabled: record.dateTabled } } }));
  const stamp = { sourceFormat: record.format, sourceRef: record.sourceRef, importedAt: opts.now ?? new Date() };
  const text = record.text.trim();

  let questionId: number;
  let changed = false;
  if (!existing) {
    // Inserted directly rather than through createQuestion: imported data is
    // authoritative (no member-house check), and link suggestions are left to a
    // later analysis pass so bulk imports stay fast.
    const row = await tx.question.create({
      data: {
        house: record.house,
        uin,
        dateTabled: record.dateTabled,
        dateForAnswer: record.dateForAnswer ?? null,
        isNamedDay: record.isNamedDay ?? false,
        heading: record.heading.trim(),
        text,
        textTruncated: record.textTruncated ?? false,
        withdrawn: record.withdrawn ?? false,
        parliamentId: record.parliamentId ?? null,
        askingMemberId,
        answeringBodyId: body.id,
        ...stamp,
      },
      select: { id: true },
    });
    questionId = row.id;
    result.question = "created";
  } else {
    questionId = existing.id;
    const data: Record<string, unknown> = {};
    const heading = record.heading.trim();
    if (heading && heading !== existing.heading) data.heading = heading;
    if (text && text !== existing.text) {
      const keepStored = record.textTruncated && (!existing.textTruncated || flat(existing.text).startsWith(excerptCore(text)));
      if (!keepStored) Object.assign(data, { text, textTruncated: record.textTruncated ?? false });
    } else if (text && existing.textTruncated && !record.textTruncated) data.textTruncated = false;
    if (record.dateForAnswer && record.dateForAnswer.getTime() !== existing.dateForAnswer?.getTime()) data.dateForAnswer = record.dateForAnswer;
    if (record.isNamedDay !== undefined && record.isNamedDay !== existing.isNamedDay) data.isNamedDay = record.isNamedDay;
    if (record.withdrawn !== undefined && record.withdrawn !== existing.withdrawn) data.withdrawn = record.withdrawn;
    if (askingMemberId !== existing.askingMemberId) data.askingMemberId = askingMemberId;
    if (body.id !== existing.answeringBodyId) data.answeringBodyId = body.id;
    if (record.parliamentId != null && existing.parliamentId == null) data.parliamentId = record.parliamentId;
    if (Object.keys(data).length) {
      await tx.question.update({ where: { id: questionId }, data });
      changed = true;
    }
  }

  for (const a of record.answers) {
    const outcome = await upsertAnswer(tx, questionId, record, a, await memberId(a.answeringMember), analyse);
    result.answers[outcome]++;
    if (outcome !== "unchanged") changed = true;
  }

  for (const att of record.attachments ?? []) {
    const stored = await tx.attachment.findUnique({ where: { questionId_url: { questionId, url: att.url } } });
    const data = { title: att.title, fileType: att.fileType ?? null, sizeBytes: att.sizeBytes ?? null };
    if (!stored) await tx.attachment.create({ data: { questionId, url: att.url, ...data } });
    else if (stored.title !== data.title || stored.fileType !== data.fileType || stored.sizeBytes !== data.sizeBytes) {
      await tx.attachment.update({ where: { id: stored.id }, data });
    } else continue;
    changed = true;
  }

  if (changed) {
    if (result.question === "unchanged") result.question = "updated";
    await tx.question.update({ where: { id: questionId }, data: stamp });
    await refreshQuestionStatuses(tx, [questionId]);
  } else if (result.question === "created") {
    await refreshQuestionStatuses(tx, [questionId]);
  }
  return result;
}

type StoredAnswer = { id: number; kind: AnswerKind; dateAnswered: Date; text: string; textTruncated: boolean; dateIsApproximate: boolean; answeringMemberId: number | null };

async function storedAnswers(tx: DbOrTx, questionId: number): Promise<StoredAnswer[]> {
  const links = await tx.answerQuestion.findMany({
    where: { questionId },
    select: { answer: { select: { id: true, kind: true, dateAnswered: true, text: true, textTruncated: true, dateIsApproximate: true, answeringMemberId: true } } },
  });
  return links.map((l) => l.answer).sort((x, y) => x.dateAnswered.getTime() - y.dateAnswered.getTime() || x.id - y.id);
}

async function upsertAnswer(tx: DbOrTx, questionId: number, record: ImportQuestion, a: ImportAnswer, answeringMemberId: number | null, analyse: boolean): Promise<Outcome> {
  const stored = await storedAnswers(tx, questionId);
  const sameDay = (s: StoredAnswer) => s.dateAnswered.getTime() === a.dateAnswered.getTime();
  // A question has one substantive answer, so it matches whatever its date (the seed dates some approximately).
  const match = stored.find((s) => s.kind === a.kind && sameDay(s)) ?? (a.kind === "SUBSTANTIVE" ? stored.find((s) => s.kind === "SUBSTANTIVE") : undefined);
  const html = sanitizeAnswerHtml(a.html);
  const text = htmlToPlainText(html);
  const truncated = a.truncated ?? false;

  if (match) {
    const data: Record<string, unknown> = {};
    if (!a.placeholder && flat(text) !== flat(match.text)) {
      const keepStored = truncated && (!match.textTruncated || flat(match.text).startsWith(excerptCore(text)));
      if (!keepStored) Object.assign(data, { html, text, textTruncated: truncated });
    } else if (!a.placeholder && match.textTruncated && !truncated) data.textTruncated = false;
    if (!sameDay(match)) Object.assign(data, { dateAnswered: a.dateAnswered, dateIsApproximate: false });
    if (answeringMemberId && answeringMemberId !== match.answeringMemberId) data.answeringMemberId = answeringMemberId;
    if (!Object.keys(data).length) return "unchanged";
    await tx.answer.update({ where: { id: match.id }, data });
    if (analyse && data.text !== undefined) await analyseSafely(tx, match.id);
    return "updated";
  }

  // Grouped questions share one answer: link to the sibling's instead of copying it.
  const shared = await findGroupedAnswer(tx, record, a, text);
  if (shared) {
    await tx.answerQuestion.create({ data: { answerId: shared, questionId } });
    return "updated";
  }

  const substantive = stored.find((s) => s.kind === "SUBSTANTIVE");
  if (a.kind === "HOLDING" && (substantive || stored.some((s) => s.kind === "CORRECTION"))) {
    // The source shows a holding answer we had not stored before the substantive one;
    // createAnswer refuses that order for editors, but the record is history, not a new event.
    await tx.answer.create({
      data: { kind: "HOLDING", dateAnswered: a.dateAnswered, html, text, textTruncated: truncated, answeringMemberId, questions: { create: { questionId } } },
    });
    return "created";
  }
  const correctsAnswerId = a.kind === "CORRECTION" ? (substantive?.id ?? null) : null;
  if (a.kind === "CORRECTION" && !correctsAnswerId) throw new ImportRecordError(record.sourceRef, "a correction without the answer it corrects");
  const created = await createAnswer({ questionIds: [questionId], kind: a.kind, dateAnswered: a.dateAnswered, html: a.html, answeringMemberId, correctsAnswerId, analyse: false }, tx);
  if (truncated) await tx.answer.update({ where: { id: created.id }, data: { textTruncated: true } });
  if (analyse) await analyseSafely(tx, created.id);
  return "created";
}

async function findGroupedAnswer(tx: DbOrTx, record: ImportQuestion, a: ImportAnswer, text: string): Promise<number | null> {
  if (!record.groupedWith?.length || a.placeholder) return null;
  const siblings = await tx.answerQuestion.findMany({
    where: {
      question: {
        house: record.house,
        OR: record.groupedWith.map((g) => ({ uin: normaliseUin(g.uin), ...(g.dateTabled ? { dateTabled: g.dateTabled } : {}) })),
      },
      answer: { kind: a.kind, dateAnswered: a.dateAnswered },
    },
    select: { answer: { select: { id: true, text: true } } },
  });
  const wanted = flat(text);
  const core = excerptCore(text);
  const same = (stored: string) => flat(stored) === wanted || (!!a.truncated && flat(stored).startsWith(core));
  return siblings.find((s) => same(s.answer.text))?.answer.id ?? null;
}

/**
 * Analysis is a derived layer: if it fails on one answer, the answer is still
 * imported (analysedAt stays null, so `npm run analyze` can retry it). Needs an
 * interactive transaction, as every caller of upsertImportedQuestion has.
 */
async function analyseSafely(tx: DbOrTx, answerId: number): Promise<void> {
  await tx.$executeRawUnsafe("SAVEPOINT import_analysis");
  try {
    await analyseAnswer(tx, answerId);
  } catch (e) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_analysis");
    analysisFailures.push({ answerId, reason: e instanceof Error ? e.message.split("\n").filter(Boolean).at(-1) ?? e.message : String(e) });
  }
  await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_analysis");
}

/** Analysis failures seen by this process (the runner reports and clears them). */
export const analysisFailures: Array<{ answerId: number; reason: string }> = [];
