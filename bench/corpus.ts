import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { looksTruncated } from "@/lib/import/uk-parliament-api";
import { ELECTION, type SourceProfile, type Skeleton, type TextSource } from "@/bench/sources";
import { createRng, hashString, type Rng } from "@/bench/random";
import { mapHtmlText, perturbNumbers, recombineAnswer, recombineQuestion, shiftYears } from "@/bench/vary";

/**
 * A synthetic but realistic corpus of Commons written questions in the list
 * endpoint's JSON (`{ value, links }` items, full texts), built from a
 * SourceProfile: N questions over the sitting days before `end`, as many per
 * day as Parliament tables, with real members, departments, headings and
 * texts varied per question. The same options and seed give the same corpus.
 */

/** Bump when the generator changes what it writes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 3;

export type CorpusOptions = {
  records: number;
  seed: number;
  /** Last day questions are tabled (the corpus ends here and goes back in time). */
  end?: string;
  /** The day the corpus is "captured": later answers are not yet given. */
  asOf?: string;
  /** First API id; ids count up from it in date order. */
  idBase?: number;
};

export type ApiRecord = {
  id: number;
  askingMemberId: number;
  askingMember: null;
  house: "Commons";
  memberHasInterest: boolean;
  dateTabled: string;
  dateForAnswer: string | null;
  uin: string;
  questionText: string;
  answeringBodyId: number;
  answeringBodyName: string;
  isWithdrawn: boolean;
  isNamedDay: boolean;
  groupedQuestions: string[];
  answerIsHolding: boolean;
  answerIsCorrection: boolean;
  answeringMemberId: number | null;
  answeringMember: null;
  correctingMemberId: number | null;
  correctingMember: null;
  dateAnswered: string | null;
  answerText: string | null;
  originalAnswerText: string;
  comparableAnswerText: string;
  dateAnswerCorrected: string | null;
  dateHoldingAnswer: string | null;
  attachmentCount: number;
  heading: string;
  attachments: never[];
  groupedQuestionsDates: Array<{ questionUin: string; dateTabled: string }>;
};
export type ApiItem = { value: ApiRecord; links: Array<{ rel: string; href: string; method: string }> };

const DAY = 86_400_000;
const DEFAULT_END = "2025-12-09";
const DEFAULT_AS_OF = "2025-12-10";

/** State Openings of Parliament: Commons UINs start again from 1 at each. */
const SESSION_STARTS = ["2010-05-25", "2012-05-09", "2013-05-08", "2014-06-04", "2015-05-27", "2016-05-18", "2017-06-21", "2019-10-14", "2019-12-19", "2021-05-11", "2022-05-10", "2023-11-07", "2024-07-17"].map(
  (d) => Date.parse(`${d}T00:00:00Z`),
);

const iso = (t: number) => new Date(t).toISOString().slice(0, 10) + "T00:00:00";
const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);
const isWeekend = (t: number) => [0, 6].includes(new Date(t).getUTCDay());
const nextWeekday = (t: number) => {
  while (isWeekend(t)) t += DAY;
  return t;
};

function sessionStart(t: number): number {
  let start = Date.UTC(new Date(t).getUTCFullYear(), 0, 1); // before 2010: calendar years
  for (const s of SESSION_STARTS) if (s <= t) start = s;
  return start;
}

/** The Christmas recess (23 December – 2 January): nothing is tabled. */
export function inRecess(t: number): boolean {
  const d = new Date(t);
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  return (m === 11 && day >= 23) || (m === 0 && day <= 2);
}

/** Sitting days and how many questions each gets, oldest first, adding up to `records`. */
export function schedule(profile: SourceProfile, records: number, end: number, rng: Rng): Array<{ day: number; count: number }> {
  const days: Array<{ day: number; count: number }> = [];
  let total = 0;
  for (let t = end; total < records; t -= DAY) {
    const date = new Date(t);
    const weight = profile.dayOfWeek[date.getUTCDay()]! * profile.monthWeight[date.getUTCMonth()]!;
    if (weight <= 0 || inRecess(t)) continue;
    const count = Math.max(1, Math.round(profile.perSittingDay * weight * (0.75 + rng.next() * 0.5)));
    days.push({ day: t, count: Math.min(count, records - total) });
    total += count;
  }
  return days.reverse();
}

