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
  private codes: number[] = [];
  write(v: number): void {
    while (v >= 32) {
      this.codes.push(MORE + (v % 32));
      v = Math.floor(v / 32);
    }
    this.codes.push(LAST + v);
  }
  /** What was written (the writer can then be reset and reused). */
  text(): string {
    let out = "";
    // In slices: String.fromCharCode takes its codes as arguments.
    for (let i = 0; i < this.codes.length; i += 8192) out += String.fromCharCode(...this.codes.slice(i, i + 8192));
    return out;
  }
  reset(): void {
    this.codes = [];
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
