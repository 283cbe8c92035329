/**
 * The production task pane (dist/taskpane.html from npm run build) in Chromium, with the real
 * Excel host over the strict fake Office/Excel holding the seed workbook.
 */
import type { Page } from "playwright-core";
import { checkWorkbook, FILLS, NOTE_PREFIX, ruleName, SUMMARY_SHEET } from "../../src/core";
import { MESSAGES } from "../../src/excel/capabilities";
import { SETTINGS_KEY } from "../../src/excel/settings";
import type { FakeOffice } from "../support/fake-excel";
import { CHUNK_FAILED } from "../../src/taskpane/strings";
import { useDist } from "./support/dist";
import { collectErrors, screenshot } from "./support/browser";
import { useFakeOffice } from "./support/fake-office";
import { SEED_SHEET, seedWorkbook, USER_FILL, USER_NOTE } from "./support/seed";

const dist = useDist("taskpane.html");

/** Calls a method of the fake inside the page. */
function fake<K extends keyof FakeOffice>(page: Page, method: K, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([m, a]) => {
      const f = (window as unknown as { __fake: Record<string, (...x: unknown[]) => unknown> }).__fake;
      return f[m as string](...(a as unknown[]));
    },
    [method, args] as const,
  );
}

async function openPane(broken: boolean, options: { apiVersion?: string } = {}, view = "") {
  const seed = seedWorkbook(broken);
  const page = await dist.browser.context.newPage();
  const errors = collectErrors(page);
  await useFakeOffice(page, seed.data, options);
  await page.goto(`${dist.server.url}taskpane.html${view}`);
  return { page, errors, seed };
}

