/**
 * A strict RFC 4180 reader, the inverse of csv.ts: used by tests to check an
 * export parses back to exactly what was written. Throws on malformed input.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("Unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`Stray quote at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ",") {
      i++;
    } else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`Unexpected character at ${i}`);
    }
  }
  if (row.length) rows.push(row);
  return rows;
}
