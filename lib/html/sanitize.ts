import sanitizeHtml from "sanitize-html";
import { decodeHTML } from "entities";

/**
 * Answer HTML comes from Parliament, other sources and forms: it is untrusted.
 * Only this allow-list is ever stored, so rendering it is safe.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "b", "em", "i", "u", "sub", "sup", "ul", "ol", "li", "blockquote",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "h3", "h4", "h5", "h6", "a", "span",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["colspan", "rowspan", "scope"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
  },
  exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim() && !frame.mediaChildren.length,
};

const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>/i;

/** Sanitised HTML from stored or pasted text. Plain text becomes paragraphs. */
export function sanitizeAnswerHtml(input: string): string {
  const source = LOOKS_LIKE_HTML.test(input) ? input : plainToHtml(input);
  return sanitizeHtml(source, OPTIONS).trim();
}

function plainToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join("");
}

const BLOCK_END = /<\/(p|li|h[1-6]|blockquote|tr|table|caption)>|<br\s*\/?>/gi;

/** Plain text for search and analysis: one line per block, entities decoded. */
export function htmlToPlainText(html: string): string {
  const withBreaks = html.replace(BLOCK_END, (m) => `${m}\n`).replace(/<\/t[dh]>/gi, (m) => `${m} `);
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeHTML(stripped)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
