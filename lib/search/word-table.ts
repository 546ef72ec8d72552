import { grown } from "@/lib/search/grow";

/**
 * Word → number (0, 1, 2, … in the order first added) for the rank index's
 * build, looked up from a stretch of a lower-cased text with its hash
 * (lib/search/doc-terms.ts asciiWordSpans), so that a word met again is
 * neither cut out as a string nor hashed again by a Map. The words' characters
 * are kept side by side in one typed array to compare against: at 100k
 * questions, looking up 18.7M words took 1.7 s through a Map of the words
 * cut out, 1.6 s comparing against the words as strings, 0.7 s so.
 */
export class WordTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private mask = (1 << 16) - 1;
  private hashes = new Uint32Array(1 << 15);
  private starts = new Uint32Array(1 << 15);
  private lengths = new Uint32Array(1 << 15);
  /** Every word's UTF-16 code units, one after another. */
  private chars = new Uint16Array(1 << 18);
  private charsUsed = 0;
  /** The words, by number. */
  readonly words: string[] = [];

  /** The number of `text` from `start` to `end`, whose wordHash is `hash`; a new word is added. */
  idOfSpan(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    let s = hash & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]!;
      if (id < 0) break;
      if (this.hashes[id] !== hash || this.lengths[id] !== len) continue;
      const at = this.starts[id]!;
      let k = 0;
      while (k < len && this.chars[at + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
    return this.add(text, start, end, hash, s);
  }

  /** The number of a word, added when new. */
  idOf(word: string): number {
    let h = WORD_HASH_SEED;
    for (let k = 0; k < word.length; k++) h = wordHashStep(h, word.charCodeAt(k));
    return this.idOfSpan(word, 0, word.length, h >>> 0);
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const id = this.words.length;
    const len = end - start;
    this.words.push(len === text.length ? text : text.slice(start, end));
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
    }
    if (this.charsUsed + len > this.chars.length) this.chars = grown(this.chars, this.charsUsed + len);
    for (let k = 0; k < len; k++) this.chars[this.charsUsed + k] = text.charCodeAt(start + k);
    this.starts[id] = this.charsUsed;
    this.lengths[id] = len;
    this.charsUsed += len;
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
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
