/**
 * The pure rules behind re-importing (lib/import/upsert.ts lists them all).
 *
 * When a source was captured, so the newest information wins whatever order
 * files are imported in. A file says so in its name (`…as-of-YYYY-MM-DD…`) or
 * in its wrapper note (`captured YYYY-MM-DD`); otherwise the latest event it
 * records (tabled, answered, held, corrected) is a lower bound we use instead.
 * Questions keep the capture date of their stored state in `sourceRef` (there
 * is no column for it), written by `refWithCapture` and read by `captureFromRef`.
 */
const AS_OF = /as-of-(\d{4}-\d{2}-\d{2})/g;

const utcDay = (ymd: string): Date | null => {
  const d = new Date(`${ymd}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** The last `as-of-YYYY-MM-DD` in a file name or stored sourceRef. */
export function captureFromRef(ref: string | null | undefined): Date | null {
  if (!ref) return null;
  const all = [...ref.matchAll(AS_OF)];
  return all.length ? utcDay(all.at(-1)![1]!) : null;
}

/** `captured YYYY-MM-DD` in a wrapper's `source` or `note`. */
export function captureFromNote(...notes: unknown[]): Date | null {
  for (const n of notes) {
    const m = typeof n === "string" ? /captured (\d{4}-\d{2}-\d{2})/.exec(n) : null;
    if (m) return utcDay(m[1]!);
  }
  return null;
}

const EVENT_FIELDS = ["dateTabled", "dateAnswered", "dateHoldingAnswer", "dateAnswerCorrected"] as const;

/** The latest event date among question records (`{ value }` wrapped or bare); dateForAnswer is a future date, so not an event. */
export function latestEventDate(items: readonly unknown[]): Date | null {
  let max = "";
  for (const item of items) {
    const v = typeof item === "object" && item !== null && "value" in item && typeof item.value === "object" ? (item.value as Record<string, unknown>) : (item as Record<string, unknown>);
    if (typeof v !== "object" || v === null) continue;
    for (const k of EVENT_FIELDS) {
      const s = v[k];
      if (typeof s === "string" && /^\d{4}-\d{2}-\d{2}/.test(s) && s.slice(0, 10) > max) max = s.slice(0, 10);
    }
  }
  return max ? utcDay(max) : null;
}

/** The sourceRef to store: names the capture date unless the file name already does. */
export function refWithCapture(ref: string, capturedAt: Date | null | undefined): string {
  if (!capturedAt) return ref;
  const day = capturedAt.toISOString().slice(0, 10);
  return captureFromRef(ref)?.getTime() === capturedAt.getTime() ? ref : `${ref} (as-of-${day})`;
}

/**
 * Whether incoming data may overwrite stored data: only when it is strictly
 * newer. When either date is unknown the incoming record is taken as current
 * (the behaviour for sources that carry no date).
 */
export function isNewer(incoming: Date | null | undefined, stored: Date | null | undefined): boolean {
  return !incoming || !stored || incoming.getTime() > stored.getTime();
}

export const flat = (s: string) => s.replace(/\s+/g, " ").trim();
/** An excerpt without its ellipsis, for "does the stored text start with this?". */
export const excerptCore = (s: string) => flat(s).replace(/(\.\.\.|…)$/, "").trimEnd();
/** Text with all spacing removed: equal means the two differ in layout only. */
const squash = (s: string) => s.replace(/\s+/g, "");
/** How much structure a text keeps: its tags, then its word breaks (sanitising wraps even plain text in <p>). */
const structure = (v: TextVersion) => [(v.html.match(/<[a-z]/gi) ?? []).length, (flat(v.text).match(/ /g) ?? []).length] as const;
const richer = (a: TextVersion, b: TextVersion) => {
  const [x, y] = [structure(a), structure(b)];
  return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
};

export type TextVersion = { html: string; text: string; truncated: boolean };

/**
 * Whether an incoming answer text should replace the stored one. Richer never
 * gives way to poorer (an excerpt never replaces the text it cuts; the same
 * words without markup, as the Members API strips them, never replace them
 * with markup), richer replaces poorer from any source, and a different text
 * replaces the stored one only from a newer capture.
 */
export function shouldReplaceText(stored: TextVersion, incoming: TextVersion, newer: boolean): boolean {
  if (!incoming.text.trim() || flat(incoming.text) === flat(stored.text)) return false;
  if (squash(incoming.text) === squash(stored.text)) return richer(incoming, stored);
  if (incoming.truncated && (!stored.truncated || flat(stored.text).startsWith(excerptCore(incoming.text)))) return false;
  if (stored.truncated && !incoming.truncated && flat(incoming.text).startsWith(excerptCore(stored.text))) return true;
  return newer;
}
