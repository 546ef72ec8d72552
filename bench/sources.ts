import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { looksTruncated } from "@/lib/import/uk-parliament-api";
import { WeightedTable, createRng, hashString, tableOf } from "@/bench/random";

/**
 * What the corpus generator learns from the real UK Parliament data in
 * ../shared/data/uk-parliament-api: who asks which department (and who
 * answers), the headings each department's questions get, how long answers
 * take, how often questions are grouped, held or corrected, and a pool of
 * full question and answer texts per department.
 */

export const ELECTION = Date.UTC(2024, 6, 4); // 4 July 2024: a new Parliament, new members and departments

export type Skeleton = {
  askingMemberId: number;
  answeringBodyId: number;
  answeringMemberId: number | null;
  /** How many questions were answered together with this one, itself included. */
  groupSize: number;
};

export type TextSource = {
  question: string;
  /** Full answer HTML; null when the question had no answer when captured. */
  answer: string | null;
  heading: string;
  /** The year the text was written, to move its years with the question's date. */
  year: number;
  bodyId: number;
};

export type SourceProfile = {
  /** Record skeletons before and after the 2024 election (members and departments changed). */
  skeletons: { pre: Skeleton[]; post: Skeleton[] };
  bodies: Map<number, string>;
  /** Every member id seen asking or answering (all real). */
  memberIds: Set<number>;
  texts: TextSource[];
  /** Indexes into `texts` by department: all, and those with an answer. */
  textsByBody: Map<number, number[]>;
  answeredByBody: Map<number, number[]>;
  /** Indexes into `texts` by department and heading (grouped questions share a heading). */
  textsByHeading: Map<string, number[]>;
  /** Days from tabled to answered, as the final month files have them. */
  answerDelay: WeightedTable<number>;
  /** Days from tabled to the date for answer, and whether it was a named day. */
  forAnswer: WeightedTable<string>;
  /** Relative number of questions tabled on each day of the week (0 = Sunday), weekdays' mean 1. */
  dayOfWeek: number[];
  /** Who answers for each department, per era ("pre|17", "post|17"). */
  answerers: Map<string, WeightedTable<number>>;
  /** Share of questions whose member declared an interest. */
  interestRate: number;
  /** Relative number of questions per calendar month (0 = January), mean 1. */
  monthWeight: number[];
  correctionRate: number;
  holdingRate: number;
  /** "The {body} has indicated that it will not be possible…", from real holding answers. */
  holdingTemplate: string;
  /** Questions per sitting day in the real month files. */
  perSittingDay: number;
};

type ApiValue = {
  id: number;
  askingMemberId: number;
  house: string;
  dateTabled: string;
  dateForAnswer: string | null;
  uin: string;
  questionText: string;
  answeringBodyId: number;
  answeringBodyName: string;
  isNamedDay: boolean;
  memberHasInterest?: boolean;
  groupedQuestions: string[];
  answerIsHolding: boolean;
  answerIsCorrection: boolean;
  answeringMemberId: number | null;
  dateAnswered: string | null;
  answerText: string | null;
  dateHoldingAnswer: string | null;
  heading: string | null;
};

export function defaultSourceDir(): string {
  const candidates = [process.env.BENCH_SOURCE_DIR, path.resolve("../shared/data/uk-parliament-api"), "/work/shared/data/uk-parliament-api"];
  return candidates.find((d): d is string => !!d && existsSync(path.join(d, "longform-texts.jsonl.gz"))) ?? path.resolve("../shared/data/uk-parliament-api");
}

/** The month files, one per month: of several snapshots of a month, the latest. */
export function monthFiles(dir: string): string[] {
  const byMonth = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const m = /^(commons|lords)-(\d{4}-\d{2})(?:\.as-of-(\d{4}-\d{2}-\d{2}))?\.json$/.exec(name);
    if (!m) continue;
    const key = `${m[1]}-${m[2]}`;
    const prev = byMonth.get(key);
    if (!prev || name > prev) byMonth.set(key, name);
  }
  return [...byMonth.values()].map((n) => path.join(dir, n));
}

