import type { Db } from "@/lib/db";
import { parseDay } from "@/lib/dates";
import { upsertMember } from "@/lib/data/members";
import { upsertAnsweringBody } from "@/lib/data/answering-bodies";
import { createQuestion, findQuestionByKey } from "@/lib/data/questions";
import { createAnswer } from "@/lib/data/answers";
import { createFigure, type CreateFigureInput } from "@/lib/data/figures";
import { createFollowUp, type CreateFollowUpInput } from "@/lib/data/follow-ups";
import { DuplicateError } from "@/lib/data/errors";
import { suggestLinksForQuestion } from "@/lib/data/suggestions/question-links";
import { analyseAnswer } from "@/lib/data/suggestions/answer-analysis";
import { ANSWER_ABSCONDER_POOL_HTML, ANSWER_TRACING_TEXT, FOUNDING_QUESTIONS } from "./founding-case-data";

function day(s: string): Date {
  const d = parseDay(s);
  if (!d) throw new Error(`Bad date in seed data: ${s}`);
  return d;
}

/** The published answers carry no date in our sources: known only as 10–17 December 2025. */
const ANSWERED_BY = day("2025-12-17");

export type SeedSummary = { created: Record<string, number> };

/**
 * Seeds the founding case (../shared/domain/founding-case.md). Idempotent: each
 * record is looked up by its natural key first, so a second run creates nothing
 * and a half-seeded database is completed.
 */
