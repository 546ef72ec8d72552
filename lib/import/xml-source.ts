import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";

/**
 * Shared plumbing for the XML importers (Hansard parlparse, departmental PQ feed):
 * byte decoding, a small lenient element tree that remembers which elements were
 * really closed (so a truncated file is detectable), and entity decoding that
 * reports entities it does not know instead of silently keeping them.
 *
 * Entities are decoded by us, not by the XML parser: parlparse files use HTML
 * entities (&pound;, &nbsp;) that a strict XML parser rejects.
 */

export type XmlText = { type: "text"; raw: string };
export type XmlElement = {
  type: "element";
  /** Local name (namespace prefix dropped), case kept as in the source. */
  name: string;
  /** Raw attribute values (entities not decoded). */
  attribs: Record<string, string>;
  children: XmlNode[];
  /** False when the source ended (or a parent closed) before this element's end tag. */
  closed: boolean;
  line: number;
};
export type XmlNode = XmlText | XmlElement;

export function decodeXmlInput(input: Buffer | string): string {
  if (typeof input === "string") return input;
  // The declaration is ASCII, so reading the head as latin1 is safe whatever the encoding.
  const head = input.subarray(0, 300).toString("latin1");
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  const bom = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  if (bom) return input.subarray(3).toString("utf8");
  if (!declared || declared === "iso-8859-1" || declared === "latin1" || declared === "latin-1") {
    return input.toString("latin1");
  }
  if (declared === "utf-8" || declared === "utf8") return input.toString("utf8");
  try {
    return new TextDecoder(declared).decode(input);
  } catch {
    return input.toString("latin1");
  }
}

/** Entities declared in an internal DTD subset (<!ENTITY pound "&#163;">). */
export function readDtdEntities(text: string): Map<string, string> {
  const entities = new Map<string, string>();
  const rootStart = text.search(/<[A-Za-z]/);
  const prolog = rootStart >= 0 ? text.slice(0, rootStart) : text;
  for (const m of prolog.matchAll(/<!ENTITY\s+([A-Za-z][\w.-]*)\s+(["'])([\s\S]*?)\2\s*>/g)) {
    if (m[1] && m[3] !== undefined) entities.set(m[1], m[3]);
  }
  return entities;
}

export type DecodeResult = { text: string; unknown: string[] };

const ENTITY = /&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

export function decodeEntities(raw: string, dtd: Map<string, string> = new Map()): DecodeResult {
  const unknown: string[] = [];
  const text = raw.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || code === 0) {
        unknown.push(whole);
        return whole;
      }
      return String.fromCodePoint(code);
    }
    const declared = dtd.get(name);
    // Declared values are themselves entity references (&#163;); one level is all parlparse uses.
    if (declared !== undefined) return decodeEntities(declared).text;
    const decoded = decodeHTML(whole);
    if (decoded === whole) unknown.push(whole);
    return decoded;
  });
  return { text, unknown };
}

/** Lenient parse: never throws on bad markup; unclosed elements are flagged instead. */
export function parseXmlTree(text: string): XmlElement {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const document: XmlElement = { type: "element", name: "#document", attribs: {}, children: [], closed: true, line: 1 };
  const stack: XmlElement[] = [document];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: XmlElement = {
          type: "element",
          name: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name,
          attribs,
          children: [],
          closed: false,
          line: lineAt(parser.startIndex),
        };
        (stack.at(-1) ?? document).children.push(element);
        stack.push(element);
      },
      ontext(raw) {
        const parent = stack.at(-1) ?? document;
        const last = parent.children[parent.children.length - 1];
        if (last?.type === "text") last.raw += raw;
        else parent.children.push({ type: "text", raw });
      },
      onclosetag(_name, isImplied) {
        const element = stack.pop();
        if (element && !isImplied) element.closed = true;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(text);
  return document;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => c.type === "element" && (name === undefined || c.name.toLowerCase() === name.toLowerCase()),
  );
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? childElements(element, name)[0] : undefined;
}

/** All raw text beneath an element (markup dropped, entities still encoded). */
export function rawText(node: XmlNode): string {
  if (node.type === "text") return node.raw;
  return node.children.map(rawText).join("");
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}
