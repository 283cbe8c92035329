/**
 * The WPS add-in as built (npm run build:wps -> dist/wps) in Chromium, with the strict fake ET
 * installed as window.Application, as WPS provides it: the task pane checks and clears the seed
 * workbook; the ribbon's callbacks (resolved on index.html's window) check, open the pane and clear;
 * the scripts parse as ES2017, what WPS's older web view runs.
 */
import fs from "fs";
import path from "path";
import { parse } from "acorn";
import type { Page } from "playwright-core";
import { checkWorkbook, FILLS, NOTE_PREFIX, SUMMARY_SHEET } from "../../src/core";
import { STORE_SHEET } from "../../src/excel/store";
import { WPS_MESSAGES } from "../../src/wps/host";
import type { FakeWorkbookData } from "../support/fake-excel";
import type { FakeEt } from "../support/fake-et";
import { bundleForBrowser } from "./support/bundle";
import { collectErrors, screenshot } from "./support/browser";
import { useDist } from "./support/dist";
import { SEED_SHEET, seedWorkbook, USER_FILL, USER_NOTE } from "./support/seed";

const dist = useDist("wps/taskpane.html");
const WPS_DIR = path.resolve(__dirname, "../../dist/wps");

let fakeBundle: Promise<string> | null = null;

async function openWps(file: string, data: FakeWorkbookData | null, query = "") {
  const page = await dist.browser.context.newPage();
  const errors = collectErrors(page);
  if (data) {
    fakeBundle ??= bundleForBrowser(path.join(__dirname, "support/fake-et-entry.ts"));
    await page.addInitScript((d) => {
      (window as unknown as { __etData: unknown }).__etData = d;
    }, data);
    await page.addInitScript({ content: await fakeBundle });
  }
  await page.goto(`${dist.server.url}wps/${file}${query}`);
  return { page, errors };
}

function et<K extends keyof FakeEt>(
  page: Page,
  method: K,
  ...args: Parameters<FakeEt[K]>
): Promise<ReturnType<FakeEt[K]>> {
  return page.evaluate(
    ([m, a]) => {
      const f = (window as unknown as { __et: Record<string, (...x: unknown[]) => unknown> }).__et;
      return f[m as string](...(a as unknown[]));
    },
    [method, args] as const,
  ) as Promise<ReturnType<FakeEt[K]>>;
}

const alerts = (page: Page) => page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts);

