import { beforeAll, describe, expect, it } from "vitest";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { findSimilarEarlierQuestions } from "@/lib/data/similar";
import { NotFoundError } from "@/lib/data/errors";

// Made-up subject words, unique to this run: the integration database is shared by every test file.
const run = `${Date.now() % 100_000}`;
const zorb = `zorbleflux${run}`;
const quim = `quimbrel${run}`;
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("more like this", () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const member = (await makeMember()).id;
    const other = (await makeMember()).id;
    const body = (await makeBody()).id;
    const ask = (key: string, dateTabled: string, heading: string, text: string, askingMemberId = member) =>
      makeQuestion({ askingMemberId, answeringBodyId: body, dateTabled: day(dateTabled), heading, text }).then((q) => (ids[key] = q.id));
    const licences = (extra: string) => `To ask the Secretary of State for Trade, how many ${zorb} licences were issued to ${quim} operators ${extra}.`;

    await ask("target", "2025-06-10", `${zorb}: ${quim} Licences`, licences("in 2024; and what the average processing time was"));
    await ask("closest", "2025-03-03", `${zorb}: ${quim} Licences`, licences("in 2023; and what the average processing time was"));
    await ask("partial", "2025-02-03", `${zorb}: Exports`, `To ask the Secretary of State for Trade, what the value of ${zorb} exports was in 2024.`);
    await ask("unrelated", "2025-01-06", "Roads: Potholes", "To ask the Secretary of State for Transport, how many potholes were repaired in 2024.");
    await ask("later", "2025-09-01", `${zorb}: ${quim} Licences`, licences("in 2025"));
    await ask("sameDay", "2025-06-10", `${zorb}: ${quim} Licences`, licences("in 2022"), other);
    await ask("groupedWithTarget", "2025-06-10", `${zorb}: ${quim} Licences`, licences("in 2021"));
    await ask("pairA", "2025-04-07", `${zorb}: ${quim} Operators`, `To ask the Secretary of State for Trade, how many ${quim} operators hold ${zorb} licences.`, other);
    await ask("pairB", "2025-04-07", `${zorb}: ${quim} Operators`, `To ask the Secretary of State for Trade, how many ${quim} operators have lost ${zorb} licences.`, other);

    await makeAnswer([ids.target!, ids.groupedWithTarget!], { dateAnswered: day("2025-06-20") });
    await makeAnswer([ids.closest!], { kind: "HOLDING", dateAnswered: day("2025-03-10") });
    await makeAnswer([ids.closest!], { dateAnswered: day("2025-03-17"), html: `<p>In 2023, 412 ${zorb} licences were issued; processing took 19 days on average.</p>` });
    await makeAnswer([ids.pairA!, ids.pairB!], { dateAnswered: day("2025-04-15") });
  });

  it("lists earlier questions on the subject, the closest first, with why they match", async () => {
    const items = await findSimilarEarlierQuestions({ id: ids.target! });
    expect(items.map((i) => i.id)).toEqual([ids.closest, expect.any(Number), ids.partial]);
    const [closest, pair, partial] = items;
    expect([ids.pairA, ids.pairB]).toContain(pair!.id);
    expect(closest).toMatchObject({ heading: `${zorb}: ${quim} Licences`, dateTabled: "2025-03-03", status: "ANSWERED", askingMember: { id: expect.any(Number) } });
    expect(closest!.answer).toMatchObject({ dateAnswered: "2025-03-17" });
    expect(closest!.answer!.excerpt).toContain("412");
    expect(closest!.sharedTerms).toEqual(expect.arrayContaining([zorb, quim, "licences"]));
    expect(closest!.score).toBeGreaterThan(partial!.score);
    expect(partial!.sharedTerms).toContain(zorb);
    expect(partial!.sharedTerms).not.toContain(quim);
  });

  it("leaves out the question itself, those answered with it, later ones, same-day ones and unrelated ones", async () => {
    const items = await findSimilarEarlierQuestions({ id: ids.target!, limit: 20 });
    const found = new Set(items.map((i) => i.id));
    for (const key of ["target", "groupedWithTarget", "later", "sameDay", "unrelated"]) expect(found.has(ids[key]!), key).toBe(false);
    for (const item of items) expect(item.dateTabled < "2025-06-10").toBe(true);
  });

  it("shows questions answered together once", async () => {
    const items = await findSimilarEarlierQuestions({ id: ids.target! });
    const pair = items.filter((i) => i.id === ids.pairA || i.id === ids.pairB);
    expect(pair).toHaveLength(1);
    expect(pair[0]!.groupedCount).toBe(1);
  });

  it("finds nothing earlier for the first question on a subject, and respects the limit", async () => {
    // Other test files' questions may share its commoner words, but none is earlier on this subject.
    const first = await findSimilarEarlierQuestions({ id: ids.partial! });
    expect(first.filter((i) => i.sharedTerms.includes(zorb))).toEqual([]);
    expect(await findSimilarEarlierQuestions({ id: ids.later!, limit: 2 })).toHaveLength(2);
    await expect(findSimilarEarlierQuestions({ id: 999_999_999 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
