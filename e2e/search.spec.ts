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

test("broken query syntax is searched as words with a visible notice", async ({ page }) => {
  const res = await page.goto(`/search?q=${encodeURIComponent('foo:bar "unbalanced')}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByText(/“foo:” is not a search filter/)).toBeVisible();
  await expect(page.getByText(/quotation mark was not closed/)).toBeVisible();
  await expect(page.getByLabel("Search questions and answers")).toHaveValue('foo:bar "unbalanced');
});

test("a field filter typed in the search box narrows the results", async ({ page }) => {
  await page.goto("/search?q=member%3Alowe");
  const count = page.locator("#search-results-count");
  await expect(count).toContainText(/\d+ results/);
  const all = Number((await count.locator("strong").innerText()).replace(/\D/g, ""));
  expect(all).toBeGreaterThan(1);

  await page.getByLabel("Search questions and answers").fill('member:lowe dept:"ministry of justice"');
  await expect(count.locator("strong")).toHaveText("1 result");
  await expect(page.getByRole("link", { name: "Prisoner Escapes" })).toBeVisible();
  await expect(page.locator("li", { hasText: "UIN 95752" })).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]q=member%3Alowe\+dept%3A%22ministry\+of\+justice%22/);
});

test("facet counts sit beside the results and each link adds its filter", async ({ page }) => {
  await page.goto("/search?q=member%3Alowe");
  const facets = page.getByRole("complementary", { name: "Refine results" });
  await expect(facets.getByRole("heading", { name: "Department" })).toBeVisible();
  await expect(facets.getByRole("link", { name: "Home Office" })).toBeVisible();
  await facets.getByRole("link", { name: "Ministry of Justice" }).click();
  await expect(page).toHaveURL(/[?&]dept=\d+/);
  await expect(page.locator("#search-results-count strong")).toHaveText("1 result");
  await expect(page.getByLabel("Department")).toHaveValue(/\d+/);
});

test("the search syntax is documented on the page", async ({ page }) => {
  await page.goto("/search");
  await page.getByText("Search syntax", { exact: true }).click();
  await expect(page.getByText('member:lowe, member:"rupert lowe"')).toBeVisible();
  await expect(page.getByText("date:2025-12-01..2025-12-31")).toBeVisible();
});
