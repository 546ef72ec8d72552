import { describe, expect, it } from "vitest";
import { questionListParamsSchema } from "@/lib/validation/question-list-params";

describe("questionListParamsSchema", () => {
  it("parses filters and paging", () => {
    const r = questionListParamsSchema.parse({ member: "3", status: "OVERDUE", from: "2025-12-01", to: "2025-12-31", page: "2", pageSize: "50" });
    expect(r).toMatchObject({ member: 3, status: "OVERDUE", page: 2, pageSize: 50 });
    expect(r.from?.toISOString()).toBe("2025-12-01T00:00:00.000Z");
  });
  it.each([
    [{ member: "abc" }, "member"],
    [{ from: "2025-13-01" }, "from"],
    [{ pageSize: "1000" }, "pageSize"],
    [{ status: "LOST" }, "status"],
    [{ from: "2025-12-31", to: "2025-12-01" }, "to"],
  ])("rejects %j on %s", (input, field) => {
    const r = questionListParamsSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });
  it("rejects unknown parameters", () => {
    const r = questionListParamsSchema.safeParse({ membr: "1" });
    expect(r.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
