/**
 * CSV as RFC 4180 describes it, made safe to open in a spreadsheet: a byte-order
 * mark so Excel reads UTF-8, CRLF line ends, and cells that a spreadsheet would
 * run as a formula prefixed with an apostrophe (CSV injection).
 */
export const CSV_BOM = "\uFEFF";
export const CSV_EOL = "\r\n";

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  // Numbers are written by us and a negative one is data, not a formula.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + CSV_EOL;
}

/** The header line and every row, batch by batch; the first chunk carries the BOM. */
export async function* csvChunks<R extends Record<string, unknown>>(
  columns: readonly (keyof R & string)[],
  batches: AsyncIterable<R[]>,
): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(columns);
  for await (const batch of batches) {
    if (batch.length) yield batch.map((row) => csvLine(columns.map((c) => row[c] as CsvValue))).join("");
  }
}
