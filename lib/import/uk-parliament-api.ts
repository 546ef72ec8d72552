import type { House } from "@/lib/generated/prisma/enums";
import { parseDay, toDay } from "@/lib/dates";
import { captureFromNote, captureFromRef, latestEventDate } from "@/lib/import/merge-rules";
import type { ImportAnswer, ImportAttachment, ImportBody, ImportMember, ImportQuestion, ParsedItem } from "@/lib/import/types";

/**
 * The UK Parliament Written Questions API in every shape we hold
 * (../shared/data/uk-parliament-api/README.md): month files (arrays of
 * `{ value, links }`), `{ source, results }` wrappers, paged responses
 * `{ totalResults, results }`, single detail records, and the Members API
 * `WrittenQuestions` items (house as 1/2, embedded member and body objects).
 */
export type MembersAndBodies = { members: ImportMember[]; bodies: ImportBody[] };

export type UkApiParse =
  | { kind: "questions"; items: Iterable<ParsedItem> }
  | { kind: "members-and-bodies"; data: MembersAndBodies }
  | { kind: "invalid"; reason: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Parses a JSON document; a broken or unrecognised file is one "invalid" result naming why.
 * `capturedAt` is when the document was fetched (a live sync should pass it); without it the
 * date comes from the name, the wrapper's note or the latest event (lib/import/merge-rules.ts).
 */
export function parseUkParliamentJson(text: string, sourceName: string, opts: { capturedAt?: Date | null } = {}): UkApiParse {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { kind: "invalid", reason: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (isObj(doc) && Array.isArray(doc.members) && Array.isArray(doc.answeringBodies)) {
    return { kind: "members-and-bodies", data: mapMembersAndBodies(doc) };
  }
  const list = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.results) ? doc.results : isObj(doc) && looksLikeQuestion(unwrap(doc)) ? [doc] : null;
  if (!list) return { kind: "invalid", reason: "not a UK Parliament written questions document (expected an array, { results: [...] } or a question record)" };
  const capturedAt = opts.capturedAt ?? captureFromRef(sourceName) ?? (isObj(doc) ? captureFromNote(doc.source, doc.note) : null) ?? latestEventDate(list);
  return { kind: "questions", items: mapItems(list, sourceName, capturedAt) };
}

/** Convenience for callers that only expect questions: anything else becomes one rejection. */
export function* parseUkParliamentApi(text: string, sourceName: string): Iterable<ParsedItem> {
  const parsed = parseUkParliamentJson(text, sourceName);
  if (parsed.kind === "questions") yield* parsed.items;
  else if (parsed.kind === "invalid") yield { ok: false, rejection: { sourceRef: sourceName, reason: parsed.reason } };
}

function* mapItems(list: unknown[], sourceName: string, capturedAt: Date | null): Iterable<ParsedItem> {
  for (let i = 0; i < list.length; i++) {
    const sourceRef = `${sourceName}#${i}`;
    try {
      yield { ok: true, record: { ...mapQuestion(list[i], sourceRef), capturedAt } };
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      yield { ok: false, rejection: { sourceRef, reason: e.message } };
    }
  }
}

class FieldError extends Error {}

const unwrap = (item: unknown): unknown => (isObj(item) && isObj(item.value) ? item.value : item);
const looksLikeQuestion = (v: unknown) => isObj(v) && "uin" in v && "dateTabled" in v;

/** The list endpoint cuts text at ~255 characters: questions bare, answers with "...". */
const QUESTION_CUT = 255;
const ANSWER_CUT_MAX = 262;
export function looksTruncated(text: string, kind: "question" | "answer"): boolean {
  const t = text.trimEnd();
  if (/(\.\.\.|…)$/.test(t) && t.length >= 240 && t.length <= ANSWER_CUT_MAX) return true;
  return kind === "question" && text.length === QUESTION_CUT && !/[.?!)"’”]$/.test(t);
}

export function mapQuestion(item: unknown, sourceRef: string): ImportQuestion {
  const v = unwrap(item);
  if (!isObj(v)) throw new FieldError("record is not an object");
  const f = fields(v);
  const house = mapHouse(v.house);
  const uin = f.str("uin", { numberOk: true });
  if (!uin) throw new FieldError('missing "uin"');
  const dateTabled = f.date("dateTabled");
  if (!dateTabled) throw new FieldError('missing "dateTabled"');

  // Some copies carry the full text alongside the list excerpt.
  const longform = isObj(item) && isObj(item._longform_fulltext) ? item._longform_fulltext : null;
  const fullQuestion = typeof longform?.question_text === "string" && longform.question_text ? longform.question_text : null;
  const fullAnswer = typeof longform?.answer_text === "string" && longform.answer_text ? longform.answer_text : null;

  const questionText = fullQuestion ?? f.str("questionText") ?? "";
  const bodyObj = isObj(v.answeringBody) ? v.answeringBody : null;
  const bodyId = f.int("answeringBodyId") ?? (bodyObj && typeof bodyObj.id === "number" ? bodyObj.id : null);
  const bodyName = f.str("answeringBodyName") ?? (bodyObj && typeof bodyObj.name === "string" ? bodyObj.name : null);
  if (!bodyName && bodyId == null) throw new FieldError('missing "answeringBodyId" and "answeringBodyName"');

  const askingMember = mapMember(v.askingMember, f.int("askingMemberId"), house);
  if (!askingMember) throw new FieldError('missing "askingMemberId"');

  return {
    format: "uk-parliament-api",
    sourceRef,
    parliamentId: f.int("id"),
    house,
    uin,
    dateTabled,
    dateForAnswer: f.date("dateForAnswer"),
    isNamedDay: f.bool("isNamedDay") ?? false,
    heading: (f.str("heading") ?? "").trim(),
    text: questionText,
    textTruncated: !fullQuestion && looksTruncated(questionText, "question"),
    withdrawn: f.bool("isWithdrawn") ?? false,
    askingMember,
    answeringBody: { parliamentId: bodyId, name: bodyName ?? `Answering body ${bodyId}` },
    answers: mapAnswers(v, f, house, fullAnswer),
    groupedWith: mapGrouped(v, f),
    attachments: mapAttachments(v),
  };
}

function mapAnswers(v: Obj, f: Fields, house: House, fullAnswer: string | null): ImportAnswer[] {
  const answers: ImportAnswer[] = [];
  const dateAnswered = f.date("dateAnswered");
  const dateHolding = f.date("dateHoldingAnswer");
  const isHolding = f.bool("answerIsHolding");
  const isCorrection = f.bool("answerIsCorrection");
  const html = fullAnswer ?? f.str("answerText");
  const answeringMember = mapMember(v.answeringMember, f.int("answeringMemberId"), house);
  const answer = (kind: ImportAnswer["kind"], date: Date, text: string, member: ImportMember | null, placeholder = false): ImportAnswer => ({
    kind,
    dateAnswered: date,
    html: text,
    truncated: placeholder || (text !== fullAnswer && looksTruncated(text, "answer")),
    ...(placeholder ? { placeholder: true } : {}),
    answeringMember: member,
  });

  if (isHolding) {
    const date = dateHolding ?? dateAnswered;
    if (date && html) answers.push(answer("HOLDING", date, html, answeringMember));
    return answers;
  }
  if (dateHolding) {
    answers.push(answer("HOLDING", dateHolding, `A holding answer was given on ${toDay(dateHolding)}; its text is not in the source.`, answeringMember, true));
  }
  if (!dateAnswered || !html) return answers;
  if (isCorrection) {
    const corrected = f.date("dateAnswerCorrected") ?? dateAnswered;
    const original = f.str("originalAnswerText");
    answers.push(
      original
        ? answer("SUBSTANTIVE", dateAnswered, original, answeringMember)
        : answer("SUBSTANTIVE", dateAnswered, `The answer of ${toDay(dateAnswered)} was corrected on ${toDay(corrected)}; the original text is not in the source.`, answeringMember, true),
    );
    answers.push(answer("CORRECTION", corrected, html, mapMember(v.correctingMember, f.int("correctingMemberId"), house) ?? answeringMember));
  } else {
    answers.push(answer("SUBSTANTIVE", dateAnswered, html, answeringMember));
  }
  return answers;
}

function mapGrouped(v: Obj, f: Fields): ImportQuestion["groupedWith"] {
  const uins = f.array("groupedQuestions") ?? [];
  const dates = new Map<string, Date | null>();
  for (const d of f.array("groupedQuestionsDates") ?? []) {
    if (isObj(d) && (typeof d.questionUin === "string" || typeof d.questionUin === "number")) {
      dates.set(String(d.questionUin), typeof d.dateTabled === "string" ? dayOf(d.dateTabled) : null);
    }
  }
  const out = new Map<string, Date | null>();
  for (const u of uins) if (typeof u === "string" || typeof u === "number") out.set(String(u), dates.get(String(u)) ?? null);
  for (const [u, d] of dates) if (!out.has(u)) out.set(u, d);
  return [...out].map(([uin, dateTabled]) => ({ uin, dateTabled }));
}

function mapAttachments(v: Obj): ImportAttachment[] {
  if (!Array.isArray(v.attachments)) return [];
  return v.attachments.flatMap((a) =>
    isObj(a) && typeof a.url === "string" && a.url
      ? [{
          title: typeof a.title === "string" && a.title ? a.title : a.url,
          url: a.url,
          fileType: typeof a.fileType === "string" ? a.fileType : null,
          sizeBytes: typeof a.fileSizeBytes === "number" ? a.fileSizeBytes : null,
        }]
      : [],
  );
}

function mapHouse(value: unknown): House {
  if (value === "Commons" || value === 1) return "COMMONS";
  if (value === "Lords" || value === 2) return "LORDS";
  throw new FieldError(`unknown house ${JSON.stringify(value ?? null)} (expected "Commons" or "Lords")`);
}

/** Member objects come as the Questions API's expanded member or the Members API's. */
export function mapMember(obj: unknown, id: number | null, fallbackHouse: House): ImportMember | null {
  const m = isObj(obj) ? obj : null;
  const pid = id ?? (m && typeof m.id === "number" ? m.id : null);
  if (pid == null && !m) return null;
  const s = (k: string) => (m && typeof m[k] === "string" && m[k] ? (m[k] as string) : null);
  const membership = m && isObj(m.latestHouseMembership) ? m.latestHouseMembership : null;
  const party = m && isObj(m.latestParty) && typeof m.latestParty.name === "string" ? m.latestParty.name : s("party");
  const house = membership?.house === 2 ? "LORDS" : membership?.house === 1 ? "COMMONS" : fallbackHouse;
  return {
    parliamentId: pid,
    name: s("nameDisplayAs") ?? s("name"),
    sortName: s("nameListAs") ?? s("listAs"),
    house,
    party,
    constituency: (typeof membership?.membershipFrom === "string" ? membership.membershipFrom : null) ?? s("memberFrom"),
    thumbnailUrl: s("thumbnailUrl"),
  };
}

function mapMembersAndBodies(doc: Obj): MembersAndBodies {
  const members = (doc.members as unknown[]).flatMap((m) => {
    const mapped = mapMember(m, null, "COMMONS");
    return mapped && mapped.name ? [mapped] : [];
  });
  const bodies = (doc.answeringBodies as unknown[]).flatMap((b) =>
    isObj(b) && typeof b.name === "string" ? [{ parliamentId: typeof b.id === "number" ? b.id : null, name: b.name }] : [],
  );
  return { members, bodies };
}

function dayOf(value: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value) ? parseDay(value.slice(0, 10)) : null;
}

