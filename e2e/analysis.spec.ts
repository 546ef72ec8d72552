import { expect, test } from "@playwright/test";
import { queryAll, queryOne } from "./db";

test("the founding answer shows the cost it would not give as an unresolved non-answer", async ({ page }) => {
  const q = queryOne<{ id: number }>(`SELECT id FROM Question WHERE uin = '95752'`)!;
  await page.goto(`/questions/${q.id}`);
  const answers = page.getByRole("region", { name: "Answers" });
  const cost = answers.locator('mark[data-kind="estimate_unreliable"]');
  await expect(cost).toContainText("any general estimate would be unreliable");
  await expect(answers.locator("mark.figure-mark", { hasText: "c.65" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What was not answered" })).toContainText("Estimate unreliable");
  const row = page.getByRole("region", { name: "Figures" }).getByRole("row", { name: /Annual cost of tracing absconders/ });
  await expect(row).toContainText("Unresolved");
});

test("a new question gets a suggested follow-up link; accepting it shows it on both questions and the MP's timeline", async ({ page }) => {
  await page.goto("/questions/new");
  await page.getByLabel("UIN").fill("99201");
  await page.getByLabel("Date tabled").fill("2025-12-18");
  await page.getByLabel("Date due for answer").fill("2025-12-22");
  await page.getByLabel("Asked by").selectOption({ label: "Rupert Lowe (Independent, Great Yarmouth)" });
  await page.getByLabel("Department").selectOption({ label: "Home Office" });
  await page.getByLabel("Heading").fill("Absconders: Cost of Tracing");
  await page.getByLabel("Question text").fill(
    "To ask the Secretary of State for the Home Department, what the annual cost is of tracing absconders; and how many staff are dedicated to tracing absconders.",
  );
  await page.getByRole("button", { name: /save|log question/i }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Absconders: Cost of Tracing" })).toBeVisible();
  const newId = Number(new URL(page.url()).pathname.split("/").pop());

  const suggestions = page.getByRole("region", { name: "Suggested by analysis" });
  const accept = suggestions.getByRole("button", { name: /^Accept: Pursues an unresolved figure link from 95751, 95752 to 99201/ });
  await expect(accept).toBeVisible();
  expect(queryOne<{ n: number }>(`SELECT count(*) AS n FROM FollowUp WHERE toQuestionId = ? AND reviewState = 'ACCEPTED'`, newId)!.n).toBe(0);
  await accept.click();

  const follows = page.getByRole("region", { name: "Follows up" });
  await expect(follows.getByRole("link", { name: /95752/ })).toBeVisible();
  await expect(follows).toContainText("Pursues an unresolved figure");
  const stored = queryAll<{ kind: string; reviewState: string; figure: string }>(
    `SELECT f.kind, f.reviewState, g.measure AS figure FROM FollowUp f JOIN Figure g ON g.id = f.figureId WHERE f.toQuestionId = ?`,
    newId,
  );
  expect(stored).toEqual([{ kind: "UNRESOLVED_FIGURE", reviewState: "ACCEPTED", figure: "Annual cost of tracing absconders / of collating absconder data" }]);

  await follows.getByRole("link", { name: /95752/ }).click();
  await expect(page.getByRole("region", { name: "Followed up by" }).getByRole("link", { name: /99201/ })).toBeVisible();

  const lowe = queryOne<{ id: number }>(`SELECT id FROM Member WHERE parliamentId = 5158`)!;
  await page.goto(`/members/${lowe.id}`);
  const event = page.getByRole("region", { name: "Timeline" }).locator("ol.timeline > li", { hasText: "99201" }).filter({ hasText: /follow-up tabled/i });
  await expect(event).toHaveCount(1);
});

test("the ledger lists the founding case's open cost and shows its chain", async ({ page }) => {
  await page.goto("/figures");
  const row = page.getByRole("row", { name: /Annual cost of tracing absconders/ });
  await expect(row).toContainText("Unresolved");
  await expect(row).toContainText("Home Office");
  await expect(row).toContainText("Rupert Lowe");
  await row.getByRole("link", { name: /Annual cost of tracing absconders/ }).click();
  await expect(page.getByText("UIN 95751").first()).toBeVisible();
  await expect(page.getByText("any general estimate would be unreliable").first()).toBeVisible();
});
