import type { CheckOutcome, ExcelHost } from "../../src/excel/host-types";
import { HostError } from "../../src/excel/host-types";
import type { Report } from "../../src/core";
import { checkForCommand, dialogUrl } from "../../src/commands/outcome";
import { MESSAGES } from "../../src/excel/capabilities";
import { COMMENT_NOTICE, createExcelHost } from "../../src/excel/host";
import { installFakeOffice } from "../support/fake-excel";

const g = globalThis as unknown as Record<string, unknown>;

function outcome(tables: number, errors: number, warnings: number, infos: number, marked: number): CheckOutcome {
  const report: Report = {
    tables: [],
    findings: [],
    summary: { sheets: 1, tables, indicators: 18, errors, warnings, infos },
  };
  return { report, marked, written: 0 };
}

function host(check: () => Promise<CheckOutcome>): ExcelHost {
  const unused = () => Promise.reject(new Error("not used"));
  return {
    capabilities: () => ({ supported: true, annotations: "notes" }),
    check,
    clearMarks: unused,
    select: unused,
    loadSettings: () => ({}),
    saveSettings: unused,
    listTables: unused,
    createSheet: unused,
  };
}

describe("the ribbon command's outcome", () => {
  test("a finished check with findings names the counts and the 检查结果 sheet", async () => {
    const o = await checkForCommand(host(async () => outcome(3, 2, 1, 0, 3)));
    expect(o).toEqual({
      ok: true,
      hasSummary: true,
      text: "检查完成：共 3 张表，错误 2 个、警告 1 个、提示 0 个。已标记 3 个单元格，详见“检查结果”工作表。",
    });
  });

  test("a clean workbook and a workbook without tables say so", async () => {
    expect((await checkForCommand(host(async () => outcome(3, 0, 0, 0, 0)))).text).toBe(
      "检查完成：共 3 张表，未发现问题。",
    );
    const none = await checkForCommand(host(async () => outcome(0, 0, 0, 0, 0)));
    expect(none.hasSummary).toBe(false);
    expect(none.text).toMatch(/^未找到/);
  });

  test("the host's notice follows the counts, in the ribbon's message as in the pane's", async () => {
    const o = await checkForCommand(host(async () => ({ ...outcome(1, 0, 2, 0, 2), notice: COMMENT_NOTICE })));
    expect(o).toEqual({
      ok: true,
      hasSummary: true,
      text: `检查完成：共 1 张表，错误 0 个、警告 2 个、提示 0 个。已标记 2 个单元格，详见“检查结果”工作表。${COMMENT_NOTICE}`,
    });
  });

  test("old Excel: the host's refusal is the message, with no 检查结果 to open", async () => {
    // The real host on an Excel below the minimum API set: it refuses before reading anything.
    const fake = installFakeOffice(g, { sheets: [{ name: "表1" }] }, { apiVersion: "1.12" });
    try {
      const o = await checkForCommand(createExcelHost());
      expect(o).toEqual({ ok: false, text: MESSAGES.tooOld, hasSummary: false });
      expect(fake.syncs).toBe(0);
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });

  test("a host error is shown as it is; anything else is prefixed", async () => {
    const protectedSheet = await checkForCommand(
      host(() => Promise.reject(new HostError("工作表“表1”受保护，请撤销保护后再检查。"))),
    );
    expect(protectedSheet).toEqual({ ok: false, text: "工作表“表1”受保护，请撤销保护后再检查。", hasSummary: false });
    const other = await checkForCommand(host(() => Promise.reject(new Error("RichApi.Error"))));
    expect(other.text).toBe("检查未完成：RichApi.Error");
  });

  test("the dialog URL sits next to the function file and carries the message", () => {
    const url = new URL(
      dialogUrl(
        { ok: true, text: "检查完成：共 1 张表", hasSummary: true },
        "https://a.example/x/commands.html?_host=1",
      ),
    );
    expect(url.origin + url.pathname).toBe("https://a.example/x/dialog.html");
    expect(url.searchParams.get("m")).toBe("检查完成：共 1 张表");
    expect(url.searchParams.get("t")).toBe("ok");
    expect(url.searchParams.get("summary")).toBe("1");
  });
});