test("the built scripts are ES2017, and the folder has what WPS loads", () => {
  for (const f of ["index.html", "main.js", "taskpane.html", "taskpane.js", "ribbon.xml", "assets/icon-32.png"])
    expect(fs.existsSync(path.join(WPS_DIR, f))).toBe(true);
  for (const f of ["main.js", "taskpane.js"]) {
    const src = fs.readFileSync(path.join(WPS_DIR, f), "utf8");
    expect(() => parse(src, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
  }
  const ribbon = fs.readFileSync(path.join(WPS_DIR, "ribbon.xml"), "utf8");
  for (const label of ["绩效检查", "检查", "检查面板", "新建表", "清除标记"])
    expect(ribbon).toContain(`label="${label}"`);
  expect(fs.readFileSync(path.join(WPS_DIR, "index.html"), "utf8")).toContain('src="main.js"');
  for (const f of ["publish.xml", "jsplugins.xml", "jsplugins-offline.xml", "oem.ini.example"])
    expect(fs.existsSync(path.join(WPS_DIR, "deploy", f))).toBe(true);
});

test("the pane in WPS: 检查 shows the engine's findings and marks the cells; 清除标记 restores the workbook exactly", async () => {
  const seed = seedWorkbook(true);
  const { page, errors } = await openWps("taskpane.html", seed.data);
  const before = await et(page, "dump");

  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByTestId("results").waitFor();
  const expected = checkWorkbook(seed.snapshot).report;
  const shown = await page
    .getByTestId("finding")
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute("data-sheet")}!${e.getAttribute("data-cell")} ${e.getAttribute("data-rule")}`),
    );
  expect(shown.sort()).toEqual(expected.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort());
  expect(await page.getByTestId("table-group").count()).toBe(3);

  const marked = await et(page, "cell", SEED_SHEET, seed.budgetCell);
  expect(marked.fill?.color).toBe(FILLS.error);
  expect(marked.note).toContain(NOTE_PREFIX);
  expect(marked.note).toContain(USER_NOTE);
  expect(await et(page, "sheetVisibility", STORE_SHEET)).toBe("VeryHidden");
  await screenshot(page, "wps-pane-seed");

  // Selecting a finding selects its cell in the workbook.
  await page.getByTestId("finding").first().click();
  await page.waitForFunction(
    (c) => (window as unknown as { __et: FakeEt }).__et.selection()?.address === c,
    seed.budgetCell,
  );

  // A second check does not stack marks.
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByText(/^检查完成/).waitFor();
  const again = await et(page, "cell", SEED_SHEET, seed.budgetCell);
  expect(again.note?.split(NOTE_PREFIX)).toHaveLength(2);

  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/^已清除 \d+ 个单元格的标记/).waitFor();
  expect(await et(page, "cell", SEED_SHEET, seed.budgetCell)).toMatchObject({
    fill: { color: USER_FILL, pattern: "Solid" },
    note: USER_NOTE,
  });
  expect(await et(page, "dump")).toEqual(before);
  expect(errors).toEqual([]);
  await page.close();
});

test("the ribbon: 检查 reports in a message box and opens 检查结果, 检查面板 and 新建表 open the pane, 清除标记 restores", async () => {
  const seed = seedWorkbook(true);
  const { page, errors } = await openWps("index.html", seed.data);
  const before = await et(page, "dump");
  const act = (id: string) =>
    page.evaluate((i) => (window as unknown as { OnAction: (c: { Id: string }) => boolean }).OnAction({ Id: i }), id);

  expect(await page.evaluate(() => typeof (window as unknown as { OnAddinLoad?: unknown }).OnAddinLoad)).toBe(
    "function",
  );
  expect(
    await page.evaluate(() =>
      (window as unknown as { GetImage: (c: { Id: string }) => string }).GetImage({ Id: "jxCheck" }),
    ),
  ).toBe("assets/icon-32.png");

  await act("jxCheck");
  await page.waitForFunction(() => (window as unknown as { __alerts: string[] }).__alerts.length === 1);
  const report = checkWorkbook(seed.snapshot).report;
  expect((await alerts(page))[0]).toContain(`错误 ${report.summary.errors} 个`);
  await page.waitForFunction(() => (window as unknown as { __et: FakeEt }).__et.activeSheet() === "检查结果");
  expect(await et(page, "selection")).toEqual({ sheet: SUMMARY_SHEET, address: "A1" });

  await act("jxPane");
  await act("jxNew");
  const panes = await et(page, "panes");
  expect(panes.map((p) => new URL(p.url).pathname + new URL(p.url).search)).toEqual([
    "/wps/taskpane.html",
    "/wps/taskpane.html?view=new",
  ]);
  expect(panes.every((p) => p.Visible)).toBe(true);
  // A second click on 检查面板 hides the same pane instead of opening another.
  await act("jxPane");
  expect((await et(page, "panes")).map((p) => p.Visible)).toEqual([false, true]);

  await act("jxClear");
  await page.waitForFunction(() => (window as unknown as { __alerts: string[] }).__alerts.length === 2);
  expect((await alerts(page))[1]).toMatch(/^已清除 \d+ 个单元格的标记/);
  const after = (await et(page, "dump")) as { name: string }[];
  expect(after).toEqual(before);
  expect(errors).toEqual([]);
  await page.close();
});

test("the pane opened outside WPS says where to open it", async () => {
  const { page, errors } = await openWps("taskpane.html", null);
  await page.getByTestId("notice").waitFor();
  expect(await page.getByTestId("notice").textContent()).toBe(`请在 WPS 表格中打开${WPS_MESSAGES.outsideWps}`);
  expect(errors).toEqual([]);
  expect(dist.browser.external).toEqual([]);
  await page.close();
});

test("where WPS's web view cannot run the pane's script, a plain message says what to do", async () => {
  const page = await dist.browser.context.newPage();
  await page.route("**/wps/taskpane.js", (route) => route.abort());
  await page.goto(`${dist.server.url}wps/taskpane.html`);
  await page.locator("#fallback").waitFor();
  await expect(page.locator("#fallback").textContent()).resolves.toContain("离线检查网页");
  expect(await page.locator("#root").isVisible()).toBe(false);
  await page.close();
});