export function* generateCorpus(profile: SourceProfile, opts: CorpusOptions): Generator<ApiItem> {
  const rng = createRng(`corpus:${opts.seed}`);
  const end = utc(opts.end ?? DEFAULT_END);
  const asOf = utc(opts.asOf ?? DEFAULT_AS_OF);
  const days = schedule(profile, opts.records, end, createRng(`schedule:${opts.seed}`));
  let id = opts.idBase ?? 3_000_000;
  let produced = 0;

  // UINs carry on from the session's start, at the real daily rate, so they look like real ones.
  let session = days.length ? sessionStart(days[0]!.day) : 0;
  let uin = days.length ? 1 + Math.round(((days[0]!.day - session) / DAY) * (5 / 7) * profile.perSittingDay * 0.8) : 1;

  for (const { day, count } of days) {
    const s = sessionStart(day);
    if (s !== session) {
      session = s;
      uin = 1;
    }
    let left = Math.min(count, opts.records - produced);
    while (left > 0) {
      const { skeleton, size } = drawSkeleton(profile, day, Math.min(left, opts.records - produced), rng);
      const group = makeGroup(profile, skeleton, size, day, asOf, rng);
      const uins = group.map(() => String(uin++));
      const items = group.map((g, i) => toItem(g, id++, uins[i]!, uins, day));
      for (const item of items) yield item;
      produced += items.length;
      left -= items.length;
    }
  }
}

/**
 * A skeleton (member, department, answerer) as real records have them; a
 * grouped one starts a group only 1 in k times, so the share of questions in
 * groups of k matches the real files.
 */
function drawSkeleton(profile: SourceProfile, day: number, maxSize: number, rng: Rng): { skeleton: Skeleton; size: number } {
  const pool = day < ELECTION && profile.skeletons.pre.length ? profile.skeletons.pre : profile.skeletons.post;
  for (;;) {
    const s = rng.pick(pool);
    if (s.groupSize === 1) return { skeleton: s, size: 1 };
    if (rng.chance(1 / s.groupSize)) return { skeleton: s, size: Math.min(s.groupSize, maxSize) };
  }
}

type Generated = {
  skeleton: Skeleton;
  bodyName: string;
  heading: string;
  question: string;
  answer: string | null;
  answerIsHolding: boolean;
  answeringMemberId: number | null;
  dateForAnswer: number | null;
  isNamedDay: boolean;
  dateAnswered: number | null;
  dateHolding: number | null;
  correction: { date: number; original: string } | null;
  interest: boolean;
};

function makeGroup(profile: SourceProfile, skeleton: Skeleton, size: number, day: number, asOf: number, rng: Rng): Generated[] {
  const era = day < ELECTION && profile.skeletons.pre.length ? "pre" : "post";
  const body = skeleton.answeringBodyId;
  const bodyName = profile.bodies.get(body) ?? `Answering body ${body}`;
  const [forDays, named] = ((s) => [Number(s.replace("n", "")), s.endsWith("n")] as const)(profile.forAnswer.sample(rng));
  const dateForAnswer = nextWeekday(day + forDays * DAY);

  // One answer for the whole group, given on one day.
  let delay = profile.answerDelay.sample(rng);
  const holding = rng.chance(profile.holdingRate);
  const dateHolding = holding ? Math.max(dateForAnswer, day + DAY) : null;
  if (holding) delay = Math.max(delay, Math.round((dateHolding! - day) / DAY) + rng.int(5, 30));
  const answeredOn = nextWeekday(day + Math.max(1, delay) * DAY);
  const answered = answeredOn <= asOf;
  const heldNow = !answered && dateHolding !== null && dateHolding <= asOf;

  const first = pickText(profile, body, answered, null, rng);
  const answerer =
    skeleton.answeringMemberId ?? profile.answerers.get(`${era}|${body}`)?.sample(rng) ?? profile.answerers.get(`post|${body}`)?.sample(rng) ?? null;
  const answerHtml = answered ? varyAnswer(profile, first, day, rng) : heldNow ? profile.holdingTemplate.replace("{body}", bodyName) : null;

  let correction: Generated["correction"] = null;
  if (answered && answerHtml && rng.chance(profile.correctionRate)) {
    const date = nextWeekday(answeredOn + rng.int(7, 70) * DAY);
    if (date <= asOf) correction = { date, original: answerHtml };
  }
  const interest = rng.chance(profile.interestRate);

  const out: Generated[] = [];
  for (let i = 0; i < size; i++) {
    const text = i === 0 ? first : pickText(profile, body, answered, first.heading, rng);
    out.push({
      skeleton,
      bodyName,
      heading: first.heading,
      question: varyQuestion(profile, text, day, rng),
      answer: correction ? mapHtmlText(answerHtml!, (t) => perturbNumbers(t, rng, 0.2)) : answerHtml,
      answerIsHolding: heldNow,
      answeringMemberId: answered || heldNow ? answerer : null,
      dateForAnswer,
      isNamedDay: named,
      dateAnswered: answered ? answeredOn : heldNow ? dateHolding : null,
      dateHolding: dateHolding !== null && dateHolding <= asOf ? dateHolding : null,
      correction,
      interest,
    });
  }
  return out;
}

