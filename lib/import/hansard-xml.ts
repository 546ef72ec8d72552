import type { House } from "@/lib/generated/prisma/enums";
import { parseDay } from "@/lib/dates";
import { normaliseDepartment } from "@/lib/import/hansard-departments";
import type { ImportAnswer, ImportQuestion, ParsedItem } from "@/lib/import/types";
import {
  childElements,
  collapseWhitespace,
  decodeEntities,
  decodeXmlInput,
  escapeAttribute,
  escapeHtml,
  firstChild,
  parseXmlTree,
  rawText,
  readDtdEntities,
  type XmlElement,
  type XmlNode,
} from "@/lib/import/xml-source";

/**
 * Written answers from mySociety's parlparse (TheyWorkForYou) XML:
 * answersYYYY-MM-DD*.xml (Commons), lordswransYYYY-MM-DD*.xml (Lords) and
 * spwaYYYY-MM-DD.xml (Scottish Parliament: one <ques> per S3W id, asked by
 * "Name (Constituency) (Party)", a holdingdate attribute for a holding answer).
 *
 * One record per UIN (<p qnum>), not per <ques>: parlparse merges a member's
 * numbered questions "(1) … (2) …" into one <ques>, but each has its own UIN and
 * the Written Questions API lists them separately, so they are separate
 * questions grouped under one answer.
 *
 * Hansard prints only the answer day. dateTabled is required, so it is set to
 * the earliest answer day — a holding answer's when there was one (sourceRef says
 * so); a later import of the same question
 * from the API, which knows the tabling date, will not match it on (house,
 * dateTabled, uin).
 */

/** Lords questions are put to "Her Majesty's Government"; parlparse has no department heading for them. */
export const LORDS_ANSWERING_BODY = "HM Government";
const DATE_NOTE = "dateTabled not in Hansard: set to the first answer date";

type Part = { uin: string; text: string };
type PendingQues = {
  ref: string;
  line: number;
  asking: { name: string; party: string | null; constituency: string | null } | null;
  parts: Part[];
  holdingDay: Date | null;
  problems: string[];
};
type Item = ParsedItem;

