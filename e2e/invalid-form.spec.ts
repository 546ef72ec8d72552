import { expect, test } from "@playwright/test";
import { queryOne } from "./db";

const count = () => queryOne<{ n: number }>(`SELECT count(*) AS n FROM Question`)!.n;

test("an invalid question shows errors beside the fields and keeps what was typed", async ({ page }) => {
  const before = count();
  await page.goto("/questions/new");
  await page.getByLabel("UIN").fill("12ab");
  await page.getByLabel("Date tabled").fill("2025-12-10");
  await page.getByLabel("Date due for answer").fill("2025-12-01");
  await page.getByLabel("Asked by").selectOption({ label: "Rupert Lowe (Independent, Great Yarmouth)" });
  await page.getByLabel("Department").selectOption({ label: "Home Office" });
  await page.getByLabel("Question text").fill("Text the user does not want to lose.");
  await page.getByRole("button", { name: /save|log question/i }).click();

  await expect(page.getByLabel("Heading")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Heading is required.")).toBeVisible();
  await expect(page.getByText(/UIN must be a number/)).toBeVisible();
  await expect(page.getByText("Date for answer cannot be before the date tabled.")).toBeVisible();
  await expect(page.getByLabel("Question text")).toHaveValue("Text the user does not want to lose.");
  await expect(page.getByLabel("UIN")).toHaveValue("12ab");
  expect(count()).toBe(before);
});

test("a duplicate question is refused by the server with a link to the existing one, input kept", async ({ page }) => {
  const before = count();
  await page.goto("/questions/new");
  await page.getByLabel("UIN").fill("95752");
  await page.getByLabel("Date tabled").fill("2025-12-01");
  await page.getByLabel("Asked by").selectOption({ label: "Rupert Lowe (Independent, Great Yarmouth)" });
  await page.getByLabel("Department").selectOption({ label: "Home Office" });
  await page.getByLabel("Heading").fill("Typed again by mistake");
  await page.getByLabel("Question text").fill("A question already on record.");
  await page.getByRole("button", { name: /save|log question/i }).click();

  await expect(page.locator(".alert--error")).toContainText("already recorded");
  await expect(page.getByRole("link", { name: "View the existing record" })).toBeVisible();
  await expect(page.getByLabel("Heading")).toHaveValue("Typed again by mistake");
  await expect(page.getByLabel("Question text")).toHaveValue("A question already on record.");
  expect(count()).toBe(before);

  await page.getByRole("link", { name: "View the existing record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Offenders and Undocumented Migrants" })).toBeVisible();
});