/** A text of the department (answered ones when an answer is needed), of the same heading when grouping. */
function pickText(profile: SourceProfile, body: number, answered: boolean, heading: string | null, rng: Rng): TextSource {
  if (heading !== null) {
    const same = sameHeading(profile, body, heading, (t) => !answered || !!t.answer, rng);
    if (same) return same;
  }
  const pool = (answered ? profile.answeredByBody.get(body) : profile.textsByBody.get(body)) ?? profile.textsByBody.get(body)!;
  return profile.texts[rng.pick(pool)]!;
}

/** Another text on the same subject (same department and heading), to recombine with; null when there is none. */
function donorFor(profile: SourceProfile, text: TextSource, answered: boolean, rng: Rng): TextSource | null {
  return sameHeading(profile, text.bodyId, text.heading, (t) => t !== text && (!answered || !!t.answer), rng);
}

/** A random text of the department and heading that passes `ok` (a few tries, so large headings stay cheap), or null. */
function sameHeading(profile: SourceProfile, body: number, heading: string, ok: (t: TextSource) => boolean, rng: Rng): TextSource | null {
  const same = profile.textsByHeading.get(`${body}|${heading}`);
  if (!same?.length) return null;
  for (let tries = 0; tries < 8; tries++) {
    const t = profile.texts[rng.pick(same)]!;
    if (ok(t)) return t;
  }
  return null;
}

function varyQuestion(profile: SourceProfile, text: TextSource, day: number, rng: Rng): string {
  let q = text.question;
  const donor = rng.chance(0.3) ? donorFor(profile, text, false, rng) : null;
  if (donor) q = recombineQuestion(q, donor.question);
  q = shiftYears(q, new Date(day).getUTCFullYear() - text.year, text.year);
  if (rng.chance(0.5)) q = perturbNumbers(q, rng);
  // The importer takes a 255-character question without an end stop for a list excerpt.
  if (looksTruncated(q, "question")) q += ".";
  return q;
}

function varyAnswer(profile: SourceProfile, text: TextSource, day: number, rng: Rng): string {
  let a = text.answer!;
  const donor = rng.chance(0.35) ? donorFor(profile, text, true, rng) : null;
  if (donor) a = recombineAnswer(a, donor.answer!, rng);
  const shift = new Date(day).getUTCFullYear() - text.year;
  const perturb = rng.chance(0.6);
  a = mapHtmlText(a, (t) => {
    const shifted = shiftYears(t, shift, text.year);
    return perturb ? perturbNumbers(shifted, rng) : shifted;
  });
  if (looksTruncated(a, "answer")) a = a.replace(/(\.\.\.|…)\s*$/, ".");
  return a;
}