type Fields = ReturnType<typeof fields>;
/** Typed reads that name the field when the source has the wrong type. */
function fields(v: Obj) {
  const wrong = (key: string, want: string) =>
    new FieldError(`field "${key}" must be ${want}, got ${Array.isArray(v[key]) ? "array" : typeof v[key]} ${JSON.stringify(v[key])?.slice(0, 40)}`);
  const present = (key: string) => v[key] !== undefined && v[key] !== null;
  return {
    str(key: string, o: { numberOk?: boolean } = {}): string | null {
      if (!present(key)) return null;
      if (typeof v[key] === "string") return (v[key] as string).trim() ? (v[key] as string) : null;
      if (o.numberOk && typeof v[key] === "number") return String(v[key]);
      throw wrong(key, "a string");
    },
    int(key: string): number | null {
      if (!present(key)) return null;
      if (typeof v[key] === "number" && Number.isInteger(v[key])) return v[key] as number;
      throw wrong(key, "an integer");
    },
    bool(key: string): boolean | null {
      if (!present(key)) return null;
      if (typeof v[key] === "boolean") return v[key] as boolean;
      throw wrong(key, "true or false");
    },
    date(key: string): Date | null {
      if (!present(key)) return null;
      if (typeof v[key] !== "string") throw wrong(key, "a date string");
      const d = dayOf(v[key] as string);
      if (!d) throw new FieldError(`field "${key}" is not a real date: ${JSON.stringify(v[key])}`);
      return d;
    },
    array(key: string): unknown[] | null {
      if (!present(key)) return null;
      if (Array.isArray(v[key])) return v[key] as unknown[];
      throw wrong(key, "an array");
    },
  };
}
