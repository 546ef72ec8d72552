import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { seedFoundingCase } from "@/prisma/seed/founding-case";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

const mocks = vi.hoisted(() => {
  /** What the mocked redirect() throws, as Next's does, so the test can see where it went. */
  class RedirectSignal extends Error {
    constructor(readonly url: string) {
      super(`NEXT_REDIRECT ${url}`);
    }
  }
  return { RedirectSignal, revalidatePath: vi.fn(), getCaller: vi.fn() };
});

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new mocks.RedirectSignal(url);
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: mocks.revalidatePath }));
vi.mock("@/lib/actions/caller", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/actions/caller")>()),
  getCaller: mocks.getCaller,
}));

// Imported after the mocks are declared (vi.mock is hoisted above imports anyway).
const { createQuestionAction } = await import("@/app/questions/actions");
const { createAnswerAction } = await import("@/app/questions/[id]/answers/actions");
const { createFollowUpAction } = await import("@/app/questions/[id]/follow-ups/actions");
const { createFigureAction } = await import("@/app/questions/[id]/figures/actions");

type Action = (prev: ActionState<never>, fd: FormData) => Promise<ActionState<unknown>>;
type Outcome = { redirect: string; state?: undefined } | { state: ActionState<unknown>; redirect?: undefined };

async function submit(action: Action, fields: Record<string, string | undefined>): Promise<Outcome> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) fd.append(k, v);
  try {
    return { state: await action(initialActionState, fd) };
  } catch (e) {
    if (e instanceof mocks.RedirectSignal) return { redirect: e.url };
    throw e;
  }
}

function failure(o: Outcome) {
  if (o.redirect !== undefined) throw new Error(`expected a failure, got a redirect to ${o.redirect}`);
  if (o.state.ok !== false) throw new Error(`expected a failure, got ${JSON.stringify(o.state)}`);
  return o.state;
}

let uinCounter = 0;
const freshUin = () => String(8_000_000 + ((Date.now() % 900_000) * 10 + ++uinCounter) % 1_000_000);

