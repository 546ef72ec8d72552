/**
 * Reads back the FTS5 expressions lib/search/query.ts writes ("a" AND
 * ("b" OR "c" *) NOT "d") into a tree, so that the peer engine (MiniSearch)
 * answers the same question as SQLite. FTS5 precedence: NOT binds tightest,
 * then AND, then OR.
 */
export type FtsNode =
  | { op: "term"; text: string; prefix: boolean }
  | { op: "and" | "or"; children: FtsNode[] }
  | { op: "not"; left: FtsNode; right: FtsNode };

type Token = { t: "str"; v: string; prefix: boolean } | { t: "op"; v: "AND" | "OR" | "NOT" } | { t: "(" } | { t: ")" };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " ") i++;
    else if (c === "(" || c === ")") {
      out.push({ t: c });
      i++;
    } else if (c === '"') {
      let v = "";
      i++;
      while (i < s.length) {
        if (s[i] === '"' && s[i + 1] === '"') (v += '"'), (i += 2);
        else if (s[i] === '"') break;
        else v += s[i++];
      }
      i++; // closing quote
      let j = i;
      while (s[j] === " ") j++;
      const prefix = s[j] === "*";
      if (prefix) i = j + 1;
      out.push({ t: "str", v, prefix });
    } else {
      const m = /^(AND|OR|NOT)\b/.exec(s.slice(i));
      if (m) {
        out.push({ t: "op", v: m[1] as "AND" | "OR" | "NOT" });
        i += m[1]!.length;
      } else {
        const word = /^[^\s()"]+/.exec(s.slice(i))![0];
        out.push({ t: "str", v: word, prefix: word.endsWith("*") });
        i += word.length;
      }
    }
  }
  return out;
}

export function parseFts(expr: string): FtsNode {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;

  const primary = (): FtsNode => {
    const tok = tokens[pos++];
    if (!tok) throw new Error(`FTS expression ends early: ${expr}`);
    if (tok.t === "(") {
      const inner = or();
      if (tokens[pos++]?.t !== ")") throw new Error(`missing ) in ${expr}`);
      return inner;
    }
    if (tok.t === "str") return { op: "term", text: tok.v.replace(/\*$/, ""), prefix: tok.prefix };
    throw new Error(`unexpected ${JSON.stringify(tok)} in ${expr}`);
  };
  const not = (): FtsNode => {
    let left = primary();
    while (isOp("NOT")) {
      pos++;
      left = { op: "not", left, right: primary() };
    }
    return left;
  };
  const and = (): FtsNode => {
    const children = [not()];
    // Juxtaposition is an implicit AND in FTS5.
    while (isOp("AND") || peek()?.t === "str" || peek()?.t === "(") {
      if (isOp("AND")) pos++;
      children.push(not());
    }
    return children.length === 1 ? children[0]! : { op: "and", children };
  };
  const or = (): FtsNode => {
    const children = [and()];
    while (isOp("OR")) {
      pos++;
      children.push(and());
    }
    return children.length === 1 ? children[0]! : { op: "or", children };
  };
  const tree = or();
  if (pos !== tokens.length) throw new Error(`unexpected trailing tokens in ${expr}`);
  return tree;
}

/** The MiniSearch query for a tree: a phrase becomes all its words (MiniSearch has no phrases). */
export type MiniQuery = string | { combineWith: "AND" | "OR" | "AND_NOT"; queries: MiniQuery[]; prefix?: boolean };

export function toMiniSearch(node: FtsNode): MiniQuery {
  switch (node.op) {
    case "term":
      return { combineWith: "AND", queries: [node.text], prefix: node.prefix };
    case "and":
      return { combineWith: "AND", queries: node.children.map(toMiniSearch) };
    case "or":
      return { combineWith: "OR", queries: node.children.map(toMiniSearch) };
    case "not":
      return { combineWith: "AND_NOT", queries: [toMiniSearch(node.left), toMiniSearch(node.right)] };
  }
}
