/**
 * Unsigned numbers as printable ASCII, 5 bits a character, lowest first: a
 * character of '0'…'O' (0x30 + bits) has more to come, one of 'P'…'o'
 * (0x50 + bits) ends the number. The rank index keeps each row's word list
 * in this form (search_doc."terms"): SQLite hands text to JavaScript as a
 * string far more cheaply than a blob as a Buffer (measured at 100k
 * questions: a row's words looked up and merged in 2.5 µs against 3.6).
 */

const MORE = 0x30;
const LAST = 0x50;

export class TextVarintWriter {
  private codes = Buffer.allocUnsafe(256);
  private len = 0;
  write(v: number): void {
    if (this.len + 12 > this.codes.length) {
      const grown = Buffer.allocUnsafe(this.codes.length * 2);
      this.codes.copy(grown, 0, 0, this.len);
      this.codes = grown;
    }
    while (v >= 32) {
      this.codes[this.len++] = MORE + (v % 32);
      v = Math.floor(v / 32);
    }
    this.codes[this.len++] = LAST + v;
  }
  /** What was written (the writer can then be reset and reused): every code is ASCII, so one latin1 decode. */
  text(): string {
    return this.codes.toString("latin1", 0, this.len);
  }
  reset(): void {
    this.len = 0;
  }
}

export class TextVarintReader {
  pos = 0;
  constructor(private readonly text: string) {}
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  read(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      const c = this.text.charCodeAt(this.pos++);
      if (!(c >= MORE && c < LAST + 32)) throw new Error("Truncated or corrupt number in the rank index");
      if (c >= LAST) return v + (c - LAST) * mul;
      v += (c - MORE) * mul;
      mul *= 32;
    }
  }
}