const shownFindings = (page: Page) =>
  page
    .getByTestId("finding")
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute("data-sheet")}!${e.getAttribute("data-cell")} ${e.getAttribute("data-rule")}`),
    );

async function runCheck(page: Page) {
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByTestId("results").waitFor();
}

test("检查 on the seed shows exactly the engine's findings, grouped by its three tables", async () => {
  const { page, errors, seed } = await openPane(false);
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  await screenshot(page, "pane-start");
  await runCheck(page);
  const expected = checkWorkbook(seed.snapshot).report;
  expect(expected.tables).toHaveLength(3);
  const groups = page.getByTestId("table-group");
  expect(await groups.count()).toBe(3);
  const titles = await groups.locator("h3").allTextContents();
  expect([...titles].sort()).toEqual(expected.tables.map((t) => t.projectName).sort());
  expect((await shownFindings(page)).sort()).toEqual(
    expected.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort(),
  );
  const counts = `错误 ${expected.summary.errors} 个、警告 ${expected.summary.warnings} 个、提示 ${expected.summary.infos} 个`;
  await expect(page.getByRole("tabpanel", { name: "检查" }).getByTestId("status").textContent()).resolves.toContain(
    counts,
  );
  await screenshot(page, "pane-seed");
  expect(errors).toEqual([]);
  await page.close();
});

test("a broken figure: the error comes first, selecting it selects the cell, 清除标记 restores the user's fill and note", async () => {
  const { page, errors, seed } = await openPane(true);
  const before = JSON.stringify(await fake(page, "dump"));
  await runCheck(page);

  const first = page.getByTestId("finding").first();
  expect(await first.getAttribute("data-rule")).toBe("budget-sum");
  expect(await first.getAttribute("data-cell")).toBe(seed.budgetCell);
  await expect(first.textContent()).resolves.toMatch(/0\.81.*0\.80/);
  await expect(page.getByTestId("table-group").first().textContent()).resolves.toContain("错误 1");

  // The check marked the cell and wrote the summary sheet.
  const marked = (await fake(page, "cell", SEED_SHEET, seed.budgetCell)) as { fill: { color: string }; note: string };
  expect(marked.fill.color.toUpperCase()).toBe(FILLS.error.toUpperCase());
  expect(marked.note).toContain(NOTE_PREFIX);
  expect(await fake(page, "sheetNames")).toContain(SUMMARY_SHEET);
  await screenshot(page, "pane-broken");

  // Select another finding first, so that selecting the error is seen to move the selection.
  const other = page.getByTestId("finding").nth(1);
  const otherCell = await other.getAttribute("data-cell");
  await other.click();
  await page.waitForFunction((c) => {
    const f = (window as unknown as { __fake: FakeOffice }).__fake;
    return f.selection()?.address === c;
  }, otherCell);
  await first.click();
  await page.waitForFunction((c) => {
    const f = (window as unknown as { __fake: FakeOffice }).__fake;
    return f.selection()?.address === c;
  }, seed.budgetCell);
  expect(await fake(page, "selection")).toEqual({ sheet: SEED_SHEET, address: seed.budgetCell });
  expect(await fake(page, "activeSheet")).toBe(SEED_SHEET);

  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/^已清除 \d+ 个单元格的标记/).waitFor();
  const restored = (await fake(page, "cell", SEED_SHEET, seed.budgetCell)) as { fill: { color: string }; note: string };
  expect(restored.fill.color.toUpperCase()).toBe(USER_FILL);
  expect(restored.note).toBe(USER_NOTE);
  expect(await fake(page, "sheetNames")).not.toContain(SUMMARY_SHEET);
  const after = (await fake(page, "dump")) as { sheets: { name: string }[] };
  const sheetOf = (dump: { sheets: { name: string }[] }) =>
    JSON.stringify(dump.sheets.find((s) => s.name === SEED_SHEET));
  expect(sheetOf(after)).toBe(sheetOf(JSON.parse(before)));
  await screenshot(page, "pane-cleared");
  expect(errors).toEqual([]);
  await page.close();
});

test("a second 检查 after fixing the cell drops its mark (marks never stack)", async () => {
  const { page, seed } = await openPane(true);
  await runCheck(page);
  await fake(page, "type", SEED_SHEET, seed.budgetCell, 0.8);
  await runCheck(page);
  await page.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-rule="budget-sum"]'));
  const cell = (await fake(page, "cell", SEED_SHEET, seed.budgetCell)) as { fill: { color: string }; note: string };
  expect(cell.fill.color.toUpperCase()).toBe(USER_FILL);
  expect(cell.note).toBe(USER_NOTE);
  await page.close();
});

test("settings are kept with the workbook and change the next check", async () => {
  const { page } = await openPane(true, {}, "?view=settings");
  await page.getByRole("button", { name: /调整某项检查的严重程度或关闭该检查/ }).click();
  await page.getByRole("combobox", { name: ruleName("budget-sum") }).selectOption("off");
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByText("设置已保存到本工作簿").waitFor();
  await screenshot(page, "pane-settings");
  const saved = (await fake(page, "savedSettings")) as Record<string, unknown>;
  const value = saved[SETTINGS_KEY];
  expect(typeof value === "string" ? JSON.parse(value) : value).toEqual({ rules: { "budget-sum": "off" } });

  await page.getByRole("tab", { name: "检查" }).click();
  await runCheck(page);
  const shown = await shownFindings(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((f) => f.endsWith(" budget-sum"))).toEqual([]);
  await page.close();
});

test("新建表 opens from the ribbon's URL and lists the seed's target tables", async () => {
  const { page, errors } = await openPane(false, {}, "?view=new");
  await expect(page.getByRole("tab", { name: "新建表" }).getAttribute("aria-selected")).resolves.toBe("true");
  await page.getByRole("list", { name: "可作为来源的表" }).waitFor();
  expect(await page.getByRole("button", { name: /^由“办公设备购置”生成/ }).count()).toBe(2);
  await screenshot(page, "pane-new");

  const sheetsBefore = (await fake(page, "sheetNames")) as string[];
  await page.getByRole("button", { name: "由“办公设备购置”生成运行监控表" }).click();
  const status = page.getByRole("tabpanel", { name: "新建表" }).getByTestId("status");
  const bar = status.locator("[data-intent]");
  await bar.waitFor();
  const text = (await status.textContent()) ?? "";
  const sheets = (await fake(page, "sheetNames")) as string[];
  expect(await bar.getAttribute("data-intent")).toBe("success");
  const name = /^已新建工作表“(.+)”（运行监控表）。$/.exec(text)![1];
  // The new sheet stands right after its source and is the active one.
  expect(sheets).toEqual([
    ...sheetsBefore.slice(0, sheetsBefore.indexOf(SEED_SHEET) + 1),
    name,
    ...sheetsBefore.slice(sheetsBefore.indexOf(SEED_SHEET) + 1),
  ]);
  expect(await fake(page, "activeSheet")).toBe(name);

  // Checking the workbook now reads the new sheet back as a monitoring table of the same project.
  await page.getByRole("tab", { name: "检查" }).click();
  await runCheck(page);
  const groups = page.getByTestId("table-group");
  expect(await groups.count()).toBe(4);
  const monitoring = groups.filter({ hasText: name });
  expect(await monitoring.count()).toBe(1);
  await expect(monitoring.textContent()).resolves.toContain("运行监控表");
  await expect(monitoring.textContent()).resolves.toContain("办公设备购置");
  await screenshot(page, "pane-after-new");
  expect(errors).toEqual([]);
  await page.close();
});

test("a view whose script cannot be fetched says so in Chinese in its own panel; 检查 still works", async () => {
  const { page } = await openPane(true);
  await page.route(/\/settings\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.getByRole("tab", { name: "设置" }).click();
  const notice = page.getByRole("tabpanel", { name: "设置" }).getByTestId("notice");
  await notice.waitFor();
  await expect(notice.textContent()).resolves.toContain(CHUNK_FAILED);
  await screenshot(page, "pane-chunk-failed");
  await page.getByRole("tab", { name: "检查" }).click();
  await runCheck(page);
  expect(await page.getByTestId("finding").count()).toBeGreaterThan(0);
  await page.close();
});

test("the engine loads after the first view; if it cannot be fetched, 检查 says so in Chinese and the next 检查 tries again", async () => {
  const seed = seedWorkbook(true);
  const page = await dist.browser.context.newPage();
  await useFakeOffice(page, seed.data);
  const engine = /\/engine\.[0-9a-f]+\.js$/;
  await page.route(engine, (route) => route.abort());
  await page.goto(`${dist.server.url}taskpane.html`);
  await page.getByRole("button", { name: "检查", exact: true }).click();
  const status = page.getByRole("tabpanel", { name: "检查" }).getByTestId("status");
  await status.locator('[data-intent="error"]').waitFor();
  await expect(status.textContent()).resolves.toBe(`检查未完成：${CHUNK_FAILED}`);

  await page.unroute(engine);
  await runCheck(page);
  await expect(page.getByTestId("finding").first().getAttribute("data-rule")).resolves.toBe("budget-sum");
  await page.close();
});

test("Excel too old for the add-in: one Chinese message pointing to the command line", async () => {
  const { page } = await openPane(false, { apiVersion: "1.8" });
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  const text = await notice.textContent();
  expect(text).toBe(`无法在此版本的 Excel 中运行${MESSAGES.tooOld}`);
  expect(text).toContain("jixiao-check");
  expect(await page.getByRole("button").count()).toBe(0);
  await screenshot(page, "pane-too-old");
  await page.close();
});