const day = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
const DAY = 86_400_000;
const prefixOf = (question: string) => /^To ask (the [^,]+?),/.exec(question)?.[1]?.toLowerCase().replace(/\s+/g, " ") ?? null;

export function loadSourceProfile(dir = defaultSourceDir()): SourceProfile {
  const files = monthFiles(dir);
  if (!files.length) throw new Error(`No month files (commons-YYYY-MM*.json) in ${dir}`);
  const records: ApiValue[] = [];
  const finalFlags: boolean[] = [];
  for (const f of files) {
    const doc = JSON.parse(readFileSync(f, "utf8")) as Array<{ value: ApiValue }>;
    const isSnapshot = /\.as-of-/.test(f);
    for (const item of doc) {
      if (item?.value?.house !== "Commons") continue;
      records.push(item.value);
      finalFlags.push(!isSnapshot);
    }
  }

  const bodies = new Map<number, string>();
  const memberIds = new Set<number>();
  const skeletons = { pre: [] as Skeleton[], post: [] as Skeleton[] };
  const prefixBodies = new Map<string, Map<number, number>>();
  const byId = new Map<number, ApiValue>();
  const delays: number[] = [];
  const forAnswer: string[] = [];
  const dows: number[] = [];
  let corrections = 0;
  let holdings = 0;
  let finals = 0;
  const daysSeen = new Set<string>();
  let holdingTemplate = "";
  let interests = 0;
  const answererIds = new Map<string, number[]>();

  records.forEach((v, i) => {
    bodies.set(v.answeringBodyId, v.answeringBodyName);
    memberIds.add(v.askingMemberId);
    if (v.answeringMemberId) memberIds.add(v.answeringMemberId);
    byId.set(v.id, v);
    daysSeen.add(v.dateTabled.slice(0, 10));
    const tabled = day(v.dateTabled);
    (tabled < ELECTION ? skeletons.pre : skeletons.post).push({
      askingMemberId: v.askingMemberId,
      answeringBodyId: v.answeringBodyId,
      answeringMemberId: v.answeringMemberId ?? null,
      groupSize: (v.groupedQuestions?.length ?? 0) + 1,
    });
    const prefix = prefixOf(v.questionText);
    if (prefix) {
      const m = prefixBodies.get(prefix) ?? new Map<number, number>();
      m.set(v.answeringBodyId, (m.get(v.answeringBodyId) ?? 0) + 1);
      prefixBodies.set(prefix, m);
    }
    dows.push(new Date(tabled).getUTCDay());
    if (v.memberHasInterest) interests++;
    if (v.answeringMemberId) {
      const key = `${tabled < ELECTION ? "pre" : "post"}|${v.answeringBodyId}`;
      const list = answererIds.get(key) ?? [];
      list.push(v.answeringMemberId);
      answererIds.set(key, list);
    }
    if (v.dateForAnswer) forAnswer.push(`${Math.round((day(v.dateForAnswer) - tabled) / DAY)}${v.isNamedDay ? "n" : ""}`);
    if (finalFlags[i]) {
      finals++;
      if (v.dateAnswered) delays.push(Math.round((day(v.dateAnswered) - tabled) / DAY));
      if (v.answerIsCorrection) corrections++;
      if (v.dateHoldingAnswer) holdings++;
    }
    if (v.answerIsHolding && v.answerText && !holdingTemplate && v.answerText.includes(v.answeringBodyName)) {
      holdingTemplate = v.answerText.replace(v.answeringBodyName, "{body}");
    }
  });

  const bodyOfPrefix = new Map<string, number>();
  for (const [prefix, counts] of prefixBodies) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    if (best) bodyOfPrefix.set(prefix, best[0]);
  }
  const longform = gunzipSync(readFileSync(path.join(dir, "longform-texts.jsonl.gz"))).toString("utf8");
  const longformRows = longform
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: number; month: string; question_text: string; answer_text: string | null });
  // Questions whose heading is known: longform texts of list records, and whole list questions.
  const known: Array<{ bodyId: number; question: string; heading: string }> = [];
  for (const r of longformRows) {
    const real = byId.get(r.id);
    if (real?.heading?.trim() && r.question_text) known.push({ bodyId: real.answeringBodyId, question: r.question_text, heading: real.heading.trim() });
  }
  for (const v of records) {
    if (v.heading?.trim() && !looksTruncated(v.questionText, "question")) known.push({ bodyId: v.answeringBodyId, question: v.questionText, heading: v.heading.trim() });
  }
  const headingPicker = new HeadingPicker(known);

  // Full texts: the longform file, plus list records short enough to be whole.
  const texts: TextSource[] = [];
  const used = new Set<number>();
  const monthCount = new Map<string, number>();
  for (const r of longformRows) {
    if (typeof r.question_text !== "string" || !r.question_text.trim()) continue;
    monthCount.set(r.month, (monthCount.get(r.month) ?? 0) + 1);
    const real = byId.get(r.id);
    const prefix = prefixOf(r.question_text);
    const bodyId = real?.answeringBodyId ?? (prefix ? bodyOfPrefix.get(prefix) : undefined);
    if (bodyId === undefined) continue; // unknown addressee ("To ask the hon. Member for …")
    used.add(r.id);
    texts.push({
      question: r.question_text.trim(),
      answer: r.answer_text?.trim() ? r.answer_text.trim() : null,
      heading: real?.heading?.trim() || headingPicker.pick(bodyId, r.question_text),
      year: Number(r.month.slice(0, 4)),
      bodyId,
    });
  }
  for (const v of records) {
    if (used.has(v.id) || looksTruncated(v.questionText, "question") || !v.questionText.trim()) continue;
    const answerWhole = !!v.answerText && !v.answerIsHolding && !looksTruncated(v.answerText, "answer") && !/(\.\.\.|…)$/.test(v.answerText.trim());
    if (v.answerText && !answerWhole && v.dateAnswered) continue; // a whole question with a cut answer: not usable as a pair
    used.add(v.id);
    texts.push({ question: v.questionText.trim(), answer: answerWhole ? v.answerText!.trim() : null, heading: v.heading?.trim() || headingPicker.pick(v.answeringBodyId, v.questionText), year: Number(v.dateTabled.slice(0, 4)), bodyId: v.answeringBodyId });
  }

  const textsByBody = new Map<number, number[]>();
  const answeredByBody = new Map<number, number[]>();
  const textsByHeading = new Map<string, number[]>();
  const push = (m: Map<string | number, number[]>, k: string | number, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  texts.forEach((t, i) => {
    push(textsByBody as Map<string | number, number[]>, t.bodyId, i);
    if (t.answer) push(answeredByBody as Map<string | number, number[]>, t.bodyId, i);
    push(textsByHeading as Map<string | number, number[]>, `${t.bodyId}|${t.heading}`, i);
  });

  // Skeletons whose department has no texts cannot be used.
  skeletons.pre = skeletons.pre.filter((s) => answeredByBody.has(s.answeringBodyId));
  skeletons.post = skeletons.post.filter((s) => answeredByBody.has(s.answeringBodyId));

  return {
    skeletons,
    bodies,
    memberIds,
    texts,
    textsByBody,
    answeredByBody,
    textsByHeading,
    answerDelay: tableOf(delays),
    forAnswer: tableOf(forAnswer),
    dayOfWeek: dayWeights(dows),
    answerers: new Map([...answererIds].map(([k, ids]) => [k, tableOf(ids)])),
    interestRate: interests / Math.max(records.length, 1),
    monthWeight: monthWeights(monthCount),
    correctionRate: finals ? corrections / finals : 0.0025,
    holdingRate: finals ? holdings / finals : 0.02,
    holdingTemplate:
      holdingTemplate ||
      "The {body} has indicated that it will not be possible to answer this question within the usual time period. An answer is being prepared and will be provided as soon as it is available.",
    perSittingDay: records.length / Math.max(daysSeen.size, 1),
  };
}

