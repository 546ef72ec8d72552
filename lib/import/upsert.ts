import type { DbOrTx } from "@/lib/db";
import { normaliseUin } from "@/lib/data/questions";
import { deriveQuestionStatus } from "@/lib/domain/question-status";
import { captureFromRef, excerptCore, flat, isNewer, refWithCapture } from "@/lib/import/merge-rules";
import type { ImportAnswer, ImportQuestion } from "@/lib/import/types";
import { findStoredQuestion, forgetStale, type QuestionPrefetch } from "@/lib/import/stored-questions";
import { ImportRecordError, upsertAnswer, type AnswerContext, type StoredAnswer } from "@/lib/import/upsert-answers";
import { upsertImportedBody, upsertImportedMember, zeroCounts, type EntityCounts, type ImportCache, type Outcome } from "@/lib/import/upsert-people";
import { HOUSES } from "@/lib/domain/house";

/*
 * How a re-import decides what to overwrite (importing the same data twice, in
 * any order, must end in the same state and report everything unchanged):
 *
 * 1. The newest information wins. Each record carries the date its source was
 *    captured (lib/import/merge-rules.ts: `as-of-YYYY-MM-DD` in the file name, a
 *    wrapper's "captured" note, else the latest event in the file); a question
 *    stores the date of the capture its fields came from (in sourceRef). Only a
 *    strictly newer capture changes heading, text, department, asking member,
 *    dates, flags or an answer's text/date/member. So the 12-03 snapshot never
 *    undoes the 12-10 one's department transfers and reworded questions.
 * 2. Missing information never erases: a null or empty field, a placeholder
 *    answer or an id-only member leaves the stored value alone; an older
 *    source may still fill a field that is empty and add answers or
 *    attachments not stored yet (they are history, not state).
 * 3. Richer never gives way to poorer, whatever the dates: full text replaces
 *    the excerpt it extends and never the reverse, and the same words with
 *    their paragraphs beat the Members API's stripped text ("issues.The").
 * 4. Members: a members list changes stored details; a member object embedded
 *    in a question record only fills what is missing (see upsert-people.ts).
 * An equally old capture (the same file again, or two files with the same
 * date) keeps what is stored. When either date is unknown (hand-entered data,
 * undated formats) the incoming record counts as newer, as before these rules.
 */

export { ImportRecordError, analysisFailures } from "@/lib/import/upsert-answers";
export { prefetchQuestions, type QuestionPrefetch } from "@/lib/import/stored-questions";
export { createImportCache, clearImportCache, upsertImportedBody, upsertImportedMember, type EntityCounts, type ImportCache, type Outcome } from "@/lib/import/upsert-people";

export type UpsertOptions = {
  /** Run answer analysis on new or replaced answer text (default true). */
  analyse?: boolean;
  /** Member/body keys already counted in this run, so each is counted once. */
  seen?: Set<string>;
  /** Members and bodies known in this run (clear it when a write to it is rolled back). */
  cache?: ImportCache;
  /** Stored questions read ahead for a batch (prefetchQuestions); consumed as records use them. */
  prefetch?: QuestionPrefetch;
  now?: Date;
};

/** `changedFields` names what an "updated" outcome changed ("question.heading", "answer.SUBSTANTIVE.text", "member.name"…). */
export type UpsertResult = { question: Outcome; answers: EntityCounts; members: EntityCounts; bodies: EntityCounts; changedFields: string[] };

const isDay = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

