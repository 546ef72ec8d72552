import { expect, test } from "@playwright/test";

test("the JSON API answers over HTTP and refuses bad input with 400/404, never 500", async ({ request }) => {
  const search = await request.get("/api/search?q=tracing");
  expect(search.status()).toBe(200);
  const body = (await search.json()) as { total: number; items: Array<{ question: { uin: string } }> };
  expect(body.items.map((i) => i.question.uin)).toContain("95752");

  const cases: Array<[string, number, string?]> = [
    ["/api/search?from=notadate", 400, "from"],
    ["/api/questions?member=abc", 400, "member"],
    ["/api/questions?pageSize=500", 400, "pageSize"],
    ["/api/members/1/timeline?cursor=garbage", 400, "cursor"],
    ["/api/members/999999/timeline", 404],
    ["/api/questions/abc", 404],
    ["/api/questions/999999", 404],
    ["/api/departments/nope/timeline", 404],
  ];
  for (const [url, status, field] of cases) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(status);
    const json = (await res.json()) as { error: string; field?: string };
    expect(json.error, url).toBeTruthy();
    if (field) expect(json.field, url).toBe(field);
  }
  const weird = await request.get(`/api/search?q=${encodeURIComponent('"NEAR( ^col: -* OR')}`);
  expect(weird.status()).toBe(200);
});
