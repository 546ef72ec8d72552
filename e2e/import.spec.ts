import path from "node:path";
import { expect, test } from "@playwright/test";
import { queryAll, queryOne } from "./db";

const SCOTTISH = path.resolve("test/fixtures/import-xml/spwa2009-10-26.sample.xml");
const TRUNCATED = path.resolve("test/fixtures/import/malformed-truncated.json");

test("an editor imports a Hansard file beside a broken one: the good records are stored, the bad file is reported, a re-import changes nothing", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Files", { exact: true }).setInputFiles([SCOTTISH, TRUNCATED]);
  await page.getByRole("button", { name: "Import" }).click();

  const summary = page.getByRole("region", { name: "Import finished" });
  await expect(summary).toBeVisible();
  const questions = summary.getByRole("row", { name: /^Questions/ });
  await expect(questions.getByRole("cell")).toHaveText(["3", "0", "0", "1"]);
  await expect(summary).toContainText("malformed-truncated.json");
  await expect(summary).toContainText("not valid JSON");

  const stored = queryAll<{ uin: string; house: string; member: string; party: string | null }>(
    `SELECT q.uin, q.house, m.name AS member, m.party FROM Question q JOIN Member m ON m.id = q.askingMemberId WHERE q.uin LIKE 'S3W-%' ORDER BY q.uin`,
  );
  expect(stored.map((q) => q.uin)).toEqual(["S3W-28168", "S3W-28169", "S3W-28257"]);
  expect(stored.every((q) => q.house === "SCOTTISH")).toBe(true);
  expect(stored.find((q) => q.uin === "S3W-28257")).toMatchObject({ member: "Peter Peacock", party: "Labour" });

  // The same file again: everything is matched, nothing duplicated.
  await page.reload();
  await page.getByLabel("Files", { exact: true }).setInputFiles([SCOTTISH]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("region", { name: "Import finished" }).getByRole("row", { name: /^Questions/ }).getByRole("cell")).toHaveText([
    "0",
    "0",
    "3",
    "0",
  ]);
  expect(queryOne<{ n: number }>(`SELECT count(*) AS n FROM Question WHERE uin LIKE 'S3W-%'`)!.n).toBe(3);

  // The imported question says where it came from and links to the Scottish Parliament's record.
  const id = queryOne<{ id: number }>(`SELECT id FROM Question WHERE uin = 'S3W-28257'`)!.id;
  await page.goto(`/questions/${id}`);
  await expect(page.getByText("Scottish Parliament written question S3W-28257")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Source" })).toContainText("spwa2009-10-26.sample.xml");
  await expect(page.getByRole("link", { name: "Official record" })).toHaveAttribute("href", /parliament\.scot.*S3W-28257/);
});
