/**
 * Subject similarity between two short texts (headings, questions, figure
 * descriptions): TF-IDF weighted cosine over content words. Pure; document
 * frequencies come from the caller (the search index's vocabulary).
 */

// Words every written question shares ("To ask the Secretary of State for the
// Home Department, what assessment she has made…") carry no subject.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could
  did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is
  it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such
  than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where
  which while who whom why will with would you your yours ask asked secretary state department departments minister ministers her his
  assessment assessments made make making steps taking take taken plans plan whether many much number numbers proportion recent recently
  estimate estimates estimated information data figures figure each last year years month months since current currently government
  hon member members answer answers question questions given give provide provided uin pq has have what`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased content words, lightly stemmed ("absconders", "absconded" → "abscond"). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").matchAll(WORD)) {
    const w = m[0];
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(fold(w));
  }
  return out;
}

const SUFFIXES = ["ings", "ing", "ers", "er", "ed", "es", "s"];

/** A crude stemmer: enough to match word forms within one subject, never shown to anyone. */
export function fold(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ss") || w.endsWith("us")) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

export type TermVector = Map<string, number>;

/** TF-IDF vector; `idf` gives the weight of a (folded) word, e.g. log(N / df). */
export function tfidfVector(text: string, idf: (word: string) => number): TermVector {
  const tf = new Map<string, number>();
  for (const w of contentWords(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
  const v: TermVector = new Map();
  for (const [w, n] of tf) v.set(w, (1 + Math.log(n)) * idf(w));
  return v;
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [, x] of a) na += x * x;
  for (const [w, y] of b) {
    nb += y * y;
    const x = a.get(w);
    if (x) dot += x * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The rarest content words of a text, for a candidate-finding OR query. */
export function distinctiveWords(text: string, idf: (word: string) => number, limit = 12): string[] {
  return [...new Set(contentWords(text))].sort((x, y) => idf(y) - idf(x)).slice(0, limit);
}

/** idf from document frequencies; unknown words count as rare. */
export function makeIdf(totalDocs: number, df: ReadonlyMap<string, number>): (word: string) => number {
  return (w) => Math.log((totalDocs + 1) / ((df.get(w) ?? 0) + 1)) + 1;
}

/** "To ask the Secretary of State for Justice, what …" → "what …": the part that carries the subject. */
export function stripQuestionPreamble(text: string): string {
  return text.replace(/^\s*To ask (?:the |His Majesty's Government|Her Majesty's Government)[^,]*,\s*/i, "");
}
