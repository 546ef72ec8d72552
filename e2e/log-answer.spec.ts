import { expect, test } from "@playwright/test";
import { queryAll, queryOne } from "./db";

test("log a holding then a substantive answer and see the status change", async ({ page }) => {
  const q = queryOne<{ id: number }>(`SELECT id FROM Question WHERE uin = '97692'`)!;
  await page.goto(`/questions/${q.id}`);
  await expect(page.getByText("Awaiting answer").first()).toBeVisible();

  await page.getByRole("link", { name: "Log an answer" }).click();
  await page.getByLabel("Type of answer").selectOption("HOLDING");
  await page.getByLabel("Date answered").fill("2025-12-09");
  await page.getByLabel("Answer text").fill("It has not been possible to answer this question within the usual time period. An answer is being prepared.");
  await page.getByRole("button", { name: /save|log answer/i }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${q.id}`));
  await expect(page.getByText("Holding answer").first()).toBeVisible();
  expect(queryOne<{ status: string }>(`SELECT status FROM Question WHERE id = ?`, q.id)?.status).toBe("HOLDING");

  await page.getByRole("link", { name: "Log an answer" }).click();
  await page.getByLabel("Type of answer").selectOption("SUBSTANTIVE");
  await page.getByLabel("Date answered").fill("2025-12-15");
  await page.getByLabel("Answered by").selectOption({ label: "Alex Norris (Labour, Nottingham North and Kimberley)" });
  await page.getByLabel("Answer text").fill("In 2024, 1,234 people on immigration bail absconded again.\n\nFigures for earlier years are not held centrally.");
  await page.getByRole("button", { name: /save|log answer/i }).click();

  await expect(page).toHaveURL(new RegExp(`/questions/${q.id}`));
  await expect(page.locator(".badge--ANSWERED").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Answers" }).getByText("1,234 people on immigration bail absconded again").first()).toBeVisible();

  expect(queryOne<{ status: string }>(`SELECT status FROM Question WHERE id = ?`, q.id)?.status).toBe("ANSWERED");
  const answers = queryAll<{ kind: string; text: string; html: string; member: string | null }>(
    `SELECT a.kind, a.text, a.html, m.name AS member FROM Answer a JOIN AnswerQuestion aq ON aq.answerId = a.id LEFT JOIN Member m ON m.id = a.answeringMemberId WHERE aq.questionId = ? ORDER BY a.id`,
    q.id,
  );
  expect(answers.map((a) => a.kind)).toEqual(["HOLDING", "SUBSTANTIVE"]);
  expect(answers[1]).toMatchObject({
    member: "Alex Norris",
    text: "In 2024, 1,234 people on immigration bail absconded again.\nFigures for earlier years are not held centrally.",
    html: "<p>In 2024, 1,234 people on immigration bail absconded again.</p><p>Figures for earlier years are not held centrally.</p>",
  });
});
