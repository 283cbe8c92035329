/**
 * The ribbon's 检查 (ExecuteFunction): dist/commands.html with the real host over the fake Excel.
 * The outcome goes to a dialog (dist/dialog.html); where no dialog opens, to the 检查结果 sheet.
 */
import type { Page } from "playwright-core";
import { FILLS, SUMMARY_SHEET } from "../../src/core";
import { MESSAGES } from "../../src/excel/capabilities";
import type { FakeOffice } from "../support/fake-excel";
import { useDist } from "./support/dist";
import { collectErrors, screenshot } from "./support/browser";
import { useFakeOffice } from "./support/fake-office";
import type { FakeDialogLog } from "./support/fake-office-entry";
import { SEED_SHEET, seedWorkbook } from "./support/seed";

const dist = useDist("commands.html");

interface Win {
  __fake: FakeOffice;
  __dialog?: FakeDialogLog;
  __fakeOfficeActions: Record<string, (event: { completed(): void }) => void>;
  __completed?: number;
}

async function openCommands(options: { apiVersion?: string; dialog?: boolean } = {}) {
  const seed = seedWorkbook(true);
  const page = await dist.browser.context.newPage();
  const errors = collectErrors(page);
  await useFakeOffice(page, seed.data, options);
  await page.goto(`${dist.server.url}commands.html`);
  await page.waitForFunction(() => typeof (window as unknown as Win).__fakeOfficeActions?.runCheck === "function");
  return { page, errors, seed };
}

/** Clicks the ribbon button: Office calls the associated function with an event to complete. */
async function clickRibbonCheck(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.__completed = 0;
    w.__fakeOfficeActions.runCheck({
      completed() {
        w.__completed = (w.__completed ?? 0) + 1;
      },
    });
  });
}

const completed = (page: Page) => page.evaluate(() => (window as unknown as Win).__completed ?? 0);

test("without a dialog API: the check runs, marks the cell and opens the 检查结果 sheet", async () => {
  const { page, errors, seed } = await openCommands();
  await clickRibbonCheck(page);
  await page.waitForFunction(() => (window as unknown as Win).__completed === 1);
  const state = await page.evaluate(
    ([sheet, cell]) => {
      const f = (window as unknown as Win).__fake;
      return { sheets: f.sheetNames(), active: f.activeSheet(), cell: f.cell(sheet, cell) };
    },
    [SEED_SHEET, seed.budgetCell] as const,
  );
  expect(state.sheets).toContain(SUMMARY_SHEET);
  expect(state.active).toBe(SUMMARY_SHEET);
  expect(state.cell.fill?.color.toUpperCase()).toBe(FILLS.error.toUpperCase());
  expect(errors).toEqual([]);
  await page.close();
});

test("with the dialog API: the outcome is shown, and 查看检查结果 opens the summary sheet", async () => {
  const { page } = await openCommands({ dialog: true });
  await clickRibbonCheck(page);
  await page.waitForFunction(() => ((window as unknown as Win).__dialog?.urls.length ?? 0) > 0);
  const url = new URL(await page.evaluate(() => (window as unknown as Win).__dialog!.urls[0]));
  expect(url.pathname).toBe("/dialog.html");
  expect(url.searchParams.get("t")).toBe("ok");
  expect(url.searchParams.get("m")).toMatch(/^检查完成：共 3 张表，错误 1 个/);
  expect(url.searchParams.get("summary")).toBe("1");
  // The command stays open while its dialog does: completed() only once the user answers.
  expect(await completed(page)).toBe(0);
  await page.evaluate(() => (window as unknown as Win).__dialog!.send("summary"));
  await page.waitForFunction(() => (window as unknown as Win).__completed === 1);
  expect(await page.evaluate(() => (window as unknown as Win).__fake.activeSheet())).toBe(SUMMARY_SHEET);
  expect(await page.evaluate(() => (window as unknown as Win).__dialog!.closed)).toBe(1);

  // The dialog page itself, as Office would open it.
  const dialog = await dist.browser.context.newPage();
  await dialog.addInitScript(() => {
    const sent: string[] = [];
    (window as unknown as { __sent: string[] }).__sent = sent;
    // office.js' messageParent, recorded.
    Object.defineProperty(window, "Office", {
      configurable: true,
      get: () => ({
        context: { ui: { messageParent: (m: string) => sent.push(m) } },
        onReady: () => Promise.resolve({}),
      }),
      set: () => {
        /* office.js may load too: keep the recording stub */
      },
    });
  });
  await dialog.setViewportSize({ width: 480, height: 320 });
  await dialog.goto(url.href.replace(url.origin + "/", dist.server.url));
  await expect(dialog.locator("#title").textContent()).resolves.toBe("检查完成");
  await expect(dialog.locator("#message").textContent()).resolves.toBe(
    url.searchParams.get("m")!.replace("检查完成：", ""),
  );
  await screenshot(dialog, "command-dialog");
  await dialog.keyboard.press("Enter"); // focus starts on 查看检查结果
  await dialog.getByRole("button", { name: "关闭" }).click();
  expect(await dialog.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(["summary", "close"]);
  await dialog.close();
  await page.close();
});

test("closing the dialog with its X completes the command without switching sheets", async () => {
  const { page } = await openCommands({ dialog: true });
  await clickRibbonCheck(page);
  await page.waitForFunction(() => ((window as unknown as Win).__dialog?.urls.length ?? 0) > 0);
  await page.evaluate(() => (window as unknown as Win).__dialog!.dismiss());
  await page.waitForFunction(() => (window as unknown as Win).__completed === 1);
  expect(await page.evaluate(() => (window as unknown as Win).__fake.activeSheet())).not.toBe(SUMMARY_SHEET);
  await page.close();
});

test("Excel too old: the ribbon command says so and writes nothing", async () => {
  const { page } = await openCommands({ apiVersion: "1.8", dialog: true });
  await clickRibbonCheck(page);
  await page.waitForFunction(() => ((window as unknown as Win).__dialog?.urls.length ?? 0) > 0);
  const url = new URL(await page.evaluate(() => (window as unknown as Win).__dialog!.urls[0]));
  expect(url.searchParams.get("t")).toBe("error");
  expect(url.searchParams.get("m")).toBe(MESSAGES.tooOld);
  expect(url.searchParams.get("summary")).toBeNull();
  await page.evaluate(() => (window as unknown as Win).__dialog!.send("close"));
  await page.waitForFunction(() => (window as unknown as Win).__completed === 1);
  expect(await page.evaluate(() => (window as unknown as Win).__fake.sheetNames())).not.toContain(SUMMARY_SHEET);

  const dialog = await dist.browser.context.newPage();
  await dialog.route(/appsforoffice/, (r) => r.fulfill({ body: "", contentType: "text/javascript" }));
  await dialog.setViewportSize({ width: 480, height: 320 });
  await dialog.goto(url.href.replace(url.origin + "/", dist.server.url));
  await expect(dialog.locator("#title").textContent()).resolves.toBe("检查未完成");
  expect(await dialog.getByRole("button", { name: "查看检查结果" }).count()).toBe(0);
  await screenshot(dialog, "command-dialog-error");
  await dialog.close();
  await page.close();
});
