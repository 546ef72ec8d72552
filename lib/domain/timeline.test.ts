import { describe, expect, it } from "vitest";
import {
  TIMELINE_KIND_RANK,
  compareEventsAsc,
  cursorOf,
  decodeCursor,
  encodeCursor,
  excerptOf,
  isAfterCursor,
  mergeTimelines,
  type TimelineEvent,
  type TimelineEventKind,
} from "@/lib/domain/timeline";

const question = {
  id: 1,
  house: "COMMONS" as const,
  uin: "1",
  heading: "H",
  dateTabled: "2025-12-01",
  status: "TABLED" as const,
  overdue: false,
  askingMember: { id: 1, name: "M" },
  answeringBody: { id: 1, name: "B" },
};

/** A minimal event of any kind: merge and cursors only look at kind, date, id and key. */
function ev(kind: TimelineEventKind, date: string, id: number): TimelineEvent {
  return { kind, date, id, key: `${kind}:${id}`, question } as unknown as TimelineEvent;
}

const keys = (events: TimelineEvent[]) => events.map((e) => e.key);

describe("timeline cursors", () => {
  it("round-trips every kind rank, date and id", () => {
    for (const rank of Object.values(TIMELINE_KIND_RANK)) {
      for (const c of [
        { date: "2025-12-01", rank, id: 1 },
        { date: "1999-01-31", rank, id: 987_654_321 },
        { date: "2028-02-29", rank, id: Number.MAX_SAFE_INTEGER },
      ]) {
        const encoded = encodeCursor(c);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(encoded)).toEqual(c);
      }
    }
  });

  it("encodes an event's position", () => {
    expect(decodeCursor(cursorOf(ev("FIGURE_RESOLVED", "2025-12-17", 42)))).toEqual({ date: "2025-12-17", rank: 6, id: 42 });
  });

  it.each([
    ["empty", ""],
    ["garbage", "garbage"],
    ["not base64url", "abc$%^"],
    ["padded", `${encodeCursor({ date: "2025-12-01", rank: 0, id: 1 })}==`],
    ["plain text", "2025-12-01.0.1"],
    ["impossible date", btoa("2025-02-30.0.1").replace(/=+$/, "")],
    ["rank out of range", btoa("2025-12-01.9.1").replace(/=+$/, "")],
    ["zero id", btoa("2025-12-01.0.0").replace(/=+$/, "")],
    ["negative id", btoa("2025-12-01.0.-1").replace(/=+$/, "")],
    ["extra parts", btoa("2025-12-01.0.1.2").replace(/=+$/, "")],
    ["json", btoa(JSON.stringify({ date: "2025-12-01", rank: 0, id: 1 })).replace(/=+$/, "")],
    ["too long", "A".repeat(200)],
  ])("rejects a %s cursor", (_label, value) => {
    expect(decodeCursor(value)).toBeNull();
  });

  it("rejects null and undefined", () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it("tells whether an event is after a cursor in each order", () => {
    const c = { date: "2025-12-05", rank: TIMELINE_KIND_RANK.FOLLOW_UP_TABLED, id: 10 };
    expect(isAfterCursor(ev("QUESTION_TABLED", "2025-12-05", 99), c, "asc")).toBe(false);
    expect(isAfterCursor(ev("QUESTION_TABLED", "2025-12-05", 99), c, "desc")).toBe(true);
    expect(isAfterCursor(ev("FOLLOW_UP_TABLED", "2025-12-05", 11), c, "asc")).toBe(true);
    expect(isAfterCursor(ev("FOLLOW_UP_TABLED", "2025-12-05", 10), c, "asc")).toBe(false);
    expect(isAfterCursor(ev("FOLLOW_UP_TABLED", "2025-12-05", 10), c, "desc")).toBe(false);
    expect(isAfterCursor(ev("QUESTION_TABLED", "2025-12-06", 1), c, "asc")).toBe(true);
  });
});

