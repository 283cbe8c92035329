/**
 * The offline page as built (npm run build:web -> dist/web/index.html, one file) opened from file://
 * in Chromium: pick the seed workbook, see the engine's findings, download the marked copy and read
 * it back; a batch with a file that is not a workbook gives a summary workbook; and nothing but the
 * page itself is ever requested.
 */
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Page } from "playwright-core";
import { checkWorkbook, FILLS, NOTE_PREFIX, SUMMARY_SHEET, toA1 } from "../../src/core";
import { snapshotOf } from "../../src/xlsx/read";
import { SUMMARY_SHEETS } from "../../src/web/summary";
import { buildSeedSheet, cloneProject, SEED_PROJECTS } from "../fixtures/seed";
import { loadBuffer, minimalDocx, seedWorkbook, toBuffer } from "../fixtures/xlsx";
import { collectErrors, launch, screenshot, type Browser } from "./support/browser";

const PAGE = path.resolve(__dirname, "../../dist/web/index.html");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(PAGE)) throw new Error("dist/web/index.html is missing: run npm run build:web first");
  browser = await launch();
});
afterAll(() => browser?.close());

/** The seed with 财政资金 0.80 against a 预算数 of 0.81: an error at the first table's 预算数. */
async function brokenSeed() {
  const projects = [...SEED_PROJECTS];
  const p = cloneProject(0);
  p.fiscal = 0.8;
  projects[0] = p;
  const buffer = await toBuffer(seedWorkbook("绩效目标表", projects));
  const t = buildSeedSheet("绩效目标表", projects).tables[0];
  return { buffer, budgetCell: toA1(t.budgetRow, t.left + 2) };
}

async function openPage() {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(pathToFileURL(PAGE).href);
  await page.getByRole("button", { name: "选择文件" }).waitFor();
  // From here on the page must ask for nothing: every request after loading is recorded.
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  return { page, errors, requests };
}

async function downloadBytes(page: Page, testId: string, index = 0): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).nth(index).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

