import { expect, test } from "@playwright/test";
import { queryOne } from "./db";

type Row = { id: number; house: string; uin: string; heading: string; text: string; dateTabled: string; dateForAnswer: string | null; isNamedDay: number; status: string; member: string; body: string };

test("log a new question for Rupert Lowe and see it on his timeline", async ({ page }) => {
  await page.goto("/questions/new");
  await page.getByLabel("House").selectOption("COMMONS");
  await page.getByLabel("UIN").fill("99001");
  await page.getByLabel("Date tabled").fill("2025-12-12");
  await page.getByLabel("Date due for answer").fill("2025-12-16");
  await page.getByLabel("Asked by").selectOption({ label: "Rupert Lowe (Independent, Great Yarmouth)" });
  await page.getByLabel("Department").selectOption({ label: "Home Office" });
  await page.getByLabel("Heading").fill("Absconders: Tracing Costs");
  await page.getByLabel("Question text").fill("To ask the Secretary of State for the Home Department, what the annual cost is of tracing absconders.");
  await page.getByRole("button", { name: /save|log question/i }).click();

  await expect(page).toHaveURL(/\/questions\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Absconders: Tracing Costs" })).toBeVisible();

  const row = queryOne<Row>(
    `SELECT q.*, m.name AS member, b.name AS body FROM Question q JOIN Member m ON m.id = q.askingMemberId JOIN AnsweringBody b ON b.id = q.answeringBodyId WHERE q.uin = ?`,
    "99001",
  );
  expect(row).toMatchObject({
    house: "COMMONS",
    uin: "99001",
    heading: "Absconders: Tracing Costs",
    text: "To ask the Secretary of State for the Home Department, what the annual cost is of tracing absconders.",
    isNamedDay: 0,
    status: "TABLED",
    member: "Rupert Lowe",
    body: "Home Office",
  });
  expect(row!.dateTabled).toMatch(/^2025-12-12T00:00:00/);
  expect(row!.dateForAnswer).toMatch(/^2025-12-16T00:00:00/);
  expect(page.url()).toMatch(new RegExp(`/questions/${row!.id}$`));

  await page.goto("/members");
  await page.getByRole("link", { name: "Rupert Lowe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Rupert Lowe/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Absconders: Tracing Costs/ }).first()).toBeVisible();
});