export function validateImportRecord(r: ImportQuestion): string | null {
  if (!(HOUSES as readonly string[]).includes(r.house)) return `unknown house ${JSON.stringify(r.house)}`;
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
 * there (the overwrite rules are at the top of this file).
 */
export async function upsertImportedQuestion(tx: DbOrTx, record: ImportQuestion, opts: UpsertOptions = {}): Promise<UpsertResult> {
  const invalid = validateImportRecord(record);
  if (invalid) throw new ImportRecordError(record.sourceRef, invalid);
  const analyse = opts.analyse ?? true;
  const capturedAt = record.capturedAt ?? null;
  const result: UpsertResult = { question: "unchanged", answers: zeroCounts(), members: zeroCounts(), bodies: zeroCounts(), changedFields: [] };
  const count = (bucket: EntityCounts, key: string, outcome: Outcome) => {
    if (outcome === "unchanged" && opts.seen?.has(key)) return;
    opts.seen?.add(key);
    bucket[outcome]++;
  };
  const people = { cache: opts.cache };
  const memberId = async (m: ImportAnswer["answeringMember"]) => {
    if (!m) return null;
    const r = await upsertImportedMember(tx, m, people);
    count(result.members, `m:${m.parliamentId ?? m.name}`, r.outcome);
    result.changedFields.push(...r.changed.map((k) => `member.${k}`));
    return r.id;
  };

  const askingMemberId = (await memberId(record.askingMember))!;
  const body = await upsertImportedBody(tx, record.answeringBody, people);
  count(result.bodies, `b:${record.answeringBody.parliamentId ?? record.answeringBody.name}`, body.outcome);
  result.changedFields.push(...body.changed.map((k) => `body.${k}`));

  const existing = await findStoredQuestion(tx, record, opts.prefetch);
  const now = opts.now ?? new Date();
  const stamp = { sourceFormat: record.format, sourceRef: refWithCapture(record.sourceRef, capturedAt), importedAt: now };
  const text = record.text.trim();
  const heading = record.heading.trim();

  let questionId: number;
  let withdrawn: boolean;
  let status: string;
  const data: Record<string, unknown> = {};
  let newer = true;
  if (!existing) {
    // Inserted directly rather than through createQuestion: imported data is
    // authoritative (no member-house check), and link suggestions are left to a
    // later analysis pass so bulk imports stay fast.
    const row = await tx.question.create({
      data: {
        house: record.house,
        uin: normaliseUin(record.uin),
        dateTabled: record.dateTabled,
        dateForAnswer: record.dateForAnswer ?? null,
        isNamedDay: record.isNamedDay ?? false,
        heading,
        text,
        textTruncated: record.textTruncated ?? false,
        withdrawn: record.withdrawn ?? false,
        parliamentId: record.parliamentId ?? null,
        askingMemberId,
        answeringBodyId: body.id,
        ...stamp,
      },
      select: { id: true, withdrawn: true, status: true },
    });
    ({ id: questionId, withdrawn, status } = row);
    result.question = "created";
  } else {
    questionId = existing.id;
    withdrawn = existing.withdrawn;
    status = existing.status;
    newer = isNewer(capturedAt, captureFromRef(existing.sourceRef));
    const put = (key: string, value: unknown) => void (data[key] = value);
    if (heading && heading !== existing.heading && (newer || !existing.heading)) put("heading", heading);
    if (text && text !== existing.text) {
      const incomingTruncated = record.textTruncated ?? false;
      const keepStored = incomingTruncated && (!existing.textTruncated || flat(existing.text).startsWith(excerptCore(text)));
      const extendsStored = existing.textTruncated && !incomingTruncated && flat(text).startsWith(excerptCore(existing.text));
      if (!keepStored && (newer || extendsStored || !existing.text)) Object.assign(data, { text, textTruncated: incomingTruncated });
    } else if (text && existing.textTruncated && !record.textTruncated) put("textTruncated", false);
    if (record.dateForAnswer && record.dateForAnswer.getTime() !== existing.dateForAnswer?.getTime() && (newer || !existing.dateForAnswer)) put("dateForAnswer", record.dateForAnswer);
    if (newer) {
      if (record.isNamedDay !== undefined && record.isNamedDay !== existing.isNamedDay) put("isNamedDay", record.isNamedDay);
      if (record.withdrawn !== undefined && record.withdrawn !== existing.withdrawn) put("withdrawn", record.withdrawn);
      if (askingMemberId !== existing.askingMemberId) put("askingMemberId", askingMemberId);
      if (body.id !== existing.answeringBodyId) put("answeringBodyId", body.id);
    }
    if (record.parliamentId != null && existing.parliamentId == null) put("parliamentId", record.parliamentId);
    result.changedFields.push(...Object.keys(data).map((k) => `question.${k}`));
  }

  const ctx: AnswerContext = {
    questionId,
    record,
    question: { withdrawn: (data.withdrawn as boolean | undefined) ?? withdrawn, dateTabled: existing?.dateTabled ?? record.dateTabled },
    stored: (existing?.answers.map((l) => l.answer) ?? []).sort((x: StoredAnswer, y: StoredAnswer) => x.dateAnswered.getTime() - y.dateAnswered.getTime() || x.id - y.id),
    newer,
    analyse,
    changedFields: result.changedFields,
    updatedAnswerIds: [],
  };
  let answersChanged = false;
  for (const a of record.answers) {
    const outcome = await upsertAnswer(tx, ctx, a, await memberId(a.answeringMember));
    result.answers[outcome]++;
    if (outcome !== "unchanged") answersChanged = true;
  }
  forgetStale(opts.prefetch, ctx.updatedAnswerIds);

  let attachmentsChanged = false;
  for (const att of record.attachments ?? []) {
    const stored = existing?.attachments.find((x) => x.url === att.url);
    const fields = { title: att.title, fileType: att.fileType ?? null, sizeBytes: att.sizeBytes ?? null };
    if (!stored) await tx.attachment.create({ data: { questionId, url: att.url, ...fields } });
    else if (newer && (stored.title !== fields.title || stored.fileType !== fields.fileType || stored.sizeBytes !== fields.sizeBytes)) {
      await tx.attachment.update({ where: { id: stored.id }, data: fields });
    } else continue;
    attachmentsChanged = true;
    result.changedFields.push(`attachment.${stored ? "updated" : "added"}`);
  }

  if (!existing) {
    if (answersChanged || withdrawn) await refreshStatus(tx, questionId, withdrawn, status, ctx.stored);
    return result;
  }
  const changed = Object.keys(data).length > 0 || answersChanged || attachmentsChanged;
  // The stored sourceRef names the newest capture seen, so a newer source that
  // agrees with what is stored still moves it forward (silently: nothing changed).
  const storedCapture = captureFromRef(existing.sourceRef);
  const moveStamp = newer && (changed || (capturedAt != null && storedCapture != null && stamp.sourceRef !== existing.sourceRef));
  if (changed) result.question = "updated";
  if (changed || moveStamp) {
    await tx.question.update({ where: { id: questionId }, data: { ...data, ...(moveStamp ? stamp : { importedAt: now }) } });
  }
  if (answersChanged || data.withdrawn !== undefined) await refreshStatus(tx, questionId, (data.withdrawn as boolean | undefined) ?? withdrawn, status, ctx.stored);
  return result;
}

/** The status from the answers in hand (kept current by upsertAnswer), without re-reading them. */
async function refreshStatus(tx: DbOrTx, questionId: number, withdrawn: boolean, stored: string, answers: StoredAnswer[]): Promise<void> {
  const status = deriveQuestionStatus(withdrawn, answers.map((a) => a.kind));
  if (status !== stored) await tx.question.update({ where: { id: questionId }, data: { status } });
}