function dayWeights(dows: number[]): number[] {
  const counts = new Array<number>(7).fill(0);
  for (const d of dows) counts[d]!++;
  const weekdayMean = counts.slice(1, 6).reduce((a, b) => a + b, 0) / 5 || 1;
  return counts.map((c, d) => (d >= 1 && d <= 5 ? c / weekdayMean : 0));
}

/** Questions per calendar month relative to that year's mean, averaged over the years present. */
function monthWeights(monthCount: Map<string, number>): number[] {
  const byYear = new Map<number, Map<number, number>>();
  for (const [ym, n] of monthCount) {
    const y = Number(ym.slice(0, 4));
    const m = Number(ym.slice(5, 7)) - 1;
    const row = byYear.get(y) ?? new Map<number, number>();
    row.set(m, n);
    byYear.set(y, row);
  }
  const sums = new Array<number>(12).fill(0);
  const seen = new Array<number>(12).fill(0);
  for (const row of byYear.values()) {
    if (row.size < 6) continue; // partial years would skew the shape
    const mean = [...row.values()].reduce((a, b) => a + b, 0) / row.size;
    for (const [m, n] of row) {
      sums[m]! += n / mean;
      seen[m]!++;
    }
  }
  const w = sums.map((s, m) => (seen[m] ? s / seen[m]! : 1));
  const mean = w.reduce((a, b) => a + b, 0) / 12;
  return w.map((x) => x / mean);
}