const shown = (page: Page) =>
  page
    .getByTestId("finding")
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute("data-sheet")}!${e.getAttribute("data-cell")} ${e.getAttribute("data-rule")}`),
    );

test("from file://: the seed's findings, grouped by table; the marked copy read back has the marks", async () => {
  const seed = await brokenSeed();
  const expected = checkWorkbook(snapshotOf(await loadBuffer(seed.buffer))).report;
  const { page, errors, requests } = await openPage();

  await page.getByTestId("pick").setInputFiles({ name: "预算绩效.xlsx", mimeType: XLSX, buffer: seed.buffer });
  await page.getByTestId("results").waitFor();
  expect(await page.getByTestId("table-group").count()).toBe(3);
  expect((await shown(page)).sort()).toEqual(expected.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort());
  expect(await page.getByTestId("file-result").textContent()).toContain(`错误 ${expected.summary.errors} 个`);
  // No workbook is open on the page: a finding is text, not a button that promises 定位.
  expect(await page.getByTestId("finding").evaluateAll((els) => els.filter((e) => e.tagName === "BUTTON").length)).toBe(
    0,
  );
  await screenshot(page, "web-seed");

  const copy = await downloadBytes(page, "download-copy");
  expect(copy.name).toBe("预算绩效.checked.xlsx");
  const marked = await loadBuffer(copy.bytes);
  const { fill, note } = marked.getWorksheet("绩效目标表")!.getCell(seed.budgetCell);
  expect((fill as { fgColor?: { argb?: string } }).fgColor?.argb?.slice(-6)).toBe(FILLS.error.slice(1));
  expect(JSON.stringify(note)).toContain(NOTE_PREFIX);
  expect(marked.getWorksheet(SUMMARY_SHEET)).toBeDefined();

  expect(requests.filter((u) => !/^(blob|data):/.test(u))).toEqual([]);
  expect(browser.external).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("a batch: each file checked in turn, a file that is not a workbook named, and a summary workbook", async () => {
  const seed = await brokenSeed();
  const clean = await toBuffer(seedWorkbook());
  const { page, errors, requests } = await openPage();
  // The progress line, each time it changes (it may come and go between two polls of the test).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __progress: string[] }).__progress = []);
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid="progress"]')?.textContent;
      const bar = document.querySelector('[role="progressbar"]');
      const line = t && bar ? `${bar.getAttribute("aria-valuenow")}/${t}` : null;
      if (line && seen[seen.length - 1] !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await page.getByTestId("pick").setInputFiles([
    { name: "甲单位.xlsx", mimeType: XLSX, buffer: seed.buffer },
    { name: "说明.docx", mimeType: XLSX, buffer: minimalDocx() },
    { name: "乙单位.xlsx", mimeType: XLSX, buffer: clean },
  ]);
  await page.getByText("共 3 个文件，2 个已检查，1 个无法检查。").waitFor();
  expect(await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)).toEqual([
    "0/正在检查第 1 个，共 3 个：甲单位.xlsx",
    "1/正在检查第 2 个，共 3 个：说明.docx",
    "2/正在检查第 3 个，共 3 个：乙单位.xlsx",
  ]);
  expect(await page.getByRole("progressbar").count()).toBe(0);
  const results = page.getByTestId("file-result");
  expect(await results.count()).toBe(3);
  const refusal = await results.nth(1).getByRole("alert").textContent();
  expect(refusal).toMatch(/^无法检查：/);
  expect(refusal).toContain("Word 文档");
  expect(await page.getByTestId("download-copy").count()).toBe(2);

  const summary = await downloadBytes(page, "download-summary");
  expect(summary.name).toBe("绩效表检查汇总.xlsx");
  const book = await loadBuffer(summary.bytes);
  expect(book.worksheets.map((w) => w.name)).toEqual([...SUMMARY_SHEETS]);
  const rows = (name: string) => {
    const out: unknown[][] = [];
    book.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
    return out;
  };
  const tables = rows("汇总");
  expect(tables[0]).toEqual(["文件", "工作表", "表类型", "项目编码", "项目名称", "错误", "警告", "提示", "结果"]);
  expect(tables.filter((r) => r[0] === "甲单位.xlsx")).toHaveLength(3);
  expect(tables.filter((r) => r[0] === "乙单位.xlsx")).toHaveLength(3);
  expect(tables.find((r) => r[0] === "说明.docx")?.[8]).toBe(refusal);
  const expectedA = checkWorkbook(snapshotOf(await loadBuffer(seed.buffer))).report;
  const expectedB = checkWorkbook(snapshotOf(await loadBuffer(clean))).report;
  expect(rows("问题清单")).toHaveLength(1 + expectedA.findings.length + expectedB.findings.length);
  expect(rows("问题清单").filter((r) => r[1] === "错误")).toHaveLength(
    expectedA.summary.errors + expectedB.summary.errors,
  );

  expect(requests.filter((u) => !/^(blob|data):/.test(u))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("a file dropped on the page is checked like a picked one", async () => {
  const clean = await toBuffer(seedWorkbook());
  const expected = checkWorkbook(snapshotOf(await loadBuffer(clean))).report;
  const { page, errors, requests } = await openPage();
  const dataTransfer = await page.evaluateHandle(
    ([b64, name]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      return dt;
    },
    [clean.toString("base64"), "丙单位.xlsx"] as const,
  );
  await page.getByTestId("drop").dispatchEvent("dragover", { dataTransfer });
  await page.getByTestId("drop").dispatchEvent("drop", { dataTransfer });
  await page.getByTestId("results").waitFor();
  expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("丙单位.xlsx");
  expect((await shown(page)).length).toBe(expected.findings.length);
  expect(requests.filter((u) => !/^(blob|data):/.test(u))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
