import { open } from "node:fs/promises";

export type DetectedFormat = "json" | "gzip" | "xml" | "unknown";

/** What a file holds, from its first bytes (names lie; content does not). */
export function detectFromBytes(head: Uint8Array): DetectedFormat {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3; // UTF-8 BOM
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  const c = head[i];
  if (c === 0x5b || c === 0x7b) return "json"; // [ {
  if (c === 0x3c) return "xml"; // <
  return "unknown";
}

export async function detectFile(file: string): Promise<DetectedFormat> {
  const fh = await open(file, "r");
  try {
    const buf = new Uint8Array(512);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return detectFromBytes(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/** Which XML dialect: parlparse Hansard (<publicwhip>) or the MoJ PQ feed. */
export function detectXmlDialect(text: string): "hansard-xml" | "moj-xml" | "unknown" {
  const head = text.slice(0, 4000);
  if (/<publicwhip[\s>]/i.test(head)) return "hansard-xml";
  if (/<(Uin|TablingMember|QuestionStatus|DateForAnswer)\b/.test(text.slice(0, 20000))) return "moj-xml";
  return "unknown";
}