export async function seedFoundingCase(client: Db): Promise<SeedSummary> {
  const created: Record<string, number> = { questions: 0, answers: 0, figures: 0, followUps: 0, suggestions: 0 };
  await client.$transaction(async (tx) => {
    const lowe = await upsertMember(
      { name: "Rupert Lowe", sortName: "Lowe, Rupert", house: "COMMONS", party: "Independent", constituency: "Great Yarmouth", parliamentId: 5158, thumbnailUrl: "https://members-api.parliament.uk/api/Members/5158/Thumbnail" },
      tx,
    );
    const norris = await upsertMember(
      { name: "Alex Norris", sortName: "Norris, Alex", house: "COMMONS", party: "Labour", constituency: "Nottingham North and Kimberley", parliamentId: 4641, thumbnailUrl: "https://members-api.parliament.uk/api/Members/4641/Thumbnail" },
      tx,
    );
    const bodies = new Map<number, number>();
    bodies.set(1, (await upsertAnsweringBody({ name: "Home Office", parliamentId: 1 }, tx)).id);
    bodies.set(54, (await upsertAnsweringBody({ name: "Ministry of Justice", parliamentId: 54 }, tx)).id);

    const q = new Map<string, number>();
    for (const item of FOUNDING_QUESTIONS) {
      const key = { house: "COMMONS" as const, uin: item.uin, dateTabled: day(item.dateTabled) };
      const existing = await findQuestionByKey(key, tx);
      if (existing) {
        q.set(item.uin, existing.id);
        continue;
      }
      const bodyId = bodies.get(item.answeringBodyParliamentId);
      if (!bodyId) throw new Error(`Seed data names unknown answering body ${item.answeringBodyParliamentId}`);
      const row = await createQuestion(
        {
          ...key,
          dateForAnswer: day(item.dateForAnswer),
          isNamedDay: item.isNamedDay,
          heading: item.heading,
          text: item.text,
          askingMemberId: lowe.id,
          answeringBodyId: bodyId,
          parliamentId: item.parliamentId,
          // Suggestions run once everything curated below is in place (see the end).
          suggestLinks: false,
          sourceFormat: "seed",
        },
        tx,
      );
      q.set(item.uin, row.id);
      created.questions!++;
    }
    const id = (uin: string) => {
      const v = q.get(uin);
      if (v === undefined) throw new Error(`Seed data lacks question ${uin}`);
      return v;
    };

    const ensureAnswer = async (questionUins: string[], html: string, answeringMemberId: number | null) => {
      const existing = await tx.answerQuestion.findFirst({
        where: { questionId: id(questionUins[0]!), answer: { kind: "SUBSTANTIVE" } },
        select: { answerId: true },
      });
      if (existing) return existing.answerId;
      const a = await createAnswer(
        { questionIds: questionUins.map(id), kind: "SUBSTANTIVE", dateAnswered: ANSWERED_BY, dateIsApproximate: true, html, answeringMemberId, analyse: false },
        tx,
      );
      created.answers!++;
      return a.id;
    };
    const tracing = await ensureAnswer(["95752", "95751"], ANSWER_TRACING_TEXT, norris.id);
    // The published copy does not name the minister; it is not assumed here.
    const pool = await ensureAnswer(["95748", "95741", "95750"], ANSWER_ABSCONDER_POOL_HTML, null);

    const figures = new Map<string, number>();
    const ensureFigure = async (key: string, input: CreateFigureInput) => {
      const existing = await tx.figure.findFirst({
        where: { measure: input.measure, sourceAnswerId: input.sourceAnswerId ?? null, sourceTitle: input.sourceTitle ?? null },
        select: { id: true },
      });
      if (existing) return figures.set(key, existing.id);
      figures.set(key, (await createFigure(input, tx)).id);
      created.figures!++;
    };
    const press = (title: string) => ({ sourceTitle: title, sourceUrl: null });

    await ensureFigure("staff", {
      measure: "Staff dedicated to tracing absconders", value: 65, valueText: "c.65", unit: "staff", approximate: true, status: "STATED",
      sourceAnswerId: tracing, askedInQuestionId: id("95752"), quote: "with c.65 staff currently dedicated to tracing activities",
    });
    await ensureFigure("targets", {
      measure: "Formal targets for reducing the absconder pool", value: 0, valueText: "none", unit: "targets", status: "STATED",
      sourceAnswerId: tracing, askedInQuestionId: id("95752"), quote: "there are no formal targets linked to a reduction in the number",
    });
    await ensureFigure("cost", {
      measure: "Annual cost of tracing absconders / of collating absconder data", unit: "£", status: "UNRESOLVED", nonAnswerKind: "estimate_unreliable",
      sourceAnswerId: tracing, askedInQuestionId: id("95751"),
      quote: "Given these variables, any general estimate would be unreliable with assessments instead being made in response to individual requests and the specific circumstances.",
    });
    await ensureFigure("pool", {
      measure: "Irregular migrants in the total absconder pool located, removed and still at large", unit: "people", status: "DECLINED", nonAnswerKind: "disproportionate_cost",
      sourceAnswerId: pool, askedInQuestionId: id("95748"),
      quote: "Obtaining the detailed information that has been requested would involve collating and verifying information from multiple Home Office systems and could only be obtained at a disproportionate cost.",
    });
    await ensureFigure("fno", {
      measure: "Foreign national offenders and irregular migrants in the absconder pool by risk category, criminal history and nationality", unit: "people", status: "DECLINED", nonAnswerKind: "not_available",
      sourceAnswerId: pool, askedInQuestionId: id("95741"),
      quote: "is not currently available from published statistics. Nor is the breakdown of those figures by risk category, criminal history and nationality.",
    });
    await ensureFigure("whereabouts", {
      measure: "Migrants in the absconder pool whose whereabouts are unknown", value: 53298, valueText: "53,298", unit: "people", status: "REPORTED_UNCONFIRMED",
      ...press("Press report of a leaked Home Office document (October 2024)"),
    });
    await ensureFigure("fno-released", {
      measure: "Foreign offenders who absconded after release", value: 736, valueText: "736", unit: "people", status: "REPORTED_UNCONFIRMED",
      ...press("Press report (not confirmed by the Home Office)"),
    });
    await ensureFigure("missing-2016", {
      measure: "Individuals missing from the immigration system in 2016", value: 60000, valueText: "nearly 60,000", unit: "people", approximate: true,
      status: "REPORTED_UNCONFIRMED", ...press("Press report; the Home Office said current figures are \"broadly consistent\""),
    });
    await ensureFigure("removed", {
      measure: "People with no right to remain removed under this government", value: 50000, valueText: "almost 50,000 (up 23%)", unit: "people",
      approximate: true, status: "STATED", ...press("Home Office spokesperson, quoted in the press (December 2025)"),
    });

    const links: Array<Omit<CreateFollowUpInput, "createdBy">> = [
      { fromAnswerId: pool, toQuestionId: id("97688"), kind: "UNRESOLVED_FIGURE", figureId: figures.get("pool"), note: "Asks for one part of the absconder pool that the 1 December answer declined to count." },
      { fromAnswerId: pool, toQuestionId: id("97694"), kind: "UNRESOLVED_FIGURE", figureId: figures.get("pool"), note: "Pursues part (c) of 95748 — those who remain — declined on cost." },
      { fromAnswerId: pool, toQuestionId: id("97695"), kind: "UNRESOLVED_FIGURE", figureId: figures.get("pool"), note: "Pursues part (b) of 95748 — removals — declined on cost." },
      { fromAnswerId: pool, toQuestionId: id("97692"), kind: "SAME_SUBJECT", note: "Absconding from immigration bail." },
      { fromAnswerId: pool, toQuestionId: id("97691"), kind: "SAME_SUBJECT", note: "Offending by absconders, after the public-safety answer to 95750." },
      { fromAnswerId: pool, toQuestionId: id("97690"), kind: "SAME_SUBJECT", note: "Bail decisions for absconders, asked of the Ministry of Justice." },
      { fromAnswerId: tracing, toQuestionId: id("97696"), kind: "SAME_SUBJECT", note: "After the answer on c.65 tracing staff: how absconders are actually found." },
      { fromAnswerId: tracing, toQuestionId: id("97693"), kind: "SAME_SUBJECT", note: "Tracing: delay before a missing absconder is reported to the police." },
      { fromAnswerId: tracing, toQuestionId: id("97689"), kind: "SAME_SUBJECT", note: "Tracing relies on police contact: how often it leads to detention." },
    ];
    for (const link of links) {
      try {
        await createFollowUp({ ...link, createdBy: "seed" }, tx);
        created.followUps!++;
      } catch (e) {
        if (!(e instanceof DuplicateError)) throw e;
      }
    }

    // Now let analysis propose what the curated records above do not already say;
    // it skips anything recorded, accepted or rejected, so re-seeding adds nothing.
    for (const item of [...FOUNDING_QUESTIONS].sort((a, b) => a.dateTabled.localeCompare(b.dateTabled) || a.uin.localeCompare(b.uin))) {
      const s = await suggestLinksForQuestion(tx, id(item.uin));
      created.suggestions! += s.sameSubject + s.pursuesFigure;
    }
    for (const answerId of [pool, tracing]) {
      const s = await analyseAnswer(tx, answerId);
      created.suggestions! += s.suggestedFigures + s.suggestedResolutions;
    }
  }, { timeout: 60_000 });
  return { created };
}