const status = async (id: number) => (await db.question.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeEach(() => {
  mocks.getCaller.mockResolvedValue({ role: "editor", name: "editor" });
  mocks.revalidatePath.mockClear();
});

describe("createQuestionAction", () => {
  it("writes exactly the submitted question, revalidates its pages and redirects to it", async () => {
    await seedFoundingCase(db);
    const lowe = await db.member.findUniqueOrThrow({ where: { parliamentId: 5158 } });
    const home = await db.answeringBody.findUniqueOrThrow({ where: { name: "Home Office" } });
    const uin = freshUin();
    const out = await submit(createQuestionAction, {
      house: "COMMONS",
      uin: ` ${uin} `,
      dateTabled: "2026-01-12",
      dateForAnswer: "2026-01-14",
      isNamedDay: "on",
      askingMemberId: String(lowe.id),
      answeringBodyId: String(home.id),
      heading: "  Asylum: Hotels ",
      text: "To ask the Secretary of State for the Home Department, how many hotels are in use.",
      parliamentId: "",
    });
    const row = await db.question.findFirstOrThrow({ where: { uin } });
    expect(out).toEqual({ redirect: `/questions/${row.id}` });
    expect(row).toMatchObject({
      house: "COMMONS",
      uin,
      dateTabled: new Date("2026-01-12T00:00:00Z"),
      dateForAnswer: new Date("2026-01-14T00:00:00Z"),
      isNamedDay: true,
      askingMemberId: lowe.id,
      answeringBodyId: home.id,
      heading: "Asylum: Hotels",
      text: "To ask the Secretary of State for the Home Department, how many hotels are in use.",
      parliamentId: null,
      status: "TABLED",
      withdrawn: false,
    });
    const paths = mocks.revalidatePath.mock.calls.map((c) => c[0]);
    expect(paths).toEqual(expect.arrayContaining(["/", "/search", `/questions/${row.id}`, `/members/${lowe.id}`, `/departments/${home.id}`]));
  });

  it("returns field errors with the typed values and writes nothing for invalid input", async () => {
    const member = await makeMember();
    const body = await makeBody();
    const uin = freshUin();
    const fields = {
      house: "COMMONS",
      uin,
      dateTabled: "2026-01-12",
      dateForAnswer: "2026-01-10",
      askingMemberId: String(member.id),
      answeringBodyId: String(body.id),
      heading: "",
      text: "Typed text that must come back.",
    };
    const state = failure(await submit(createQuestionAction, fields));
    expect(state.fieldErrors).toEqual({
      heading: ["Heading is required."],
      dateForAnswer: ["Date for answer cannot be before the date tabled."],
    });
    expect(state.message).toBe("Please correct the highlighted fields.");
    expect(state.values).toEqual(fields);
    expect(await db.question.count({ where: { uin } })).toBe(0);
    expect(mocks.revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a duplicate with a field error and a link to the existing record", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const state = failure(
      await submit(createQuestionAction, {
        house: "COMMONS",
        uin: q.uin,
        dateTabled: "2025-12-01",
        askingMemberId: String(q.askingMemberId),
        answeringBodyId: String(q.answeringBodyId),
        heading: "Again",
        text: "The same question again.",
      }),
    );
    expect(state.fieldErrors.uin).toEqual([`Commons question ${q.uin} tabled on 2025-12-01 is already recorded.`]);
    expect(state.existingUrl).toBe(`/questions/${q.id}`);
    expect(await db.question.count({ where: { uin: q.uin } })).toBe(1);
  });

  it("turns the data layer's refusal of a member of the other House into a field error", async () => {
    const lord = await makeMember({ house: "LORDS" });
    const body = await makeBody();
    const state = failure(
      await submit(createQuestionAction, {
        house: "COMMONS",
        uin: freshUin(),
        dateTabled: "2025-12-01",
        askingMemberId: String(lord.id),
        answeringBodyId: String(body.id),
        heading: "H",
        text: "T",
      }),
    );
    expect(state.fieldErrors.askingMemberId?.[0]).toMatch(/sits in the Lords, not the Commons/);
  });

  it("refuses a reader and writes nothing", async () => {
    mocks.getCaller.mockResolvedValue({ role: "reader", name: "reader" });
    const member = await makeMember();
    const body = await makeBody();
    const uin = freshUin();
    const state = failure(
      await submit(createQuestionAction, {
        house: "COMMONS",
        uin,
        dateTabled: "2025-12-01",
        askingMemberId: String(member.id),
        answeringBodyId: String(body.id),
        heading: "H",
        text: "T",
      }),
    );
    expect(state.message).toBe("You do not have permission to change records.");
    expect(await db.question.count({ where: { uin } })).toBe(0);
  });
});

describe("createAnswerAction", () => {
  it("moves the question through TABLED → HOLDING → ANSWERED → CORRECTED", async () => {
    const minister = await makeMember({ name: "Answering Minister" });
    const q = await makeQuestion({ uin: freshUin() });
    expect(await status(q.id)).toBe("TABLED");

    const holding = await submit(createAnswerAction, { questionId: String(q.id), kind: "HOLDING", dateAnswered: "2025-12-04", html: "I will reply as soon as possible." });
    expect(holding).toEqual({ redirect: `/questions/${q.id}` });
    expect(await status(q.id)).toBe("HOLDING");

    const substantive = await submit(createAnswerAction, {
      questionId: String(q.id),
      kind: "SUBSTANTIVE",
      dateAnswered: "2025-12-10",
      answeringMemberId: String(minister.id),
      html: "First paragraph.\n\nSecond <b>paragraph</b>.",
      correctsAnswerId: "",
      alsoAnswers: "",
    });
    expect(substantive).toEqual({ redirect: `/questions/${q.id}` });
    expect(await status(q.id)).toBe("ANSWERED");
    const answer = await db.answer.findFirstOrThrow({ where: { kind: "SUBSTANTIVE", questions: { some: { questionId: q.id } } } });
    expect(answer).toMatchObject({ answeringMemberId: minister.id, dateAnswered: new Date("2025-12-10T00:00:00Z"), text: "First paragraph.\nSecond paragraph." });
    expect(mocks.revalidatePath).toHaveBeenCalledWith(`/questions/${q.id}`);

    const wrongCorrection = failure(await submit(createAnswerAction, { questionId: String(q.id), kind: "CORRECTION", dateAnswered: "2025-12-20", html: "Corrected." }));
    expect(wrongCorrection.fieldErrors).toEqual({ correctsAnswerId: ["Choose the answer this correction corrects."] });

    const secondSubstantive = failure(await submit(createAnswerAction, { questionId: String(q.id), kind: "SUBSTANTIVE", dateAnswered: "2025-12-20", html: "Again." }));
    expect(secondSubstantive.fieldErrors.kind?.[0]).toMatch(/already has a substantive answer/);

    const correction = await submit(createAnswerAction, {
      questionId: String(q.id),
      kind: "CORRECTION",
      dateAnswered: "2025-12-20",
      html: "The figure given was wrong.",
      correctsAnswerId: String(answer.id),
    });
    expect(correction).toEqual({ redirect: `/questions/${q.id}` });
    expect(await status(q.id)).toBe("CORRECTED");
  });

  it("links every grouped question named in Also answers to the one answer", async () => {
    const first = await makeQuestion({ uin: freshUin() });
    const second = await makeQuestion({ uin: freshUin(), answeringBodyId: first.answeringBodyId, askingMemberId: first.askingMemberId });
    const out = await submit(createAnswerAction, {
      questionId: String(first.id),
      kind: "SUBSTANTIVE",
      dateAnswered: "2025-12-10",
      html: "One answer to both.",
      alsoAnswers: `${second.uin}, ${first.uin}`,
    });
    expect(out).toEqual({ redirect: `/questions/${first.id}` });
    const links = await db.answerQuestion.findMany({ where: { questionId: { in: [first.id, second.id] } } });
    expect(links).toHaveLength(2);
    expect(links[0]!.answerId).toBe(links[1]!.answerId);
    expect(await status(second.id)).toBe("ANSWERED");
    expect(mocks.revalidatePath).toHaveBeenCalledWith(`/questions/${second.id}`);
  });

  it("names grouped UINs it cannot find (other department, tabled after the answer, unknown) and writes nothing", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const otherDept = await makeQuestion({ uin: freshUin() });
    const tooLate = await makeQuestion({ uin: freshUin(), answeringBodyId: q.answeringBodyId, dateTabled: new Date("2025-12-15T00:00:00Z") });
    const state = failure(
      await submit(createAnswerAction, {
        questionId: String(q.id),
        kind: "SUBSTANTIVE",
        dateAnswered: "2025-12-10",
        html: "Answer.",
        alsoAnswers: `${otherDept.uin} ${tooLate.uin} 9999999`,
      }),
    );
    const message = state.fieldErrors.alsoAnswers?.[0] ?? "";
    for (const uin of [otherDept.uin, tooLate.uin, "9999999"]) expect(message).toContain(uin);
    expect(message).toContain("tabled on or before 10 Dec 2025");
    expect(await db.answerQuestion.count({ where: { questionId: q.id } })).toBe(0);
    expect(await status(q.id)).toBe("TABLED");
  });

  it("puts a withdrawn grouped question's error next to Also answers, this question's at the top", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const grouped = await makeQuestion({ uin: freshUin(), answeringBodyId: q.answeringBodyId });
    await db.question.update({ where: { id: grouped.id }, data: { withdrawn: true } });
    const fields = { questionId: String(q.id), kind: "SUBSTANTIVE", dateAnswered: "2025-12-10", html: "Answer." };
    const groupedState = failure(await submit(createAnswerAction, { ...fields, alsoAnswers: grouped.uin }));
    expect(groupedState.fieldErrors).toEqual({ alsoAnswers: [`Question ${grouped.uin} was withdrawn; it cannot be answered.`] });

    await db.question.update({ where: { id: q.id }, data: { withdrawn: true } });
    const ownState = failure(await submit(createAnswerAction, fields));
    expect(ownState.fieldErrors).toEqual({ form: [`Question ${q.uin} was withdrawn; it cannot be answered.`] });
  });

  it("refuses an answer dated before the question was tabled, on the date field", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const state = failure(await submit(createAnswerAction, { questionId: String(q.id), kind: "SUBSTANTIVE", dateAnswered: "2025-11-01", html: "Too early." }));
    expect(state.fieldErrors.dateAnswered?.[0]).toMatch(/tabled on 2025-12-01/);
    expect(state.values.html).toBe("Too early.");
  });
});

