import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../../src/core";
import { Grid } from "../../src/core/grid";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx";
import { buildSeedSheet, SEED_PROJECTS } from "../fixtures/seed";
import { makeZip, minimalDocx, ole2Bytes, seedWorkbookBuffer, toBuffer } from "../fixtures/xlsx";

async function readBack(workbook: ExcelJS.Workbook) {
  return (await readWorkbook(await toBuffer(workbook), "t.xlsx")).snapshot;
}

describe("reading the seed workbook", () => {
  const { builder, tables } = buildSeedSheet();
  let sheet: SheetSnapshot;
  let grid: Grid;

  beforeAll(async () => {
    const { snapshot } = await readWorkbook(await seedWorkbookBuffer(), "seed.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["绩效目标表"]);
    sheet = snapshot.sheets[0];
    grid = new Grid(sheet);
  });

  it("reads every cell the builder wrote with its value, display text and format", () => {
    const expected = new Grid(builder.toSnapshot());
    let compared = 0;
    for (let r = 0; r < expected.rowCount; r++) {
      for (let c = 0; c < expected.colCount; c++) {
        expect([r, c, grid.value(r, c)]).toEqual([r, c, expected.value(r, c)]);
        expect([r, c, grid.text(r, c)]).toEqual([r, c, expected.text(r, c)]);
        expect([r, c, grid.format(r, c)]).toEqual([r, c, expected.format(r, c)]);
        compared++;
      }
    }
    expect(compared).toBe(builder.rowCount * 7);
  });

  it("shows the budgets as the table does: 0.81, 100.80, 18.00", () => {
    const shown = tables.map((t) => [grid.value(t.budgetRow, 2), grid.text(t.budgetRow, 2), grid.text(t.budgetRow, 4)]);
    expect(shown).toEqual([
      [0.81, "0.81", "0.81"],
      [100.8, "100.80", "100.80"],
      [18, "18.00", "18.00"],
    ]);
    expect(SEED_PROJECTS.map((p) => p.budget)).toEqual([0.81, 100.8, 18]);
  });

  it("reads the spending plan as percent-formatted numbers: 25% 50% 75% 100%", () => {
    for (const t of tables) {
      const row = t.planRow + 1;
      expect([1, 3, 4, 5].map((c) => grid.text(row, c))).toEqual(["25%", "50%", "75%", "100%"]);
      expect([1, 3, 4, 5].map((c) => grid.value(row, c))).toEqual([0.25, 0.5, 0.75, 1]);
      expect(grid.format(row, 1)).toBe("0%");
    }
  });

  it("keeps every merge, and leaves the cells a merge covers blank", () => {
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    expect((sheet.merges ?? []).map(key).sort()).toEqual(builder.merges.map(key).sort());
    const unit = tables[0].top + 1;
    expect(grid.value(unit, 0)).toBe("442001曹妃甸区政务接待中心本级");
    expect(grid.value(unit, 3)).toBeNull();
    expect(grid.anchor(unit, 3)).toEqual({ row: unit, col: 0 });
  });

  it("reads 18 indicator rows with their 指标值", () => {
    const targets = tables.flatMap((t) => {
      const out: string[] = [];
      for (let r = t.firstIndicatorRow; r <= t.bottom; r++) out.push(grid.text(r, 5));
      return out;
    });
    expect(targets).toHaveLength(18);
    expect(targets).toEqual(SEED_PROJECTS.flatMap((p) => p.indicators.map((i) => i.target)));
  });
});

describe("reading cell types", () => {
  it("turns dates, formulas, rich text, hyperlinks, errors and booleans into plain values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("类型");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("A2").value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell("A2").numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell("B1").value = { formula: "1+2", result: 3 };
    ws.getCell("B1").numFmt = "0.00";
    ws.getCell("B2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("B3").value = { formula: '"a"&"b"', result: "ab" };
    ws.getCell("B4").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { richText: [{ text: "≥" }, { font: { bold: true }, text: "90百分比" }] };
    ws.getCell("C2").value = { text: "链接文字", hyperlink: "https://example.com" };
    ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("D1").value = true;
    ws.getCell("D2").value = 0.955;
    ws.getCell("D2").numFmt = "0.0%";
    ws.getCell("D3").value = 1234567.5;
    ws.getCell("D3").numFmt = "#,##0.00";
    ws.getCell("D4").value = 0.1 + 0.2;
    const s = new Grid((await readBack(wb)).sheets[0]);

    expect(s.value(0, 0)).toBe(45473); // 2024-06-30
    expect(s.text(0, 0)).toBe("2024-06-30");
    expect(s.format(0, 0)).toBe("yyyy-mm-dd");
    expect(s.value(1, 0)).toBe(45292);
    expect(s.text(1, 0)).toBe("2024年1月1日");
    expect([s.value(0, 1), s.text(0, 1)]).toEqual([3, "3.00"]);
    expect([s.value(1, 1), s.text(1, 1)]).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect(s.value(2, 1)).toBe("ab");
    expect([s.value(3, 1), s.text(3, 1)]).toEqual([null, ""]);
    expect(s.value(0, 2)).toBe("≥90百分比");
    expect(s.value(1, 2)).toBe("链接文字");
    expect(s.value(2, 2)).toBe("#N/A");
    expect([s.value(0, 3), s.text(0, 3)]).toEqual([true, "TRUE"]);
    expect(s.text(1, 3)).toBe("95.5%");
    expect(s.text(2, 3)).toBe("1,234,567.50");
    expect(s.text(3, 3)).toBe("0.3");
  });

  it("shares a row of plain text's arrays and keeps its own where a number or a format differs", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("行");
    ws.getCell("A1").value = "项目名称";
    ws.getCell("C1").value = "接待费";
    ws.getCell("A2").value = "预算数";
    ws.getCell("B2").value = 0.8;
    ws.getCell("B2").numFmt = "0.00";
    ws.getCell("A3").value = "备注";
    ws.getCell("A3").numFmt = "@";
    const sheet = (await readBack(wb)).sheets[0];
    // Text under the default format: the values row is the text row, and there is no format row.
    expect(sheet.text?.[0]).toBe(sheet.values[0]);
    expect(sheet.formats?.[0]).toEqual([]);
    expect(sheet.text?.[1]).not.toBe(sheet.values[1]);
    expect(sheet.formats?.[2]).toEqual(["@"]);
    const g = new Grid(sheet);
    const cells = (r: number) => [0, 1, 2].map((c) => [g.value(r, c), g.text(r, c), g.format(r, c)]);
    expect(cells(0)).toEqual([
      ["项目名称", "项目名称", "General"],
      [null, "", "General"],
      ["接待费", "接待费", "General"],
    ]);
    expect(cells(1)).toEqual([
      ["预算数", "预算数", "General"],
      [0.8, "0.80", "0.00"],
      [null, "", "General"],
    ]);
    expect(cells(2)[0]).toEqual(["备注", "备注", "@"]);
    expect(g.isBlank(0, 1)).toBe(true);
    expect(g.ref(0, 1)).toMatchObject({ text: "", value: null, format: "General" });
  });

  it("reads shared formulas' results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = {
      formula: "A1*10",
      result: 10,
      shareType: "shared",
      ref: "B1:B2",
    } as ExcelJS.CellSharedFormulaValue & {
      shareType: string;
      ref: string;
    };
    ws.getCell("B2").value = { sharedFormula: "B1", result: 20 } as ExcelJS.CellSharedFormulaValue;
    const s = new Grid((await readBack(wb)).sheets[0]);
    expect([s.value(0, 1), s.value(1, 1)]).toEqual([10, 20]);
  });

  it("counts dates from 1904 in a 1904 workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const s = new Grid((await readBack(wb)).sheets[0]);
    expect(s.value(0, 0)).toBe(45473 - 1462);
    expect(s.text(0, 0)).toBe("2024-06-30");
  });

  it("falls back to General for a format it cannot apply, without failing", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 12.5;
    ws.getCell("A1").numFmt = '0.00"元';
    const s = new Grid((await readBack(wb)).sheets[0]);
    expect(s.value(0, 0)).toBe(12.5);
    expect(s.text(0, 0)).toBe("12.5");
  });

  it("reads hidden sheets too, and says they are hidden", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("可见").getCell("A1").value = "a";
    const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
    hidden.getCell("B2").value = "藏起来的表";
    const snap = await readBack(wb);
    expect(snap.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ["可见", false],
      ["隐藏", true],
    ]);
    expect(new Grid(snap.sheets[1]).value(1, 1)).toBe("藏起来的表");
  });

  it("keeps absolute positions when the used range starts far down", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("C500").value = "项目名称";
    const sheet = (await readBack(wb)).sheets[0];
    const s = new Grid(sheet);
    expect(s.value(499, 2)).toBe("项目名称");
    expect(s.value(10, 2)).toBeNull();
    expect(sheet.values).toHaveLength(500);
  });

  it("reads 100,000 rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    for (let r = 1; r <= 100_000; r++) ws.getRow(r).values = [r, `第${r}行`, r / 3];
    const buf = await toBuffer(wb);
    const started = Date.now();
    const sheet = (await readWorkbook(buf, "big.xlsx")).snapshot.sheets[0];
    expect(sheet.values).toHaveLength(100_000);
    expect(sheet.values[99_999]).toEqual([100_000, "第100000行", 100_000 / 3]);
    expect(sheet.text?.[99_999][2]).toBe("33333.33333");
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe("unreadable files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-read-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function failure(input: string | Buffer): Promise<WorkbookReadError> {
    try {
      await readWorkbook(input, typeof input === "string" ? undefined : "x.xlsx");
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      return e as WorkbookReadError;
    }
    throw new Error("expected a WorkbookReadError");
  }

  it("a missing file", async () => {
    const file = path.join(dir, "没有.xlsx");
    const e = await failure(file);
    expect([e.code, e.message]).toEqual(["not-found", `${file}：文件不存在`]);
  });

  it("a folder", async () => {
    expect((await failure(dir)).code).toBe("not-file");
  });

  it("a Word document", async () => {
    const e = await failure(minimalDocx());
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toBe("这是 Word 文档，不是 Excel 工作簿（.xlsx）");
  });

  it("a zip that is not a workbook", async () => {
    const e = await failure(makeZip({ "a.txt": "hello" }));
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toContain("不是 Excel 工作簿（.xlsx）");
  });

  it("an empty file, a text file, an HTML 'xls'", async () => {
    expect((await failure(Buffer.alloc(0))).reason).toContain("不是 Excel 工作簿（.xlsx）");
    expect((await failure(Buffer.from("项目名称,预算数\n"))).code).toBe("not-xlsx");
    expect((await failure(Buffer.from("<html><table><tr><td>1</td></tr></table></html>"))).reason).toContain(
      "网页文件",
    );
  });

  it("a truncated or corrupt workbook", async () => {
    const seed = await seedWorkbookBuffer();
    expect((await failure(seed.subarray(0, seed.length - 200))).code).toBe("corrupt");
    const garbage = makeZip({ "[Content_Types].xml": "x", "xl/workbook.xml": "<<<not xml" });
    const e = await failure(garbage);
    expect([e.code, e.reason]).toEqual(["corrupt", "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开"]);
  });

  it("an encrypted workbook or a legacy .xls (OLE2)", async () => {
    const e = await failure(ole2Bytes());
    expect([e.code, e.reason]).toEqual(["encrypted", "文件受密码保护或为旧版 .xls，请在 Excel 中另存为 .xlsx"]);
  });
});
