import { describe, expect, it } from "vitest";
import { detailUrl, listUrl, normaliseBaseUrl, parseRate, queryKey, resolveSyncOptions, SyncUsageError, type SyncQuery } from "@/lib/sync/options";

const base: SyncQuery = { baseUrl: "http://127.0.0.1:9000", pass: "tabled", since: "2025-12-01" };

describe("URL building", () => {
  it("builds the list URL with the pass's date parameters and paging", () => {
    const u = new URL(listUrl({ ...base, until: "2025-12-09", house: "Commons", memberId: 4813 }, 40, 20));
    expect(u.pathname).toBe("/api/writtenquestions/questions");
    expect(Object.fromEntries(u.searchParams)).toEqual({
      tabledWhenFrom: "2025-12-01", tabledWhenTo: "2025-12-09", house: "Commons", askingMemberId: "4813",
      includeWithdrawn: "true", expandMember: "true", skip: "40", take: "20",
    });
    const a = new URL(listUrl({ ...base, pass: "answered" }, 0, 50));
    expect(a.searchParams.get("answeredWhenFrom")).toBe("2025-12-01");
    expect(a.searchParams.has("tabledWhenFrom")).toBe(false);
    expect(a.searchParams.has("house")).toBe(false);
  });
  it("builds detail URLs and refuses bad ids", () => {
    expect(detailUrl("https://x.test/root", 1860363)).toBe("https://x.test/root/api/writtenquestions/questions/1860363?expandMember=true");
    expect(() => detailUrl("https://x.test", 0)).toThrow(RangeError);
  });
  it("keys state on the query without paging; passes and filters get different keys", () => {
    const k = queryKey(base);
    expect(k).not.toMatch(/skip|take/);
    expect(queryKey({ ...base })).toBe(k);
    expect(queryKey({ ...base, pass: "answered" })).not.toBe(k);
    expect(queryKey({ ...base, memberId: 1 })).not.toBe(k);
    expect(queryKey({ ...base, baseUrl: "http://127.0.0.1:9001" })).not.toBe(k);
  });
});

describe("normaliseBaseUrl", () => {
  it("accepts http(s) and drops a trailing slash", () => {
    expect(normaliseBaseUrl("https://questions-statements-api.parliament.uk/")).toBe("https://questions-statements-api.parliament.uk");
    expect(normaliseBaseUrl("http://127.0.0.1:8080/proxy/")).toBe("http://127.0.0.1:8080/proxy");
  });
  it("rejects anything else", () => {
    for (const bad of ["not a url", "ftp://x.test", "file:///etc/passwd", "https://x.test/?a=1", "https://u:p@x.test"]) {
      expect(() => normaliseBaseUrl(bad), bad).toThrow(SyncUsageError);
    }
  });
});

describe("resolveSyncOptions", () => {
  it("applies defaults and the environment's base URL", () => {
    const o = resolveSyncOptions({ since: "2025-12-01" }, { ANSWERABLE_API_BASE_URL: "http://127.0.0.1:1234" });
    expect(o).toMatchObject({ since: "2025-12-01", until: null, house: null, memberId: null, baseUrl: "http://127.0.0.1:1234", pageSize: 50, ratePerSecond: 5, stateFile: "data/sync-state.json", restart: false, passes: ["tabled", "answered"], analyse: true });
    expect(resolveSyncOptions({ since: "2025-12-01" }, {}).baseUrl).toBe("https://questions-statements-api.parliament.uk");
    expect(resolveSyncOptions({ since: "2025-12-01", "base-url": "http://127.0.0.1:1/" }, { ANSWERABLE_API_BASE_URL: "http://127.0.0.1:2" }).baseUrl).toBe("http://127.0.0.1:1");
  });
  it("parses every flag", () => {
    const o = resolveSyncOptions({ since: "2025-12-01", until: "2025-12-09", house: "lords", member: "4813", "page-size": "20", rate: "2.5/s", state: "/tmp/s.json", restart: true, "no-answered": true, "no-analyse": true }, {});
    expect(o).toMatchObject({ until: "2025-12-09", house: "Lords", memberId: 4813, pageSize: 20, ratePerSecond: 2.5, stateFile: "/tmp/s.json", restart: true, passes: ["tabled"], analyse: false });
  });
  it("names the bad flag", () => {
    const bad: Array<[Parameters<typeof resolveSyncOptions>[0], RegExp]> = [
      [{}, /--since/],
      [{ since: "2025-02-30" }, /--since/],
      [{ since: "1/12/2025" }, /--since/],
      [{ since: "2025-12-09", until: "2025-12-01" }, /--until/],
      [{ since: "2025-12-01", house: "Scottish" }, /--house/],
      [{ since: "2025-12-01", member: "abc" }, /--member/],
      [{ since: "2025-12-01", "page-size": "0" }, /--page-size/],
      [{ since: "2025-12-01", "page-size": "1000" }, /--page-size/],
      [{ since: "2025-12-01", rate: "fast" }, /--rate/],
      [{ since: "2025-12-01", "base-url": "javascript:alert(1)" }, /base URL/i],
    ];
    for (const [args, msg] of bad) expect(() => resolveSyncOptions(args, {}), JSON.stringify(args)).toThrow(msg);
  });
  it("parses rates", () => {
    expect(parseRate("5")).toBe(5);
    expect(parseRate("0.5/s")).toBe(0.5);
    expect(() => parseRate("0")).toThrow(SyncUsageError);
    expect(() => parseRate("-1")).toThrow(SyncUsageError);
  });
});
