/**
 * The pane's components in Chromium over a memory host: what the seed cannot show (lights, scores,
 * several tables, settings, new sheets, old Excel). The production page is tested in pane.test.ts.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { DEFAULT_SETTINGS, parseA1, ruleName, type Finding, type Report, type TableSummary } from "../../src/core";
import { COMMENT_NOTICE } from "../../src/excel/host";
import { bundleForBrowser } from "./support/bundle";
import { collectErrors, launch, RESULTS_DIR, screenshot, type Browser } from "./support/browser";
import type { MemoryHostConfig, MemoryHostLog } from "./support/memory-host";
import { serveStatic, type StaticServer } from "./support/server";

function table(over: Partial<TableSummary>): TableSummary {
  return {
    sheet: "绩效目标表",
    kind: "target",
    profile: "hebei",
    projectCode: "13020924P00056410001N",
    projectName: "办公设备购置",
    budget: 0.81,
    indicators: 6,
    range: "A1:G17",
    errors: 0,
    warnings: 0,
    infos: 0,
    ...over,
  };
}

function finding(
  table: number,
  severity: Finding["severity"],
  cell: string,
  message: string,
  sheet: string,
  rule: string,
): Finding {
  const { row, col } = parseA1(cell)!;
  return { rule, severity, sheet, cell, row, col, projectCode: "", messageId: "m", data: {}, message, table };
}

const REPORT: Report = {
  tables: [
    table({ projectName: "购置公务用车", range: "A40:G56", errors: 0, warnings: 0, infos: 1 }),
    table({ errors: 1, warnings: 1, infos: 0 }),
    table({
      sheet: "监控表",
      kind: "monitoring",
      projectName: "各项公务接待活动",
      range: "A1:K20",
      light: "red",
      warnings: 1,
    }),
    table({
      sheet: "自评表",
      kind: "self-evaluation",
      projectName: "办公设备购置",
      range: "A1:J22",
      score: 85.5,
      grade: "良",
    }),
  ],
  findings: [
    finding(0, "info", "E45", "3月底计划支出 10% 低于序时进度 25%。", "绩效目标表", "plan-below-time-progress"),
    finding(1, "warning", "F12", "指标值“提升”没有量化，指标值应细化、量化。", "绩效目标表", "indicator-value-vague"),
    finding(
      1,
      "error",
      "C3",
      "预算数 0.81 不等于各项资金之和 0.80（财政资金 0.80 + 其他资金 0）。",
      "绩效目标表",
      "budget-sum",
    ),
    finding(2, "warning", "H9", "红灯指标须填写偏差原因。", "监控表", "reason-missing"),
  ],
  summary: { sheets: 3, tables: 4, indicators: 24, errors: 1, warnings: 2, infos: 1 },
};

const CONFIG: MemoryHostConfig = {
  supported: true,
  report: REPORT,
  settings: { weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 } },
  tables: [
    {
      sheet: "绩效目标表",
      range: "A1:G17",
      kind: "target",
      projectCode: "13020924P00056410001N",
      projectName: "办公设备购置",
    },
    {
      sheet: "监控表",
      range: "A1:K20",
      kind: "monitoring",
      projectCode: "13020924P000558100016",
      projectName: "各项公务接待活动",
    },
    { sheet: "自评表", range: "A1:J22", kind: "self-evaluation", projectCode: "x", projectName: "自评" },
  ],
};

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-preview-"));
  fs.writeFileSync(path.join(dir, "preview.js"), await bundleForBrowser(path.join(__dirname, "support/preview.tsx")));
  const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const css = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.css"), "utf8");
  // The production page (styles, fallback) with the preview bundle instead of office.js and the pane.
  fs.writeFileSync(
    path.join(dir, "preview.html"),
    html
      .replace(/<%=[^%]*%>/, () => css)
      .replace(/<script src="https:\/\/appsforoffice[^>]*><\/script>/, '<script defer src="preview.js"></script>'),
  );
  server = await serveStatic(dir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(config: MemoryHostConfig, view = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript((c) => {
    (window as unknown as { __previewConfig: unknown }).__previewConfig = c;
  }, config);
  await page.goto(`${server.url}preview.html${view}`);
  return { page, errors };
}

const panel = (page: Page, name: string) => page.getByRole("tabpanel", { name });

const log = (page: Page) => page.evaluate(() => (window as unknown as { __previewLog: MemoryHostLog }).__previewLog);

test("results: tables in workbook order, counts, lights and scores, rule names, filter, click to select", async () => {
  const { page, errors } = await open(CONFIG);
  // Every stage sentence the pane shows while the check runs, in order.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __stagesShown: string[] }).__stagesShown = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="stage"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole("button", { name: "检查", exact: true }).click();
  const groups = page.getByTestId("table-group");
  await groups.first().waitFor();
  expect(await groups.locator("h3").allTextContents()).toEqual([
    "购置公务用车",
    "办公设备购置",
    "各项公务接待活动",
    "办公设备购置",
  ]);
  // Where each table is, said once: the sheet named after the kind is not repeated.
  expect(await groups.getByTestId("table-place").allTextContents()).toEqual([
    "绩效目标表 A40:G56",
    "绩效目标表 A1:G17",
    "运行监控表 · 工作表“监控表” A1:K20",
    "绩效自评表 · 工作表“自评表” A1:J22",
  ]);
  expect(await page.evaluate(() => (window as unknown as { __stagesShown: string[] }).__stagesShown)).toEqual([
    "正在读取工作表…",
    "正在检查…",
    "正在标记单元格…",
  ]);
  // The progress goes once the results are in.
  expect(await page.getByTestId("stage").count()).toBe(0);
  const first = groups.nth(1);
  expect(await first.getByTestId("finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).toEqual([
    "C3",
    "F12",
  ]);
  await expect(first.textContent()).resolves.toContain("错误 1");
  await expect(groups.nth(2).textContent()).resolves.toContain("红灯");
  // The rule by its Chinese name, its id in a tooltip.
  const c3 = first.getByTestId("finding").first();
  await expect(c3.textContent()).resolves.toContain(ruleName("budget-sum"));
  expect(await c3.textContent()).not.toContain("budget-sum");
  await c3.getByText(ruleName("budget-sum")).hover();
  await page.getByRole("tooltip").filter({ hasText: "budget-sum" }).waitFor();
  await page.mouse.move(0, 0);
  await expect(groups.nth(3).textContent()).resolves.toContain("得分 85.5（良）");
  await expect(groups.nth(3).textContent()).resolves.toContain("未发现问题");
  await expect(panel(page, "检查").getByTestId("status").textContent()).resolves.toBe(
    "检查完成：共 4 张表，错误 1 个、警告 2 个、提示 1 个。已标记 4 个单元格，详见“检查结果”工作表。",
  );
  await screenshot(page, "components-results");

  await page.getByRole("button", { name: "警告 2" }).click();
  expect(await page.getByTestId("finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).toEqual([
    "F12",
    "H9",
  ]);
  await expect(page.getByRole("button", { name: "警告 2" }).getAttribute("aria-pressed")).resolves.toBe("true");
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400); // Fluent's colour transition, for the screenshot only
  await screenshot(page, "components-filtered");
  await page.getByRole("button", { name: "全部 4" }).click();

  await page.getByTestId("finding").filter({ hasText: "H9" }).click();
  await page.waitForFunction(() => (window as unknown as { __previewLog: MemoryHostLog }).__previewLog.selected.length);
  expect((await log(page)).selected).toEqual(["监控表!H9"]);
  // The selected finding, and only it, is marked as the current one and drawn apart.
  const current = page.locator('[data-testid="finding"][aria-current="true"]');
  expect(await current.evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).toEqual(["H9"]);
  const background = (cell: string) =>
    page.locator(`[data-testid="finding"][data-cell="${cell}"]`).evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background("H9")).not.toBe(await background("C3"));
  await page.mouse.move(0, 0);
  await screenshot(page, "components-selected");

  // Fits 320 px: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(errors).toEqual([]);
  await page.close();
});

test("a check whose explanations could not all become comments: the host's notice is shown as a warning", async () => {
  // Warnings only, so that without the notice the status would read as a success.
  const report: Report = {
    tables: [REPORT.tables[2]],
    findings: [{ ...REPORT.findings[3], table: 0 }],
    summary: { sheets: 1, tables: 1, indicators: 6, errors: 0, warnings: 1, infos: 0 },
  };
  const counts = "检查完成：共 1 张表，错误 0 个、警告 1 个、提示 0 个。已标记 1 个单元格，详见“检查结果”工作表。";
  for (const [config, text, intent] of [
    [{ ...CONFIG, report }, counts, "success"],
    [{ ...CONFIG, report, notice: COMMENT_NOTICE }, counts + COMMENT_NOTICE, "warning"],
  ] as const) {
    const { page, errors } = await open(config);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const bar = panel(page, "检查").getByTestId("status").locator("[data-intent]");
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toBe(text);
    await expect(bar.getAttribute("data-intent")).resolves.toBe(intent);
    if (intent === "warning") await screenshot(page, "components-notice");
    expect(errors).toEqual([]);
    await page.close();
  }
});

test("keyboard: 检查 and a finding are reachable with Tab and work with Enter", async () => {
  const { page } = await open(CONFIG);
  // The 检查 tab and the 检查 button share a name: tell them apart by role.
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "";
      return el.getAttribute("data-cell") ?? `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el.textContent}`;
    });
  await page.locator("body").click();
  let steps = 0;
  while ((await focused()) !== "button:检查" && steps++ < 10) await page.keyboard.press("Tab");
  expect(await focused()).toBe("button:检查");
  await page.keyboard.press("Enter");
  await page.getByTestId("finding").first().waitFor();
  steps = 0;
  while ((await focused()) !== "C3" && steps++ < 20) await page.keyboard.press("Tab");
  expect(await focused()).toBe("C3");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as unknown as { __previewLog: MemoryHostLog }).__previewLog.selected.length);
  expect((await log(page)).selected).toEqual(["绩效目标表!C3"]);
  await page.close();
});

test("while a check runs: a progress bar and the stage in words, 检查 and 清除标记 disabled", async () => {
  const { page, errors } = await open({ ...CONFIG, stageMs: 400 });
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="stage"]')?.textContent === "正在检查…", null, {
    polling: 20,
  });
  const bar = page.getByRole("progressbar");
  await expect(bar.getAttribute("aria-valuenow")).resolves.toBe("0.4");
  await expect(page.getByRole("button", { name: "检查", exact: true }).isDisabled()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: "清除标记" }).isDisabled()).resolves.toBe(true);
  await screenshot(page, "components-progress");
  await page.getByTestId("results").waitFor();
  expect(await bar.count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test("清除标记 empties the results and says how many cells were restored", async () => {
  const { page } = await open(CONFIG);
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByTestId("results").waitFor();
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText("已清除 4 个单元格的标记").waitFor();
  expect(await page.getByTestId("results").count()).toBe(0);
  expect((await log(page)).cleared).toBe(1);
  await page.close();
});

test("settings: loads the workbook's settings, rejects bad input in Chinese, saves only what differs", async () => {
  const { page, errors } = await open(CONFIG, "?view=settings");
  const weight = page.getByTestId("setting-wExecution");
  await expect(weight.inputValue()).resolves.toBe("20");
  // The form judges its fields itself, in Chinese: the browser's own (English) bubbles are off.
  const form = page.getByRole("form", { name: "检查设置" });
  expect(await form.evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);
  await weight.fill("二十");
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByText("请输入数字").waitFor();
  await expect(weight.getAttribute("aria-invalid")).resolves.toBe("true");
  expect(await form.evaluate((f: HTMLFormElement) => f.querySelectorAll(":invalid").length)).toBe(0);
  expect((await log(page)).saved).toEqual([]);
  await weight.fill("30");
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByText("四项分值之和应为 100，现为 110").waitFor();
  expect((await log(page)).saved).toEqual([]);
  await screenshot(page, "components-settings-error");

  await weight.fill("10");
  await page.getByTestId("setting-wOutput").fill("50");
  await page.getByRole("checkbox", { name: "满意度指标" }).uncheck();
  await page.getByRole("checkbox", { name: "要求填写超目标说明" }).uncheck();
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByText("设置已保存到本工作簿").waitFor();
  const saved = (await log(page)).saved;
  expect(saved).toHaveLength(1);
  expect(saved[0]).toEqual({
    requiredLevel1: DEFAULT_SETTINGS.requiredLevel1.filter((c) => c !== "satisfaction"),
    overTargetNotePercent: null,
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await screenshot(page, "components-settings");
  // Once the form changes, "saved" is no longer true: the notice goes.
  await page.getByTestId("setting-tp3").fill("30");
  await page.getByText("设置已保存到本工作簿").waitFor({ state: "detached" });

  // The rules by their Chinese names, each with its own severity select.
  await page.getByRole("button", { name: /调整某项检查的严重程度/ }).click();
  const budgetSum = page.getByRole("combobox", { name: ruleName("budget-sum") });
  await budgetSum.selectOption("off");
  await expect(page.getByRole("button", { name: /已调整 1 项/ }).count()).resolves.toBe(1);
  await budgetSum.scrollIntoViewIfNeeded();
  await screenshot(page, "components-settings-rules");
  expect(errors).toEqual([]);
  await page.close();
});

/** Whether the element is on screen and not covered: what a user can see and click. */
async function inView(page: Page, name: string): Promise<boolean> {
  return page.getByRole("button", { name, exact: true }).evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight || r.width === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && el.contains(hit);
  });
}

