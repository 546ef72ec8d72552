import { expect, test } from "@playwright/test";
import { queryOne } from "./db";

test("an MP's timeline loads more entries in place and filters by status", async ({ page }) => {
  const lowe = queryOne<{ id: number }>(`SELECT id FROM Member WHERE parliamentId = 5158`)!;
  await page.goto(`/members/${lowe.id}?limit=5`);
  await expect(page.getByRole("heading", { level: 1, name: /Rupert Lowe/ })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  const items = timeline.locator("ol.timeline > li");
  await expect(items).toHaveCount(5);
  await timeline.getByRole("link", { name: "Load more" }).click();
  await expect(items).toHaveCount(10);
  // Loaded in place by React Query: the address did not change to a cursor page.
  expect(page.url()).not.toContain("cursor=");

  await page.goto(`/members/${lowe.id}?status=ANSWERED`);
  await expect(timeline.getByText("Answer received").first()).toBeVisible();
  await expect(timeline.getByRole("link", { name: /97688/ })).toHaveCount(0);
});

test("a department timeline lists the grouped answer once", async ({ page }) => {
  const body = queryOne<{ id: number }>(`SELECT id FROM AnsweringBody WHERE name = 'Home Office'`)!;
  await page.goto(`/departments/${body.id}`);
  await expect(page.getByRole("heading", { level: 1, name: /Home Office/ })).toBeVisible();
  // Norris's answer to 95752 and 95751 is one event, not one per question.
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText(/The cost of collating information on absconders/)).toHaveCount(1);
});
