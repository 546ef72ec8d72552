import { expect, test } from "@playwright/test";

test("a new user opens the founding case from the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The open figures include the cost the Home Office would not estimate.
  const figures = page.getByRole("region", { name: "Open unresolved figures" });
  await expect(figures.getByText(/Annual cost of tracing absconders/)).toBeVisible();

  // Norris's answer is among the recent answers.
  await page.getByRole("region", { name: "Recent answers" }).getByRole("link", { name: "Offenders and Undocumented Migrants (UIN 95752)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Offenders and Undocumented Migrants" })).toBeVisible();

  await expect(page.getByText("Commons written question 95752")).toBeVisible();
  const answers = page.getByRole("region", { name: "Answers" });
  await expect(answers.getByText("c.65 staff currently dedicated to tracing activities", { exact: false }).first()).toBeVisible();
  await expect(answers.getByRole("link", { name: "Alex Norris" })).toBeVisible();
  await expect(answers.getByRole("link", { name: "UIN 95751" })).toBeVisible();

  const figuresSection = page.getByRole("region", { name: "Figures" });
  await expect(figuresSection.getByRole("row", { name: /Staff dedicated to tracing absconders/ })).toContainText("c.65 staff");
  await expect(figuresSection.getByRole("row", { name: /Staff dedicated to tracing absconders/ })).toContainText("Stated");

  const followed = page.getByRole("region", { name: "Followed up by" });
  await expect(followed.getByRole("link", { name: /97696/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Official record" })).toHaveAttribute("href", /written-questions\/detail\/2025-12-01\/95752/);

  // Follow a link to a follow-up question and back again.
  await followed.getByRole("link", { name: /97696/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Migrants: Arrests" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Follows up" }).getByRole("link", { name: /95752/ })).toBeVisible();

  // More like this: earlier questions on the subject (the 1 December cluster), each saying what it shares.
  const similar = page.getByRole("region", { name: "More like this" });
  await expect(similar.getByRole("link", { name: /UIN 957\d\d/ }).first()).toBeVisible();
  await expect(similar.getByRole("listitem").first()).toContainText(/Shares .*absconders|Shares .*migrants/);
  await expect(similar.getByRole("link", { name: /97696/ })).toHaveCount(0);
});
