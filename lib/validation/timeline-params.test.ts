import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/domain/timeline";
import { parseTimelineParamsLenient, timelineFilterStrings, timelineParamsSchema, timelineQueryOf } from "@/lib/validation/timeline-params";

describe("timeline params", () => {
  it("parses a full set, treating blanks as absent", () => {
    const cursor = encodeCursor({ date: "2025-12-01", rank: 0, id: 3 });
    const parsed = timelineParamsSchema.parse({ dept: "4", status: "overdue", from: "2025-12-01", to: "", cursor, limit: "10", order: "asc" });
    expect(parsed).toEqual({ dept: 4, status: "OVERDUE", from: new Date(Date.UTC(2025, 11, 1)), to: undefined, cursor, limit: 10, order: "asc" });
    expect(timelineFilterStrings(parsed)).toEqual({ dept: "4", status: "OVERDUE", from: "2025-12-01", limit: "10", order: "asc" });
    expect(timelineQueryOf(parsed)).toMatchObject({ cursor, limit: 10, order: "asc", filters: { answeringBodyId: 4, status: "OVERDUE" } });
    expect(timelineQueryOf({}).order).toBe("desc");
  });

  it("drops only the bad fields for a page, saying which", () => {
    const { params, invalid } = parseTimelineParamsLenient({ dept: "2", status: "lost", from: "2025-13-01", cursor: "garbage", limit: "500", order: ["asc", "desc"] });
    expect(params).toMatchObject({ dept: 2, order: "asc" });
    expect(params.status).toBeUndefined();
    expect(params.cursor).toBeUndefined();
    expect(invalid.map((i) => i.field).sort()).toEqual(["cursor", "from", "limit", "status"]);
  });

  it("drops a To before From", () => {
    const { params, invalid } = parseTimelineParamsLenient({ from: "2025-12-05", to: "2025-12-01" });
    expect(params.from).toEqual(new Date(Date.UTC(2025, 11, 5)));
    expect(params.to).toBeUndefined();
    expect(invalid).toEqual([{ field: "to", message: "To cannot be before From." }]);
  });
});