const STOP = new Set(
  "about above after again against also answer answers assessment been before being between both could data department departments does each existing from further government have having into made make many more most much number numbers other over plans potential policy proposals recent state secretary since some statement steps such taking than that their them then there these they this those through under what when whether which will with would year years".split(" "),
);
const words = (s: string) => s.toLowerCase().match(/[a-z][a-z'-]{3,}/g)?.filter((w) => !STOP.has(w)) ?? [];

/**
 * Gives a longform text (which has no heading) a real heading: the heading of
 * the most similar question of the same department whose heading is known
 * (rare shared words count most), else one of the department's headings as
 * often as it occurs, chosen by the text so that it is the same every run.
 */
class HeadingPicker {
  private readonly byBody = new Map<number, { docs: Array<{ heading: string; size: number }>; index: Map<string, number[]>; table: WeightedTable<string> }>();

  constructor(known: Array<{ bodyId: number; question: string; heading: string }>) {
    const grouped = new Map<number, typeof known>();
    for (const k of known) grouped.set(k.bodyId, [...(grouped.get(k.bodyId) ?? []), k]);
    for (const [bodyId, list] of grouped) {
      const index = new Map<string, number[]>();
      const docs = list.map((k, i) => {
        const ws = new Set(words(k.question));
        for (const w of ws) {
          const posting = index.get(w);
          if (posting) posting.push(i);
          else index.set(w, [i]);
        }
        return { heading: k.heading, size: ws.size };
      });
      this.byBody.set(bodyId, { docs, index, table: tableOf(list.map((k) => k.heading)) });
    }
  }

  pick(bodyId: number, question: string): string {
    const b = this.byBody.get(bodyId);
    if (!b) return "Written Questions";
    const n = b.docs.length;
    const scores = new Map<number, number>();
    for (const w of new Set(words(question))) {
      const posting = b.index.get(w);
      if (!posting || posting.length > n * 0.2) continue; // words most questions share say nothing
      const idf = Math.log(n / posting.length);
      for (const d of posting) scores.set(d, (scores.get(d) ?? 0) + idf);
    }
    let best = -1;
    let bestScore = 0;
    for (const [d, score] of scores) {
      const s = score / Math.sqrt(b.docs[d]!.size + 1);
      if (s > bestScore || (s === bestScore && d < best)) {
        best = d;
        bestScore = s;
      }
    }
    if (best >= 0 && bestScore >= 1.5) return b.docs[best]!.heading;
    return b.table.sample(createRng(hashString(question)));
  }
}