describe("createFollowUpAction", () => {
  it("links an answer to a later question, created by the editor", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const answer = await makeAnswer([q.id]);
    const later = await makeQuestion({ uin: freshUin(), answeringBodyId: q.answeringBodyId, dateTabled: new Date("2025-12-12T00:00:00Z") });
    const out = await submit(createFollowUpAction, {
      questionId: String(q.id),
      from: `answer:${answer.id}`,
      toQuestionId: String(later.id),
      toUin: "",
      kind: "SAME_SUBJECT",
      note: " Takes up the answer. ",
      figureId: "",
    });
    expect(out).toEqual({ redirect: `/questions/${q.id}` });
    const row = await db.followUp.findFirstOrThrow({ where: { toQuestionId: later.id } });
    expect(row).toMatchObject({ fromAnswerId: answer.id, fromQuestionId: null, kind: "SAME_SUBJECT", note: "Takes up the answer.", figureId: null, createdBy: "editor:editor" });
    expect(mocks.revalidatePath).toHaveBeenCalledWith(`/questions/${later.id}`);
  });

  it("finds the later question by UIN and pursues a figure", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const later = await makeQuestion({ uin: freshUin(), dateTabled: new Date("2025-12-05T00:00:00Z") });
    const figure = await db.figure.create({ data: { measure: "Open figure", status: "UNRESOLVED", askedInQuestionId: q.id, sourceTitle: "test" } });
    const out = await submit(createFollowUpAction, { questionId: String(q.id), from: `question:${q.id}`, toUin: later.uin, kind: "UNRESOLVED_FIGURE", figureId: String(figure.id) });
    expect(out).toEqual({ redirect: `/questions/${q.id}` });
    expect(await db.followUp.findFirstOrThrow({ where: { toQuestionId: later.id } })).toMatchObject({ fromQuestionId: q.id, fromAnswerId: null, figureId: figure.id, kind: "UNRESOLVED_FIGURE" });

    const again = failure(await submit(createFollowUpAction, { questionId: String(q.id), from: `question:${q.id}`, toUin: later.uin, kind: "SAME_SUBJECT" }));
    expect(again.fieldErrors).toEqual({ toUin: ["These two are already linked."] });
  });

  it("puts errors on the fields: unknown UIN, a question tabled earlier, a missing figure", async () => {
    const q = await makeQuestion({ uin: freshUin(), dateTabled: new Date("2025-12-05T00:00:00Z") });
    const earlier = await makeQuestion({ uin: freshUin(), answeringBodyId: q.answeringBodyId, dateTabled: new Date("2025-11-01T00:00:00Z") });
    const base = { questionId: String(q.id), from: `question:${q.id}`, kind: "SAME_SUBJECT" };

    const unknown = failure(await submit(createFollowUpAction, { ...base, toUin: "9999998" }));
    expect(unknown.fieldErrors).toEqual({ toUin: ["No Commons question with UIN 9999998 tabled on or after 5 Dec 2025 is recorded."] });

    const backwards = failure(await submit(createFollowUpAction, { ...base, toQuestionId: String(earlier.id) }));
    expect(backwards.fieldErrors).toEqual({ toQuestionId: ["The follow-up question was tabled before the question it would follow up."] });

    const noFigure = failure(await submit(createFollowUpAction, { ...base, toQuestionId: String(earlier.id), kind: "UNRESOLVED_FIGURE" }));
    expect(noFigure.fieldErrors).toEqual({ figureId: ["Say which unresolved figure the later question pursues."] });
    expect(await db.followUp.count({ where: { fromQuestionId: q.id } })).toBe(0);
  });
});

