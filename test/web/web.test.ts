import { checkWorkbook, FILLS, SUMMARY_SHEET } from "../../src/core";
import { checkBytes, PackageError } from "../../src/web/engine";
import { copyName } from "../../src/web/App";
import { summaryRows, summaryWorkbook, SUMMARY_SHEETS } from "../../src/web/summary";
import { snapshotOf } from "../../src/xlsx/read";
import { loadBuffer, makeZip, minimalDocx, ole2Bytes, seedWorkbookBuffer } from "../fixtures/xlsx";

describe("the page's engine seam", () => {
  it("checks bytes as the command line does and returns a marked copy", async () => {
    const bytes = await seedWorkbookBuffer();
    const expected = checkWorkbook(snapshotOf(await loadBuffer(bytes))).report;
    const r = await checkBytes(new Uint8Array(bytes), { name: "seed.xlsx", now: new Date(2026, 10, 23, 10, 30) });
    expect(r.result.report).toEqual(expected);
    expect(r.outputExtension).toBe("xlsx");
    const copy = await loadBuffer(Buffer.from(r.copy!));
    expect(copy.getWorksheet(SUMMARY_SHEET)!.getCell("B1").value).toBe("seed.xlsx  2026-11-23 10:30");
    const info = expected.findings.find((f) => f.severity === "info")!;
    const { fill } = copy.getWorksheet(info.sheet)!.getCell(info.cell);
    expect((fill as { fgColor?: { argb?: string } }).fgColor?.argb?.slice(-6)).toBe(FILLS.info.slice(1));
    expect((await checkBytes(new Uint8Array(bytes), { name: "seed.xlsx", copy: false })).copy).toBeNull();
  });

  // Worded by the engine behind the seam; what each must say is asserted, not the exact sentence.
  it.each([
    ["empty", new Uint8Array(0), ["空"]],
    ["an encrypted or .xls file", new Uint8Array(ole2Bytes()), ["密码", ".xls"]],
    ["a Word document", new Uint8Array(minimalDocx()), ["Word 文档", ".xlsx"]],
    ["text", new Uint8Array(Buffer.from("项目名称,预算数\n")), ["不是", ".xlsx"]],
    ["a broken workbook", new Uint8Array(makeZip({ "xl/workbook.xml": "<workbook" })), ["损坏"]],
  ])("refuses %s with one Chinese sentence", async (_what, bytes, words) => {
    const error = await checkBytes(bytes, { name: "x.xlsx" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    for (const w of words) expect((error as Error).message).toContain(w);
  });

  it("names the marked copy as the command line does", () => {
    expect(copyName("预算.xlsx", "xlsx")).toBe("预算.checked.xlsx");
    expect(copyName("a.b.xlsm", "xlsm")).toBe("a.b.checked.xlsm");
    expect(copyName("无扩展名", "xlsx")).toBe("无扩展名.checked.xlsx");
  });
});

describe("the batch summary workbook", () => {
  it("reads back in exceljs with a row per table, a row per unreadable file, and every finding", async () => {
    const bytes = await seedWorkbookBuffer();
    const { report } = (await checkBytes(new Uint8Array(bytes), { name: "甲.xlsx", copy: false })).result;
    const files = [
      { name: "甲.xlsx", report },
      { name: "坏<&>.xlsx", error: "文件已损坏\u0001" },
    ];
    const book = await loadBuffer(Buffer.from(summaryWorkbook(files)));
    expect(book.worksheets.map((w) => w.name)).toEqual([...SUMMARY_SHEETS]);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const want = summaryRows(files).tables.slice(0, 1 + report.tables.length);
    expect(rows("汇总").slice(0, want.length)).toEqual(want.map((r) => r.map((v) => (v === "" ? undefined : v))));
    expect(rows("汇总")[report.tables.length + 1]).toEqual([
      "坏<&>.xlsx",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "无法检查：文件已损坏",
    ]);
    expect(rows("问题清单")).toHaveLength(1 + report.findings.length);
    expect(book.getWorksheet("汇总")!.getCell("A1").font?.bold).toBe(true);
  });
});