function toItem(g: Generated, id: number, uin: string, groupUins: string[], day: number): ApiItem {
  const others = groupUins.filter((u) => u !== uin);
  return {
    value: {
      id,
      askingMemberId: g.skeleton.askingMemberId,
      askingMember: null,
      house: "Commons",
      memberHasInterest: g.interest,
      dateTabled: iso(day),
      dateForAnswer: g.dateForAnswer !== null ? iso(g.dateForAnswer) : null,
      uin,
      questionText: g.question,
      answeringBodyId: g.skeleton.answeringBodyId,
      answeringBodyName: g.bodyName,
      isWithdrawn: false,
      isNamedDay: g.isNamedDay,
      groupedQuestions: others,
      answerIsHolding: g.answerIsHolding,
      answerIsCorrection: !!g.correction,
      answeringMemberId: g.answeringMemberId,
      answeringMember: null,
      correctingMemberId: g.correction ? g.answeringMemberId : null,
      correctingMember: null,
      dateAnswered: g.dateAnswered !== null ? iso(g.dateAnswered) : null,
      answerText: g.answer,
      originalAnswerText: g.correction?.original ?? "",
      comparableAnswerText: "",
      dateAnswerCorrected: g.correction ? iso(g.correction.date) : null,
      dateHoldingAnswer: g.dateHolding !== null ? iso(g.dateHolding) : null,
      attachmentCount: 0,
      heading: g.heading,
      attachments: [],
      groupedQuestionsDates: others.map((u) => ({ questionUin: u, dateTabled: iso(day) })),
    },
    links: [{ rel: "self", href: `/Questions/${id}`, method: "GET" }],
  };
}

/** Hidden, so the importer (which skips dot files) does not read it as a record file. */
const MANIFEST = ".manifest.json";

export type CorpusManifest = {
  generatorVersion: number;
  records: number;
  seed: number;
  files: string[];
  bytes: number;
  first: string;
  last: string;
  seconds: number;
};

/** Where a corpus of these options lives under `root` (reused while the generator is unchanged). */
export function corpusDir(root: string, opts: CorpusOptions): string {
  const extra = opts.end || opts.asOf || opts.idBase ? `-${hashString(JSON.stringify([opts.end, opts.asOf, opts.idBase])).toString(36)}` : "";
  return path.join(root, `corpus-${opts.records}-s${opts.seed}-g${GENERATOR_VERSION}${extra}`);
}

export function readManifest(dir: string): CorpusManifest | null {
  const file = path.join(dir, MANIFEST);
  if (!existsSync(file)) return null;
  try {
    const m = JSON.parse(readFileSync(file, "utf8")) as CorpusManifest;
    return m.generatorVersion === GENERATOR_VERSION ? m : null;
  } catch {
    return null;
  }
}

/**
 * Writes the corpus as chunk files of `chunkSize` records (the importer reads
 * a file whole, so one file of a million records would not fit in a string),
 * plus the real members-and-answering-bodies list so ministers have names.
 * The manifest is written last: a folder without one is incomplete.
 */
export async function writeCorpus(
  dir: string,
  profile: SourceProfile,
  opts: CorpusOptions,
  extras: { membersFile?: string | null; chunkSize?: number } = {},
): Promise<CorpusManifest> {
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const chunkSize = extras.chunkSize ?? 10_000;
  const asOf = opts.asOf ?? DEFAULT_AS_OF;
  const files: string[] = [];
  let bytes = 0;
  if (extras.membersFile && existsSync(extras.membersFile)) {
    const name = "00-members-and-answering-bodies.json";
    writeFileSync(path.join(dir, name), readFileSync(extras.membersFile));
    files.push(name);
  }
  let first = "";
  let last = "";
  let chunk = 0;
  let inChunk = 0;
  let out: ReturnType<typeof createWriteStream> | null = null;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out!.write(s)) await once(out!, "drain");
  };
  const close = async () => {
    if (!out) return;
    await write("\n]\n");
    out.end();
    await once(out, "finish");
    out = null;
  };
  for (const item of generateCorpus(profile, opts)) {
    if (!out || inChunk >= chunkSize) {
      await close();
      chunk++;
      inChunk = 0;
      // The "as-of" date in the name is the capture date the importer reads (lib/import/merge-rules.ts).
      const name = `commons-bench-${String(chunk).padStart(4, "0")}.as-of-${asOf}.json`;
      files.push(name);
      out = createWriteStream(path.join(dir, name));
      await write("[\n");
    }
    await write((inChunk ? ",\n" : "") + JSON.stringify(item));
    inChunk++;
    first ||= item.value.dateTabled.slice(0, 10);
    last = item.value.dateTabled.slice(0, 10);
  }
  await close();
  const manifest: CorpusManifest = { generatorVersion: GENERATOR_VERSION, records: opts.records, seed: opts.seed, files, bytes, first, last, seconds: (Date.now() - started) / 1000 };
  const tmp = path.join(dir, ".manifest.tmp");
  writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  renameSync(tmp, path.join(dir, MANIFEST));
  return manifest;
}
