import { db } from "@/lib/db";
import { getTimelineCounts, listTimeline } from "@/lib/data/timeline";
import { msSince, summarise, type Summary } from "@/bench/stats";

/**
 * Member timelines (lib/data/timeline.ts listTimeline, behind GET
 * /api/members/:id/timeline) for the members who ask the most: the first page,
 * the first page with its counts (what the route returns), and a deep page
 * reached by following the keyset cursor `deepPages` pages in.
 */
export type TimelineResult = {
  members: Array<{ id: number; parliamentId: number | null; questions: number; pages: number }>;
  first: Summary;
  firstWithCounts: Summary;
  deep: Summary;
  /** The page the deep figures are for (the deepest all members reach, at most deepPages). */
  deepPage: number;
  /** Complete rounds of page samples over all members (fewer than asked when the budget ran out). */
  rounds: number;
  /** Samples of the first and deep pages, and of the first page with counts. */
  samples: number;
  countSamples: number;
  /** A walk stopped on its time budget before reaching page deepPages or the member's last page. */
  walkCutShort: boolean;
};

export async function measureTimelines(opts: {
  members?: number;
  repeats: number;
  deepPages?: number;
  /** For each measure's timed rounds, all members together. */
  budgetMs?: number;
  /** For walking down to the deep page, per member. */
  walkBudgetMs?: number;
}): Promise<TimelineResult> {
  const top = await db.question.groupBy({
    by: ["askingMemberId"],
    _count: { _all: true },
    orderBy: { _count: { askingMemberId: "desc" } },
    take: opts.members ?? 3,
  });
  const deepPages = opts.deepPages ?? 50;
  const members: TimelineResult["members"] = [];
  const deepCursors: Array<{ id: number; cursor: string | null }> = [];
  let deepPage = Infinity;
  let walkCutShort = false;
  for (const t of top) {
    const m = await db.member.findUnique({ where: { id: t.askingMemberId }, select: { parliamentId: true } });
    // Walk the cursor down; the last cursor reached is the deep page.
    let cursor: string | null = null;
    let pages = 1;
    let page = await listTimeline({ scope: { kind: "member", id: t.askingMemberId } });
    // The walk is budgeted too (it is what a slow timeline makes slowest): the deep page is then the deepest reached.
    const walkStarted = Date.now();
    while (page.nextCursor && pages < deepPages && Date.now() - walkStarted < (opts.walkBudgetMs ?? Infinity)) {
      cursor = page.nextCursor;
      page = await listTimeline({ scope: { kind: "member", id: t.askingMemberId }, cursor });
      pages++;
    }
    if (page.nextCursor && pages < deepPages) walkCutShort = true;
    members.push({ id: t.askingMemberId, parliamentId: m?.parliamentId ?? null, questions: t._count._all, pages });
    deepCursors.push({ id: t.askingMemberId, cursor });
    deepPage = Math.min(deepPage, pages);
  }

  const first: number[] = [];
  const withCounts: number[] = [];
  const deep: number[] = [];
  // Each measure stops once its budget is spent, checked before each member (at least one
  // sample): a slow timeline must not stall the run. The pages first, then the first page with
  // its counts, which can be far slower and would otherwise crowd out the page samples.
  let rounds = 0;
  let at = Date.now();
  const over = () => Date.now() - at >= (opts.budgetMs ?? Infinity);
  pages: for (let r = 0; r < opts.repeats; r++) {
    for (const [i, { id, cursor }] of deepCursors.entries()) {
      if ((r > 0 || i > 0) && over()) break pages;
      let start = process.hrtime.bigint();
      await listTimeline({ scope: { kind: "member", id } });
      first.push(msSince(start));
      start = process.hrtime.bigint();
      await listTimeline({ scope: { kind: "member", id }, cursor });
      deep.push(msSince(start));
    }
    rounds++;
  }
  at = Date.now();
  counts: for (let r = 0; r < opts.repeats; r++) {
    for (const [i, { id }] of deepCursors.entries()) {
      if ((r > 0 || i > 0) && over()) break counts;
      const start = process.hrtime.bigint();
      await Promise.all([listTimeline({ scope: { kind: "member", id } }), getTimelineCounts({ scope: { kind: "member", id } })]);
      withCounts.push(msSince(start));
    }
  }
  return { members, rounds, samples: first.length, countSamples: withCounts.length, walkCutShort, first: summarise(first), firstWithCounts: summarise(withCounts), deep: summarise(deep), deepPage: Number.isFinite(deepPage) ? deepPage : 0 };
}
