import { tokenTexts } from "@/lib/search/tokenize";

/**
 * Free text typed by a user → a safe FTS5 MATCH expression.
 *
 * Supported: plain words (all must match), "quoted phrases", OR between two
 * terms, -word or NOT word to exclude, trac* for a prefix. Every term is sent as
 * an FTS5 string, so nothing a user types can be read as FTS5 syntax (column
 * filters, NEAR, ^, parentheses); anything we cannot make sense of is dropped or
 * read as plain words, with a notice, instead of failing.
 */
export type SearchTerm = { text: string; prefix: boolean };
export type ParsedSearchQuery = {
  /** null when there is nothing to search for (empty, or only exclusions). */
  ftsQuery: string | null;
  /** What to highlight: the terms looked for, not the excluded ones. */
  terms: SearchTerm[];
  notices: string[];
};

export const MAX_QUERY_LENGTH = 300;
export const MAX_QUERY_TERMS = 12;

type Item =
  | { kind: "term"; tokens: string[]; prefix: boolean; exclude: boolean }
  | { kind: "or" };

export function parseSearchQuery(input: string): ParsedSearchQuery {
  const notices: string[] = [];
  let text = input.replace(/\s+/g, " ").trim();
  if (!text) return { ftsQuery: null, terms: [], notices };
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    notices.push(`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  }

  const items = lex(text, notices);
  const { groups, excluded } = combine(items, notices);

  if (!groups.length) {
    if (excluded.length) notices.push("Add at least one word to look for: a search cannot be made only of words to leave out (-word).");
    else if (!notices.length) notices.push("There is nothing to search for: type some words (letters or digits).");
    return { ftsQuery: null, terms: [], notices };
  }

  const positive = groups.map((g) => (g.length > 1 ? `(${g.map(ftsTerm).join(" OR ")})` : ftsTerm(g[0]!)));
  let ftsQuery = positive.join(" AND ");
  if (excluded.length) {
    const left = positive.length > 1 ? `(${ftsQuery})` : ftsQuery;
    const right = excluded.length > 1 ? `(${excluded.map(ftsTerm).join(" OR ")})` : ftsTerm(excluded[0]!);
    ftsQuery = `${left} NOT ${right}`;
  }
  const terms = dedupe(groups.flat()).map((t) => ({ text: t.tokens.join(" "), prefix: t.prefix }));
  return { ftsQuery, terms, notices };
}

type Term = { tokens: string[]; prefix: boolean };

/** An FTS5 string: the tokens inside double quotes (any inner quote doubled). */
function ftsTerm(t: Term): string {
  return `"${t.tokens.join(" ").replace(/"/g, '""')}"${t.prefix ? " *" : ""}`;
}

function lex(text: string, notices: string[]): Item[] {
  const items: Item[] = [];
  let ignored = 0;
  let strayMinus = false;
  let unbalanced = false;
  let quotesOpen = true;
  let i = 0;
  const pushTerm = (raw: string, exclude: boolean, prefix: boolean) => {
    const tokens = tokenTexts(raw);
    if (tokens.length) items.push({ kind: "term", tokens, prefix, exclude });
    else ignored++;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " ") {
      i++;
      continue;
    }
    let exclude = false;
    if (ch === "-") {
      const nextCh = text[i + 1];
      if (nextCh === undefined || nextCh === " ") {
        strayMinus = true;
        i++;
        continue;
      }
      exclude = true;
      i++;
    }
    if (text[i] === '"' && quotesOpen) {
      const close = text.indexOf('"', i + 1);
      if (close === -1) {
        // Read the rest as plain words rather than guess where the phrase ends.
        unbalanced = true;
        quotesOpen = false;
        i++;
        if (exclude) strayMinus = true;
        continue;
      }
      let end = close + 1;
      let prefix = false;
      while (text[end] === "*") {
        prefix = true;
        end++;
      }
      pushTerm(text.slice(i + 1, close), exclude, prefix);
      i = end;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== " " && !(text[end] === '"' && quotesOpen)) end++;
    const word = text.slice(i, end);
    i = end;
    if (!exclude && word === "OR") items.push({ kind: "or" });
    else if (!exclude && word === "AND") continue; // Words are ANDed anyway.
    else if (!exclude && word === "NOT") items.push({ kind: "term", tokens: [], prefix: false, exclude: true });
    else {
      const stripped = word.replace(/\*+$/, "");
      pushTerm(stripped, exclude, stripped.length < word.length);
    }
  }

  if (unbalanced) notices.push("A quotation mark was not closed, so the words after it were searched for separately.");
  if (strayMinus) notices.push("A minus sign must come right before the word to leave out (e.g. -asylum); a lone one was ignored.");
  if (ignored) notices.push("Parts of your search with no letters or digits were ignored.");
  return resolveNot(items);
}

/** NOT word → the word excluded; a NOT with nothing after it is dropped. */
function resolveNot(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === "term" && it.exclude && !it.tokens.length) {
      const next = items[k + 1];
      if (next?.kind === "term" && next.tokens.length) {
        out.push({ ...next, exclude: true });
        k++;
      }
      continue;
    }
    out.push(it);
  }
  return out;
}

function combine(items: Item[], notices: string[]): { groups: Term[][]; excluded: Term[] } {
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let pendingOr = false;
  let strayOr = false;
  const counted = new Set<string>();
  let dropped = false;
  for (const it of items) {
    if (it.kind === "or") {
      if (pendingOr || !groups.length) strayOr = true;
      pendingOr = groups.length > 0;
      continue;
    }
    const term = { tokens: it.tokens, prefix: it.prefix };
    const key = `${it.exclude ? "-" : ""}${termKey(term)}`;
    if (!counted.has(key)) {
      if (counted.size >= MAX_QUERY_TERMS) {
        dropped = true;
        continue;
      }
      counted.add(key);
    }
    if (it.exclude) {
      if (pendingOr) strayOr = true;
      pendingOr = false;
      excluded.push(term);
    } else if (pendingOr) {
      groups[groups.length - 1]!.push(term);
      pendingOr = false;
    } else {
      groups.push([term]);
    }
  }
  if (pendingOr) strayOr = true;
  if (strayOr) notices.push("OR must stand between two words or phrases (e.g. tracing OR absconders); a misplaced OR was ignored.");
  if (dropped) notices.push(`Only the first ${MAX_QUERY_TERMS} words or phrases were searched for.`);
  const seen = new Set<string>();
  const unique = groups.map(dedupe).filter((g) => {
    const key = g.map(termKey).sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { groups: unique, excluded: dedupe(excluded) };
}

const termKey = (t: Term) => `${t.tokens.join(" ").toLowerCase()}${t.prefix ? "*" : ""}`;

function dedupe(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = termKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