export function* parseHansardXml(input: Buffer | string, sourceName: string): Iterable<ParsedItem> {
  try {
    yield* parseFile(decodeXmlInput(input), sourceName);
  } catch (error) {
    // Parsing is lenient, so this is a bug or a pathological input: report it, never throw.
    yield reject(`${sourceName}#file`, `could not parse the file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function reject(sourceRef: string, reason: string): ParsedItem {
  return { ok: false, rejection: { sourceRef, reason } };
}

function fileDay(root: XmlElement, sourceName: string): Date | null {
  const fromName = /(\d{4}-\d{2}-\d{2})/.exec(sourceName)?.[1];
  const firstId = childElements(root).find((e) => e.attribs.id)?.attribs.id;
  const fromId = firstId ? /(\d{4}-\d{2}-\d{2})/.exec(firstId)?.[1] : undefined;
  const day = fromId ?? fromName;
  return day ? parseDay(day) : null;
}

function* parseFile(text: string, sourceName: string): Generator<Item> {
  const dtd = readDtdEntities(text);
  const root = firstChild(parseXmlTree(text), "publicwhip");
  if (!root) {
    yield reject(`${sourceName}#file`, "no <publicwhip> root element: not a parlparse XML file (or it is empty)");
    return;
  }
  const elements = childElements(root);
  const ques = elements.filter((e) => e.name.toLowerCase() === "ques");
  const scottish = /spwa/i.test(sourceName) || ques.some((q) => q.attribs.spid !== undefined);
  const house: House = scottish
    ? "SCOTTISH"
    : /lords/i.test(sourceName) || ques.some((q) => /\/lord\//.test(q.attribs.speakerid ?? ""))
      ? "LORDS"
      : "COMMONS";
  const answerDay = fileDay(root, sourceName);
  if (!answerDay) {
    yield reject(`${sourceName}#file`, "cannot tell the answer date: no YYYY-MM-DD in the element ids or the file name");
    return;
  }

  const decode = (raw: string, problems: string[]) => {
    const result = decodeEntities(raw, dtd);
    for (const entity of result.unknown) problems.push(`unknown entity ${entity}`);
    return result.text;
  };

  const items: Item[] = [];
  const redirects: Array<[string, string]> = [];
  let department = house === "LORDS" ? LORDS_ANSWERING_BODY : "";
  let heading = "";
  let pending: PendingQues[] = [];

  const flushUnanswered = (reason: string) => {
    for (const q of pending) items.push(reject(q.ref, reason));
    pending = [];
  };

  for (const element of elements) {
    const name = element.name.toLowerCase();
    if (name === "major-heading") {
      flushUnanswered("question has no reply before the next heading");
      const title = collapseWhitespace(decode(rawText(element), []));
      // Scottish files open with a "Written Answers Monday 26 October 2009" heading before the body's.
      if (scottish) {
        if (!/^written answers\b/i.test(title)) department = title;
      } else department = normaliseDepartment(title);
    } else if (name === "minor-heading") {
      flushUnanswered("question has no reply before the next heading");
      heading = collapseWhitespace(decode(rawText(element), []));
    } else if (name === "gidredirect") {
      const from = uinFromGid(element.attribs.oldgid);
      const to = uinFromGid(element.attribs.newgid);
      if (from && to) redirects.push([from, to]);
    } else if (name === "ques") {
      pending.push(readQues(element, sourceName, decode, scottish));
    } else if (name === "reply") {
      if (pending.length === 0) {
        items.push(reject(`${sourceName}#line ${element.line}`, "reply without a question before it"));
        continue;
      }
      const problems: string[] = [];
      const answers = readReply(element, house, answerDay!, problems, dtd);
      if (!element.closed) problems.push("file is truncated inside this reply");
      const valid = pending.filter((q) => q.problems.length === 0);
      const holdingOf = (q: PendingQues): ImportAnswer[] => (q.holdingDay ? [scottishHolding(q.holdingDay)] : []);
      // Tabled no later than its first answer (a holding answer may predate the reply day).
      const tabled = [...answers, ...pending.flatMap(holdingOf)].reduce((min, a) => (a.dateAnswered < min ? a.dateAnswered : min), answerDay!);
      const groupUins = valid.flatMap((q) => q.parts.map((p) => p.uin));
      for (const q of pending) {
        const reasons = [...q.problems, ...problems];
        if (reasons.length > 0) {
          items.push(reject(q.ref, reasons.join("; ")));
          continue;
        }
        const ownAnswers = [...holdingOf(q), ...answers];
        for (const part of q.parts) {
          items.push({
            ok: true,
            record: {
              format: "hansard-xml",
              sourceRef: `${q.ref} qnum ${part.uin} (${DATE_NOTE})`,
              parliamentId: null,
              house,
              uin: part.uin,
              dateTabled: tabled,
              dateForAnswer: null,
              heading: heading || department,
              text: part.text,
              // parlparse speakerids are TheyWorkForYou ids, not UK Parliament ids: name only.
              askingMember: { parliamentId: null, house, ...q.asking! },
              answeringBody: { parliamentId: null, name: department || "Unknown department" },
              answers: ownAnswers,
              groupedWith: groupUins.filter((u) => u !== part.uin).map((uin) => ({ uin, dateTabled: tabled })),
            },
          });
        }
      }
      pending = [];
    }
  }
  if (!root.closed) {
    flushUnanswered("file is truncated before this question's reply");
    items.push(reject(`${sourceName}#end`, "file is truncated (no closing </publicwhip>): later records are missing"));
  } else {
    flushUnanswered("question has no reply");
  }

  applyRedirects(items, redirects);
  yield* items;
}

/** "uk.org.publicwhip/wrans/2009-10-26f.294343.h" → "294343" (parlparse gids embed the first qnum). */
function uinFromGid(gid: string | undefined): string | null {
  return gid ? (/\.([A-Za-z]*\d+)\.[a-z]+\d*$/.exec(gid)?.[1] ?? null) : null;
}

/**
 * <gidredirect matchtype="altques"> says the old question was answered under the
 * new one. In the 2009 files both are already in one group; the links are kept
 * in case a file splits them across replies.
 */
function applyRedirects(items: Item[], redirects: Array<[string, string]>) {
  if (redirects.length === 0) return;
  const byUin = new Map<string, ImportQuestion>();
  for (const item of items) if (item.ok) byUin.set(item.record.uin, item.record);
  for (const [from, to] of redirects) {
    const a = byUin.get(from);
    const b = byUin.get(to);
    if (!a || !b || from === to) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      x.groupedWith ??= [];
      if (!x.groupedWith.some((g) => g.uin === y.uin)) x.groupedWith.push({ uin: y.uin, dateTabled: y.dateTabled });
    }
  }
}

const SCOTTISH_PARTIES: Record<string, string> = {
  Lab: "Labour",
  Con: "Conservative",
  LD: "Liberal Democrat",
  SNP: "Scottish National Party",
  Green: "Scottish Green Party",
  Ind: "Independent",
  SSP: "Scottish Socialist Party",
};

/** "Peter Peacock (Highlands and Islands) (Lab)" → name, constituency or region, party. */
export function parseScottishSpeaker(raw: string): { name: string; party: string | null; constituency: string | null } {
  const m = /^(.*?)\s*\(([^()]+)\)\s*\(([^()]+)\)$/.exec(raw);
  if (!m) return { name: raw, party: null, constituency: null };
  return { name: m[1]!, constituency: m[2]!, party: SCOTTISH_PARTIES[m[3]!] ?? m[3]! };
}

function scottishHolding(day: Date): ImportAnswer {
  return {
    kind: "HOLDING",
    dateAnswered: day,
    html: `<p>Holding answer given on ${day.toISOString().slice(0, 10)} (its text is not printed in the Official Report).</p>`,
    answeringMember: null,
  };
}

function readQues(
  element: XmlElement,
  sourceName: string,
  decode: (raw: string, problems: string[]) => string,
  scottish: boolean,
): PendingQues {
  const problems: string[] = [];
  const id = element.attribs.id ?? "";
  const ref = `${sourceName}#line ${element.line}${id ? ` ${id.replace(/^uk\.org\.publicwhip\//, "")}` : ""}`;
  const speaker = element.attribs.speakername ? collapseWhitespace(decode(element.attribs.speakername, problems)) : null;
  if (!speaker) problems.push("question has no speakername (asking member)");
  if (!element.closed) problems.push("file is truncated inside this question");
  if (scottish) {
    // Scottish <ques> carry their id in spid; every paragraph is the one question.
    const spid = element.attribs.spid?.trim() ?? "";
    // S3W- written, S3O- oral, S3F- First Minister's questions: some oral ones are answered in writing.
    if (!/^S\d+[A-Z]-\d+$/i.test(spid)) problems.push(spid ? `spid ${JSON.stringify(spid)} is not a question id like S3W-12345` : "question has no spid (question id)");
    const text = childElements(element, "p")
      .map((p) => collapseWhitespace(decode(rawText(p), problems)))
      .filter(Boolean)
      .join(" ");
    if (!text) problems.push("question has no text");
    const holding = element.attribs.holdingdate ? parseDay(element.attribs.holdingdate) : null;
    if (element.attribs.holdingdate && !holding) problems.push(`holdingdate ${JSON.stringify(element.attribs.holdingdate)} is not a date`);
    return {
      ref: `${ref.replace(/ spwa\/.*$/, "")} ${spid || "no spid"}`,
      line: element.line,
      asking: speaker ? parseScottishSpeaker(speaker) : null,
      parts: spid ? [{ uin: spid.toUpperCase(), text }] : [],
      holdingDay: holding,
      problems,
    };
  }

  const leadIn: string[] = [];
  const parts: Part[] = [];
  for (const p of childElements(element, "p")) {
    const text = collapseWhitespace(decode(rawText(p), problems));
    const qnum = p.attribs.qnum ? collapseWhitespace(decode(p.attribs.qnum, problems)) : "";
    if (qnum) parts.push({ uin: qnum, text });
    else {
      const last = parts.at(-1);
      // A paragraph after a numbered part continues that part (a list or a quotation).
      if (last) last.text += ` ${text}`;
      else leadIn.push(text);
    }
  }
  if (parts.length === 0) problems.push("question has no qnum (UIN)");
  const prefix = leadIn.join(" ");
  for (const part of parts) {
    if (!prefix) continue;
    // "(2)  what types of accommodation …;" under "To ask the Secretary of State for X" reads as one question.
    const body = part.text.replace(/^\(\d+\)\s*/, "").replace(/;(\s*and)?$/, ".");
    part.text = `${prefix} ${body}`;
  }
  return { ref, line: element.line, asking: speaker ? { name: speaker, party: null, constituency: null } : null, parts, holdingDay: null, problems };
}

function readReply(
  element: XmlElement,
  house: House,
  answerDay: Date,
  problems: string[],
  dtd: Map<string, string>,
): ImportAnswer[] {
  const answers: ImportAnswer[] = [];
  const body: XmlNode[] = [];
  for (const child of element.children) {
    if (child.type === "element" && /\bholdinganswer\b/.test(child.attribs.class ?? "")) {
      const code = childElements(child, "phrase").find((ph) => ph.attribs.code)?.attribs.code;
      const day = code ? parseDay(code) : null;
      if (day) {
        const label = collapseWhitespace(decodeEntities(rawText(child), dtd).text.replace(/^holding answer\s*/i, ""));
        answers.push({
          kind: "HOLDING",
          dateAnswered: day,
          // Hansard records only that a holding answer was given, not its wording.
          html: `<p>Holding answer given on ${escapeHtml(label || code!)} (its text is not printed in Hansard).</p>`,
          answeringMember: null,
        });
        continue;
      }
    }
    body.push(child);
  }
  const name = element.attribs.speakername ? collapseWhitespace(decodeWithProblems(element.attribs.speakername, dtd, problems)) : "";
  answers.push({
    kind: "SUBSTANTIVE",
    dateAnswered: answerDay,
    html: body.map((n) => toHtml(n, dtd, problems)).join("").trim(),
    answeringMember: name ? { parliamentId: null, name, house } : null,
  });
  return answers;
}

function decodeWithProblems(raw: string, dtd: Map<string, string>, problems: string[]): string {
  const result = decodeEntities(raw, dtd);
  for (const entity of result.unknown) problems.push(`unknown entity ${entity}`);
  return result.text;
}

const KEPT_TAGS = new Set([
  "p", "i", "b", "em", "strong", "u", "sup", "sub", "small", "a", "br", "ul", "ol", "li",
  "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote",
]);
const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ["href"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] };

/** Answer markup as HTML with entities decoded to characters; parlparse-only tags are unwrapped. */
function toHtml(node: XmlNode, dtd: Map<string, string>, problems: string[]): string {
  if (node.type === "text") return escapeHtml(decodeWithProblems(node.raw, dtd, problems).replace(/[ \t\r\n]+/g, " "));
  const tag = node.name.toLowerCase();
  const inner = node.children.map((c) => toHtml(c, dtd, problems)).join("");
  if (!KEPT_TAGS.has(tag)) return inner;
  if (tag === "br") return "<br>";
  const attributes = (KEPT_ATTRIBUTES[tag] ?? [])
    .flatMap((a) => {
      const value = node.attribs[a];
      return value === undefined ? [] : [` ${a}="${escapeAttribute(decodeWithProblems(value, dtd, problems))}"`];
    })
    .join("");
  return `<${tag}${attributes}>${inner.trim()}</${tag}>`;
}
