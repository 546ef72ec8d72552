import type { House } from "@/lib/generated/prisma/enums";
import { parseDay } from "@/lib/dates";
import type { ImportAnswer, ImportQuestion, ParsedItem } from "@/lib/import/types";
import {
  childElements,
  collapseWhitespace,
  decodeEntities,
  decodeXmlInput,
  firstChild,
  parseXmlTree,
  rawText,
  type XmlElement,
} from "@/lib/import/xml-source";

/**
 * The departmental PQ feed (namespace http://data.parliament.uk/QnA/2013/02), as
 * the Ministry of Justice tracker holds it: a <Questions> list, single
 * <Question> documents, and <Answer> bodies the department PUTs back.
 *
 * - An <Answer> names its question only in the request URL, so it is joined to
 *   the <Question> just before it in the same file; a lone answer is rejected.
 * - The answer body carries no date; the question's UpdatedDate (the day the
 *   record last changed) stands in for it, and sourceRef says so.
 * - Attachments come as base64 contents without a URL, so they are not imported.
 * - The feed has no heading: one is derived from the question text (below).
 */

type Item = ParsedItem;

export function* parseMojXml(input: Buffer | string, sourceName: string): Iterable<ParsedItem> {
  try {
    yield* parseFile(decodeXmlInput(input), sourceName);
  } catch (error) {
    yield reject(`${sourceName}#file`, `could not parse the file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function reject(sourceRef: string, reason: string): Item {
  return { ok: false, rejection: { sourceRef, reason } };
}

function* parseFile(text: string, sourceName: string): Generator<Item> {
  const document = parseXmlTree(text);
  const top = childElements(document);
  if (top.length === 0) {
    yield reject(`${sourceName}#file`, "no XML elements: empty or not an XML file");
    return;
  }
  // Questions and answers in document order, whether wrapped in <Questions> or not.
  const records = top.flatMap((e) => (e.name === "Questions" ? childElements(e) : [e]));
  let previous: { element: XmlElement; used: boolean } | null = null;
  const queue: Array<{ question: XmlElement; answer: XmlElement | null }> = [];
  for (const element of records) {
    if (element.name === "Question") {
      const entry = { question: element, answer: null };
      queue.push(entry);
      previous = { element, used: false };
    } else if (element.name === "Answer") {
      const last = queue[queue.length - 1];
      if (previous && !previous.used && last && last.question === previous.element) {
        last.answer = element;
        previous.used = true;
      } else {
        yield reject(
          `${sourceName}#line ${element.line} Answer`,
          "answer without its question: the feed names the question in the request URL, not in the XML",
        );
      }
    } else {
      yield reject(`${sourceName}#line ${element.line} ${element.name}`, `unexpected element <${element.name}>`);
    }
  }
  for (const { question, answer } of queue) yield readQuestion(question, answer, sourceName);
  if (!document.children.every((c) => c.type !== "element" || c.closed)) {
    yield reject(`${sourceName}#end`, "file is truncated (an element is not closed): later records may be missing");
  }
}

function readQuestion(question: XmlElement, answer: XmlElement | null, sourceName: string): Item {
  const problems: string[] = [];
  const field = (parent: XmlElement | undefined, name: string): string => {
    const element = firstChild(parent, name);
    if (!element) return "";
    const decoded = decodeEntities(rawText(element));
    for (const entity of decoded.unknown) problems.push(`unknown entity ${entity} in <${name}>`);
    return collapseWhitespace(decoded.text);
  };
  const day = (parent: XmlElement | undefined, name: string, required: boolean): Date | null => {
    const value = field(parent, name);
    // UpdatedDate is a timestamp; the calendar day is what matters.
    const parsed = value ? parseDay(value.slice(0, 10)) : null;
    if (!parsed && (required || value)) problems.push(`<${name}> is ${value ? `not a date: "${value}"` : "missing"}`);
    return parsed;
  };

  const uin = field(question, "Uin");
  const ref = `${sourceName}#line ${question.line}${uin ? ` Uin ${uin}` : ""}`;
  if (!question.closed) problems.push("file is truncated inside this question");
  if (!uin) problems.push("<Uin> is missing");
  const houseName = field(firstChild(question, "House"), "HouseName");
  const house: House | null = /lords/i.test(houseName) ? "LORDS" : /commons/i.test(houseName) ? "COMMONS" : null;
  if (!house) problems.push(`unknown house "${houseName}"`);
  const dateTabled = day(question, "TabledDate", true);
  const dateForAnswer = day(question, "DateForAnswer", false);
  const text = field(question, "Text");
  if (!text) problems.push("<Text> is missing");

  const tabling = firstChild(question, "TablingMember");
  const memberId = Number(field(tabling, "MemberId"));
  const memberName = field(tabling, "MemberName");
  if (!memberName && !(memberId > 0)) problems.push("<TablingMember> has no MemberId or MemberName");
  const body = firstChild(question, "AnsweringBody");
  const bodyId = Number(field(body, "AnsweringBodyId"));
  const bodyName = field(body, "AnsweringBodyName");
  if (!bodyName) problems.push("<AnsweringBodyName> is missing");

  const answers: ImportAnswer[] = [];
  let groupedWith: ImportQuestion["groupedWith"];
  let refNote = "";
  if (answer) {
    if (!answer.closed) problems.push("file is truncated inside this answer");
    const answeredOn = day(question, "UpdatedDate", false);
    const html = field(answer, "Text");
    const ministerId = Number(field(answer, "MinisterId"));
    if (!answeredOn) problems.push("answer has no date: the question's <UpdatedDate> is missing");
    if (!html) problems.push("answer <Text> is missing");
    if (answeredOn && html && house) {
      answers.push({
        kind: field(answer, "IsHoldingAnswer") === "true" ? "HOLDING" : "SUBSTANTIVE",
        dateAnswered: answeredOn,
        html,
        answeringMember: ministerId > 0 ? { parliamentId: ministerId, name: null, house } : null,
      });
      refNote = " (answer date from UpdatedDate)";
    }
    const group = childElements(firstChild(answer, "OtherQuestionsInGroup") ?? answer, "QuestionInGroup")
      .map((g) => field(g, "Uin"))
      .filter((u) => u && u !== uin);
    if (group.length > 0) groupedWith = group.map((u) => ({ uin: u, dateTabled: null }));
  }

  if (problems.length > 0 || !house || !dateTabled) return reject(ref, problems.join("; "));
  const status = field(question, "QuestionStatus");
  return {
    ok: true,
    record: {
      format: "moj-xml",
      sourceRef: ref + refNote,
      parliamentId: null,
      house,
      uin,
      dateTabled,
      dateForAnswer,
      isNamedDay: field(question, "QuestionType") === "NamedDay",
      heading: headingFromText(text),
      text,
      withdrawn: /withdrawn/i.test(status),
      askingMember: {
        parliamentId: memberId > 0 ? memberId : null,
        name: memberName || null,
        house,
        constituency: field(tabling, "Constituency") || null,
      },
      answeringBody: { parliamentId: bodyId > 0 ? bodyId : null, name: bodyName },
      answers,
      ...(groupedWith ? { groupedWith } : {}),
    },
  };
}

const HEADING_WORDS = 8;

/**
 * The feed has no heading and no policy area, so the heading is the first words
 * of the question once the formula "To ask the Secretary of State for X," (or
 * "To ask His/Her Majesty's Government") is removed.
 */
export function headingFromText(text: string): string {
  const body =
    text
      .replace(/^To ask (?:(?:His|Her) Majesty's Government\b,?|the [^,]{3,80}?,)\s*/i, "")
      .replace(/[\s.?;:]+$/, "") || text;
  const words = body.split(/\s+/);
  const head = words.slice(0, HEADING_WORDS).join(" ").replace(/[,;:]+$/, "");
  const heading = head.charAt(0).toUpperCase() + head.slice(1);
  return words.length > HEADING_WORDS ? `${heading}…` : heading;
}
