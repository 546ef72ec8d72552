/**
 * Word → number (0, 1, 2, … in the order first added) for the rank index's
 * build, looked up from a stretch of a lower-cased text with its hash
 * (lib/search/doc-terms.ts asciiWordSpans), so that a word met again is
 * neither cut out as a string nor hashed again by a Map: at 100k questions
 * cutting and looking up 18.7M words took 2.8 s, scanning them alone 1.2.
 */
export class WordTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private mask = (1 << 16) - 1;
  private hashes = new Uint32Array(1 << 15);
  /** The words, by number. */
  readonly words: string[] = [];

  /** The number of `text` from `start` to `end`, whose wordHash is `hash`; a new word is added. */
  idOfSpan(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    let s = hash & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]!;
      if (id < 0) break;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== len) continue;
      let k = 0;
      while (k < len && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
    const id = this.words.length;
    this.words.push(len === text.length ? text : text.slice(start, end));
    if (id === this.hashes.length) {
      const more = new Uint32Array(id * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    this.hashes[id] = hash;
    this.slots[s] = id;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The number of a word, added when new. */
  idOf(word: string): number {
    let h = WORD_HASH_SEED;
    for (let k = 0; k < word.length; k++) h = wordHashStep(h, word.charCodeAt(k));
    return this.idOfSpan(word, 0, word.length, h >>> 0);
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let id = 0; id < this.words.length; id++) {
      let s = this.hashes[id]! & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = id;
    }
  }
}

/** FNV-1a over a word's character codes (then >>> 0). */
export const WORD_HASH_SEED = 0x811c9dc5;
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
