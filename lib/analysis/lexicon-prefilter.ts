/**
 * A cheap first look for the lexicon: for each phrase, words one of which any
 * match must contain ("holding" for /\bholding\s+(?:answer|reply)\b/i),
 * read from the pattern itself. A sentence containing none of a kind's words
 * cannot match any of its phrases, so the ~120 patterns run only on the few
 * sentences that could match (most sentences of an answer match nothing).
 * The words are a necessary condition only, never a match: results are
 * identical with and without the filter (lexicon-prefilter.test.ts).
 */

/** Words of which a match contains at least one (lower case), or null when the pattern gives none we can trust. */
export function requiredWords(re: RegExp): string[] | null {
  try {
    const p = new Parser(re.source);
    const out = p.alternation();
    if (p.at < re.source.length) return null;
    return out && out.every((w) => w.length >= MIN) ? out : null;
  } catch {
    return null;
  }
}

/** A test passed by every sentence some pattern can match (true for all when a pattern has no required words). */
export function anyCanMatch(patterns: readonly RegExp[]): (lowerCased: string) => boolean {
  const words = new Set<string>();
  for (const re of patterns) {
    const w = requiredWords(re);
    if (!w) return () => true;
    for (const x of w) words.add(x);
  }
  // One alternation of plain words: far quicker than a loop of includes() or the patterns themselves.
  const any = new RegExp([...words].map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));
  return (s) => any.test(s);
}

/** Shorter words would let nearly every sentence through. */
const MIN = 3;

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  /** a|b|c: one of the branches' words. */
  alternation(): string[] | null {
    const all: string[] = [];
    let unknown = false;
    for (;;) {
      const branch = this.sequence();
      if (branch) all.push(...branch);
      else unknown = true;
      if (this.src[this.at] !== "|") break;
      this.at++;
    }
    return unknown ? null : [...new Set(all)];
  }

  /** Items in a row: the best of the literal runs and groups that must appear. */
  private sequence(): string[] | null {
    const candidates: string[][] = [];
    let run = "";
    const cut = () => {
      if (run) candidates.push([run]);
      run = "";
    };
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === "char") {
        if (q === "optional") cut();
        else {
          run += atom.char;
          if (q === "repeat") cut();
        }
      } else if (atom.kind === "group") {
        cut();
        if (atom.words && q !== "optional") candidates.push(atom.words);
      } else if (atom.kind === "zero") {
        // \b: zero-width, the letters either side stay adjacent.
      } else cut();
    }
    cut();
    if (!candidates.length) return null;
    const shortest = (ws: string[]) => Math.min(...ws.map((w) => w.length));
    return candidates.reduce((best, c) => (shortest(c) > shortest(best) ? c : best));
  }

  private atom(): { kind: "char"; char: string } | { kind: "group"; words: string[] | null } | { kind: "zero" } | { kind: "other" } {
    const c = this.src[this.at++]!;
    if (c === "(") {
      let lookaround = false;
      if (this.src.startsWith("?:", this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += this.src[this.at + 1] === "<" ? 3 : 2;
      } else if (this.src.startsWith("?<", this.at)) this.at = this.src.indexOf(">", this.at) + 1;
      else if (this.src[this.at] === "?") throw new Error("unknown group");
      const words = this.alternation();
      if (this.src[this.at++] !== ")") throw new Error("unclosed group");
      return lookaround ? { kind: "other" } : { kind: "group", words };
    }
    if (c === "[") {
      // A class: skip it (escapes included); it matches one of many characters.
      while (this.src[this.at] !== "]") this.at += this.src[this.at] === "\\" ? 2 : 1;
      this.at++;
      return { kind: "other" };
    }
    if (c === "\\") {
      const e = this.src[this.at++]!;
      if (e === "b") return { kind: "zero" };
      if (/[1-9k]/.test(e)) throw new Error("back-reference");
      // \u00A0, \u{…}, \x41, \cJ, \p{…}: one character of a kind, whatever follows.
      const tail = { u: /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/, x: /^[0-9a-fA-F]{2}/, c: /^[A-Za-z]/, p: /^\{[^}]*\}/, P: /^\{[^}]*\}/ }[e as "u"];
      if (tail) this.at += tail.exec(this.src.slice(this.at))?.[0].length ?? 0;
      // Escaped punctuation is itself; letters and digits are classes (\s, \w, \d, \u…): unknown.
      return /[A-Za-z0-9]/.test(e) ? { kind: "other" } : { kind: "char", char: e };
    }
    if (c === "." || c === "^" || c === "$" || c === " ") return { kind: "other" };
    if (/[*+?{]/.test(c)) throw new Error("stray quantifier");
    // Case-insensitive or not, a lower-cased match contains the lower-cased letters.
    return { kind: "char", char: c.toLowerCase() };
  }

  /** After an atom: none, optional (?, *, {0,…}) or repeat (+, {n,…} with n ≥ 1); lazy marks skipped. */
  private quantifier(): "none" | "optional" | "repeat" {
    const c = this.src[this.at];
    let q: "none" | "optional" | "repeat" = "none";
    if (c === "?" || c === "*") q = "optional";
    else if (c === "+") q = "repeat";
    else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error("bad quantifier");
      this.at += m[0].length - 1;
      q = Number(m[1]) === 0 ? "optional" : m[2] || Number(m[1]) > 1 ? "repeat" : "none";
    }
    if (q !== "none" || c === "{") this.at++;
    if (q !== "none" && this.src[this.at] === "?") this.at++;
    return q;
  }
}