describe("mergeTimelines", () => {
  const questions = [ev("QUESTION_TABLED", "2025-12-01", 5), ev("QUESTION_TABLED", "2025-12-01", 6), ev("QUESTION_TABLED", "2025-12-05", 7)];
  const answers = [ev("ANSWER_RECEIVED", "2025-12-01", 1), ev("ANSWER_RECEIVED", "2025-12-17", 2)];
  const figures = [ev("FIGURE_LEFT_UNRESOLVED", "2025-12-17", 1)];
  const followUps = [ev("FOLLOW_UP_TABLED", "2025-12-05", 3)];

  it("orders newest first by default, ties by kind rank then id, reversed", () => {
    const page = mergeTimelines([questions, answers, figures, followUps], { limit: 50 });
    expect(keys(page.events)).toEqual([
      "FIGURE_LEFT_UNRESOLVED:1",
      "ANSWER_RECEIVED:2",
      "FOLLOW_UP_TABLED:3",
      "QUESTION_TABLED:7",
      "ANSWER_RECEIVED:1",
      "QUESTION_TABLED:6",
      "QUESTION_TABLED:5",
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("orders oldest first as the exact reverse", () => {
    const desc = mergeTimelines([questions, answers, figures, followUps], { limit: 50, order: "desc" });
    const asc = mergeTimelines([followUps, figures, answers, questions], { limit: 50, order: "asc" });
    expect(keys(asc.events)).toEqual(keys(desc.events).reverse());
  });

  it("does not depend on the order of sources or of events within them", () => {
    const a = mergeTimelines([questions, answers], { limit: 50, order: "asc" });
    const b = mergeTimelines([[...answers].reverse(), [...questions].reverse()], { limit: 50, order: "asc" });
    expect(keys(b.events)).toEqual(keys(a.events));
  });

  it("cuts at the limit and points the cursor at the last event shown", () => {
    const page = mergeTimelines([questions, answers, figures], { limit: 3, order: "asc" });
    expect(keys(page.events)).toEqual(["QUESTION_TABLED:5", "QUESTION_TABLED:6", "ANSWER_RECEIVED:1"]);
    expect(decodeCursor(page.nextCursor)).toEqual({ date: "2025-12-01", rank: TIMELINE_KIND_RANK.ANSWER_RECEIVED, id: 1 });
  });

  it("has no next cursor when the events fit exactly", () => {
    const page = mergeTimelines([questions, answers], { limit: 5 });
    expect(page.events).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
  });

  it("drops duplicate keys", () => {
    const page = mergeTimelines([questions, questions], { limit: 10 });
    expect(keys(page.events)).toEqual(["QUESTION_TABLED:7", "QUESTION_TABLED:6", "QUESTION_TABLED:5"]);
  });

  it("returns an empty page for no events", () => {
    expect(mergeTimelines([[], []], { limit: 10 })).toEqual({ events: [], nextCursor: null });
  });

  it("pages through everything exactly once when fed the events after each cursor", () => {
    const all = [...questions, ...answers, ...figures, ...followUps];
    for (const order of ["asc", "desc"] as const) {
      const whole = mergeTimelines([all], { limit: 100, order });
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const c = decodeCursor(cursor);
        // Like a database source: the first limit + 1 events after the cursor, in order.
        const after = mergeTimelines([c ? all.filter((e) => isAfterCursor(e, c, order)) : all], { limit: 3, order }).events;
        const page = mergeTimelines([after], { limit: 2, order });
        seen.push(...keys(page.events));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual(keys(whole.events));
    }
  });
});

describe("compareEventsAsc and excerptOf", () => {
  it("compares date, then rank, then id", () => {
    expect(compareEventsAsc(ev("FIGURE_RESOLVED", "2025-01-01", 9), ev("QUESTION_TABLED", "2025-01-02", 1))).toBeLessThan(0);
    expect(compareEventsAsc(ev("QUESTION_TABLED", "2025-01-01", 9), ev("HOLDING_ANSWER", "2025-01-01", 1))).toBeLessThan(0);
    expect(compareEventsAsc(ev("QUESTION_TABLED", "2025-01-01", 2), ev("QUESTION_TABLED", "2025-01-01", 1))).toBeGreaterThan(0);
  });

  it("cuts long text at a word with an ellipsis", () => {
    expect(excerptOf("short  text\n")).toBe("short text");
    const long = excerptOf("word ".repeat(100), 50);
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long).not.toContain("  ");
  });
});
