import type { AnswerKind, House } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { upsertMember } from "@/lib/data/members";
import { upsertAnsweringBody } from "@/lib/data/answering-bodies";
import { createQuestion, type CreateQuestionInput } from "@/lib/data/questions";
import { createAnswer } from "@/lib/data/answers";

/**
 * Test factories built on the same data functions as the seed: a test gets
 * records exactly as the app would make them. Unique keys come from a counter
 * so tests sharing one database never collide.
 */
let counter = 0;
const next = () => `${Date.now() % 1_000_000}${++counter}`;

export async function makeMember(overrides: { name?: string; house?: House; party?: string } = {}, tx?: DbOrTx) {
  const n = next();
  return upsertMember({ name: overrides.name ?? `Test Member ${n}`, house: overrides.house ?? "COMMONS", party: overrides.party ?? "Independent", constituency: `Place ${n}` }, tx);
}

export async function makeBody(overrides: { name?: string } = {}, tx?: DbOrTx) {
  return upsertAnsweringBody({ name: overrides.name ?? `Department ${next()}` }, tx);
}

export async function makeQuestion(overrides: Partial<CreateQuestionInput> = {}, tx?: DbOrTx) {
  const askingMemberId = overrides.askingMemberId ?? (await makeMember({ house: overrides.house }, tx)).id;
  const answeringBodyId = overrides.answeringBodyId ?? (await makeBody({}, tx)).id;
  const dateTabled = overrides.dateTabled ?? new Date(Date.UTC(2025, 11, 1));
  return createQuestion(
    {
      house: "COMMONS",
      uin: String(next()).slice(-7),
      dateForAnswer: new Date(dateTabled.getTime() + 2 * 86_400_000),
      heading: "Test heading",
      text: "To ask a test question about something.",
      ...overrides,
      askingMemberId,
      answeringBodyId,
      dateTabled,
    },
    tx,
  );
}

export async function makeAnswer(
  questionIds: number[],
  overrides: { kind?: AnswerKind; dateAnswered?: Date; html?: string; answeringMemberId?: number | null; correctsAnswerId?: number | null } = {},
  tx?: DbOrTx,
) {
  return createAnswer(
    {
      questionIds,
      kind: overrides.kind ?? "SUBSTANTIVE",
      dateAnswered: overrides.dateAnswered ?? new Date(Date.UTC(2025, 11, 10)),
      html: overrides.html ?? "<p>A test answer.</p>",
      answeringMemberId: overrides.answeringMemberId ?? null,
      correctsAnswerId: overrides.correctsAnswerId ?? null,
    },
    tx,
  );
}