test("检查 / 清除标记 stay in view while a long result list scrolls", async () => {
  const n = 40;
  const report: Report = {
    tables: [table({ warnings: n })],
    findings: Array.from({ length: n }, (_, i) =>
      finding(0, "warning", `F${10 + i}`, `第 ${i + 1} 个指标值没有量化。`, "绩效目标表", "indicator-value-vague"),
    ),
    summary: { sheets: 1, tables: 1, indicators: n, errors: 0, warnings: n, infos: 0 },
  };
  const { page, errors } = await open({ ...CONFIG, report });
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  await screenshot(page, "components-start");
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByTestId("finding").last().scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
  expect(await inView(page, "检查")).toBe(true);
  expect(await inView(page, "清除标记")).toBe(true);
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByTestId("stage").waitFor({ state: "detached" });
  await page.screenshot({ path: path.join(RESULTS_DIR, "components-scrolled.png") });
  expect(errors).toEqual([]);
  await page.close();
});

test("保存 stays in view while the settings form scrolls", async () => {
  const { page } = await open(CONFIG, "?view=settings");
  await page.getByRole("button", { name: "保存" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(1200);
  for (const y of [0, 600, 100000]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    expect(await inView(page, "保存")).toBe(true);
    expect(await inView(page, "恢复默认")).toBe(true);
  }
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.screenshot({ path: path.join(RESULTS_DIR, "components-settings-scrolled.png") });
  await page.close();
});

test("新建表: lists the source tables, creates a sheet, shows the host's error", async () => {
  const { page } = await open(CONFIG, "?view=new");
  await page.getByRole("button", { name: "由“办公设备购置”生成运行监控表" }).click();
  await page.getByRole("list", { name: "可作为来源的表" }).waitFor();
  await page.getByText("已新建工作表“办公设备购置-monitoring”（运行监控表）。").waitFor();
  // A self-evaluation table is no source; a monitoring table only feeds a self-evaluation.
  expect(await page.getByRole("button", { name: /^由“自评”/ }).count()).toBe(0);
  expect(await page.getByRole("button", { name: /^由“各项公务接待活动”/ }).count()).toBe(1);
  await screenshot(page, "components-new");
  await page.close();

  // What the Excel host says when another add-in or user took the new sheet's name meanwhile.
  const taken = "已有名为“绩效目标表 (2)”的工作表：请再试一次。";
  const failing = await open({ ...CONFIG, createError: taken }, "?view=new");
  await failing.page.getByRole("button", { name: "绩效目标表" }).click();
  const bar = panel(failing.page, "新建表").getByTestId("status").locator("[data-intent]");
  await bar.waitFor();
  await expect(bar.textContent()).resolves.toBe(taken);
  await expect(bar.getAttribute("data-intent")).resolves.toBe("error");
  await failing.page.close();

  // The list cannot be read again after the create: both are said, the create's outcome first.
  const busy = "Excel 正忙（可能正在编辑单元格）：请按 Enter 或 Esc 结束编辑后再试。";
  for (const createError of [taken, undefined]) {
    const both = await open({ ...CONFIG, createError, listError: { from: 2, message: busy } }, "?view=new");
    await both.page.getByRole("list", { name: "可作为来源的表" }).waitFor();
    await both.page.getByRole("button", { name: "绩效目标表" }).click();
    const status = panel(both.page, "新建表").getByTestId("status").locator("[data-intent]");
    await both.page.getByText("列表未能刷新").waitFor();
    const text = await status.textContent();
    expect(text).toContain(createError ?? "已新建工作表“新表-target”（绩效目标表）。");
    expect(text).toContain(`另外，列表未能刷新：${busy}`);
    // A sheet that was made is no failure: only the list is out of date.
    await expect(status.getAttribute("data-intent")).resolves.toBe(createError ? "error" : "warning");
    // The list says it could not be read, not that the workbook has no source table.
    await both.page.getByText("未能读取本工作簿中的表。请点“刷新列表”再试。").waitFor();
    expect(await both.page.getByText("未找到可作为来源的").count()).toBe(0);
    if (createError) await screenshot(both.page, "components-new-both-failed");
    await both.page.close();
  }

  // A failure of no known kind is named once: not "列表未能刷新：读取表格未完成：…".
  {
    const odd = "GeneralException";
    const both = await open({ ...CONFIG, listError: { from: 2, message: odd, plain: true } }, "?view=new");
    await both.page.getByRole("list", { name: "可作为来源的表" }).waitFor();
    await both.page.getByRole("button", { name: "绩效目标表" }).click();
    const status = panel(both.page, "新建表").getByTestId("status").locator("[data-intent]");
    await both.page.getByText("列表未能刷新").waitFor();
    await expect(status.textContent()).resolves.toBe(
      `已新建工作表“新表-target”（绩效目标表）。另外，列表未能刷新：${odd}`,
    );
    await both.page.close();
  }

  // The first read fails; 刷新列表, as the page asks, works: the list shows and the error goes.
  {
    const once = await open({ ...CONFIG, listError: { from: 1, to: 1, message: busy } }, "?view=new");
    const status = panel(once.page, "新建表").getByTestId("status").locator("[data-intent]");
    await once.page.getByText("未能读取本工作簿中的表。请点“刷新列表”再试。").waitFor();
    await expect(status.textContent()).resolves.toBe(busy);
    await once.page.getByRole("button", { name: "刷新列表" }).click();
    await once.page.getByRole("list", { name: "可作为来源的表" }).waitFor();
    await status.waitFor({ state: "detached" });
    await once.page.close();
  }
});

test("新建表 reads the workbook when first shown, after a create or a failed one, and on 刷新列表 only", async () => {
  const listed = (page: Page, n: number) =>
    page.waitForFunction((m) => (window as unknown as { __previewLog: MemoryHostLog }).__previewLog.listed >= m, n);
  const { page, errors } = await open(CONFIG);
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  expect((await log(page)).listed).toBe(0);

  await page.getByRole("tab", { name: "新建表" }).click();
  await page.getByRole("list", { name: "可作为来源的表" }).waitFor();
  expect((await log(page)).listed).toBe(1);

  // Back and forth between tabs: no new read. The refresh that follows is the only one.
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("tab", { name: "新建表" }).click();
  await page.getByRole("button", { name: "刷新列表" }).click();
  await listed(page, 2);
  expect((await log(page)).listed).toBe(2);

  await page.getByRole("button", { name: "由“办公设备购置”生成运行监控表" }).click();
  await page.getByText("已新建工作表“办公设备购置-monitoring”（运行监控表）。").waitFor();
  await listed(page, 3);
  expect((await log(page)).listed).toBe(3);
  expect(errors).toEqual([]);
  await page.close();

  const failing = await open({ ...CONFIG, createError: "已有名为“绩效目标表 (2)”的工作表：请再试一次。" }, "?view=new");
  await failing.page.getByRole("list", { name: "可作为来源的表" }).waitFor();
  await failing.page.getByRole("button", { name: "绩效目标表" }).click();
  await failing.page.getByText("已有名为“绩效目标表 (2)”的工作表").waitFor();
  await listed(failing.page, 2);
  expect((await log(failing.page)).listed).toBe(2);
  await failing.page.close();
});

test("old Excel: the pane shows the host's Chinese message and nothing else", async () => {
  const message = "此 Excel 版本过旧，无法运行加载项。请使用命令行工具 jixiao-check 检查 .xlsx 文件。";
  const { page } = await open({ ...CONFIG, supported: false, message });
  await page.getByText(message).waitFor();
  expect(await page.getByRole("button").count()).toBe(0);
  await screenshot(page, "components-unsupported");
  await page.close();
});
