import { expect, test } from "@playwright/test";

test("search 'tracing' as you type and find Norris's answer with the hit highlighted", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Search questions and answers").pressSequentially("tracing", { delay: 40 });
  await expect(page).toHaveURL(/[?&]q=tracing/);
  const result = page.locator("li", { hasText: "UIN 95752" });
  await expect(result).toContainText("c.65 staff");
  await expect(result.locator("mark", { hasText: /^tracing$/i }).first()).toBeVisible();
  await expect(result.getByRole("link", { name: /Offenders and Undocumented Migrants/ })).toBeVisible();
});

test("a shared search link shows the same results without typing", async ({ page }) => {
  await page.goto("/search?q=tracing");
  await expect(page.getByLabel("Search questions and answers")).toHaveValue("tracing");
  await expect(page.locator("mark", { hasText: /^tracing$/i }).first()).toBeVisible();
  await expect(page.getByText("c.65 staff").first()).toBeVisible();
});

test("hostile search input gets a page, never an error", async ({ page }) => {
  const res = await page.goto(`/search?q=${encodeURIComponent('"NEAR( -* OR ^col:')}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByLabel("Search questions and answers")).toBeVisible();
});