describe("createFigureAction", () => {
  it("records a figure from an answer to this question, with the department it belongs to", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const answer = await makeAnswer([q.id]);
    const out = await submit(createFigureAction, {
      askedInQuestionId: String(q.id),
      measure: "Staff tracing absconders",
      value: "1,234.5",
      valueText: "c.1,235",
      unit: "staff",
      approximate: "on",
      asOf: "2025-12-10",
      status: "STATED",
      sourceAnswerId: String(answer.id),
      sourceTitle: "",
      sourceUrl: "",
      quote: "about 1,235 staff",
      resolvedByAnswerId: "",
    });
    expect(out).toEqual({ redirect: `/questions/${q.id}` });
    const row = await db.figure.findFirstOrThrow({ where: { sourceAnswerId: answer.id } });
    expect(row).toMatchObject({
      measure: "Staff tracing absconders",
      value: 1234.5,
      valueText: "c.1,235",
      unit: "staff",
      approximate: true,
      asOf: new Date("2025-12-10T00:00:00Z"),
      status: "STATED",
      quote: "about 1,235 staff",
      sourceTitle: null,
      askedInQuestionId: q.id,
      answeringBodyId: q.answeringBodyId,
      resolvedByAnswerId: null,
    });
    expect(mocks.revalidatePath).toHaveBeenCalledWith("/figures");
  });

  it("records a resolved figure with its resolving answer", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const first = await makeAnswer([q.id], { dateAnswered: new Date("2025-12-05T00:00:00Z") });
    const later = await makeQuestion({ uin: freshUin(), answeringBodyId: q.answeringBodyId });
    const resolving = await makeAnswer([later.id], { dateAnswered: new Date("2026-01-20T00:00:00Z") });
    const out = await submit(createFigureAction, {
      askedInQuestionId: String(q.id),
      measure: "Absconders located",
      value: "53298",
      status: "RESOLVED",
      sourceAnswerId: String(first.id),
      resolvedByAnswerId: String(resolving.id),
    });
    expect(out).toEqual({ redirect: `/questions/${q.id}` });
    const row = await db.figure.findFirstOrThrow({ where: { measure: "Absconders located", sourceAnswerId: first.id } });
    expect(row).toMatchObject({ status: "RESOLVED", value: 53298, resolvedByAnswerId: resolving.id, resolvedAt: new Date("2026-01-20T00:00:00Z") });
    expect(mocks.revalidatePath).toHaveBeenCalledWith(`/questions/${later.id}`);
  });

  it("refuses a figure without a source, and a resolving answer older than the source, writing nothing", async () => {
    const q = await makeQuestion({ uin: freshUin() });
    const noSource = failure(await submit(createFigureAction, { askedInQuestionId: String(q.id), measure: "Sourceless", status: "UNRESOLVED" }));
    expect(noSource.fieldErrors).toEqual({ sourceTitle: ["Give the answer the figure comes from, or name the outside source."] });

    const late = await makeAnswer([q.id], { dateAnswered: new Date("2025-12-20T00:00:00Z") });
    const other = await makeQuestion({ uin: freshUin() });
    const early = await makeAnswer([other.id], { dateAnswered: new Date("2025-12-02T00:00:00Z") });
    const backwards = failure(
      await submit(createFigureAction, { askedInQuestionId: String(q.id), measure: "Backwards", status: "RESOLVED", valueText: "none", sourceAnswerId: String(late.id), resolvedByAnswerId: String(early.id) }),
    );
    expect(backwards.fieldErrors).toEqual({ resolvedByAnswerId: ["The resolving answer is dated before the answer that left the figure open."] });
    expect(await db.figure.count({ where: { askedInQuestionId: q.id } })).toBe(0);
  });

  it("refuses a reader", async () => {
    mocks.getCaller.mockResolvedValue({ role: "reader", name: "reader" });
    const q = await makeQuestion({ uin: freshUin() });
    const state = failure(await submit(createFigureAction, { askedInQuestionId: String(q.id), measure: "Read only", status: "UNRESOLVED", sourceTitle: "Press" }));
    expect(state.message).toBe("You do not have permission to change records.");
    expect(await db.figure.count({ where: { askedInQuestionId: q.id } })).toBe(0);
  });
});
