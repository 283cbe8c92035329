import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FILLS, NOTE_PREFIX, rowHeight, SUMMARY_SHEET, type WritePlan } from "../../src/core";
import {
  applyPlan,
  checkedCopyPath,
  checkFile,
  mergeNote,
  WorkbookWriteError,
  writeWorkbookCopy,
} from "../../src/xlsx";
import { writeNewWorkbook } from "../../src/xlsx/write";
import { loadBuffer, seedWorkbook, toBuffer, zipEntryText } from "../fixtures/xlsx";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const RED = argb(FILLS.error);
const YELLOW = argb(FILLS.warning);

/** A user's workbook with things worth keeping: shared styles, notes, merges, formulas, widths. */
async function userWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表一");
  ws.getColumn(1).width = 31;
  ws.getColumn(2).width = 17;
  for (const a of ["A1", "A2", "A3"]) {
    ws.getCell(a).value = `值${a}`;
    ws.getCell(a).font = { bold: true, color: { argb: "FF123456" } };
    ws.getCell(a).border = { bottom: { style: "thin" } };
  }
  ws.getCell("B2").value = 0.81;
  ws.getCell("B2").numFmt = "0.00";
  ws.getCell("B2").note = "用户自己的批注";
  ws.getCell("C1").value = "合并";
  ws.mergeCells("C1:D2");
  ws.getCell("E1").value = { formula: "B2*2", result: 1.62 };
  ws.getCell("F1").value = "用户的黄色";
  ws.getCell("F1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  wb.addWorksheet("表二").getCell("A1").value = "第二张";
  ws.views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
  // Loaded from bytes, as the CLI does: this is where exceljs shares style objects between cells.
  return loadBuffer(await toBuffer(wb));
}

function plan(over: Partial<WritePlan> = {}): WritePlan {
  const mark = (cell: string, row: number, col: number, severity: "error" | "warning", text: string) => ({
    sheet: "表一",
    cell,
    row,
    col,
    severity,
    fill: FILLS[severity],
    note: `${NOTE_PREFIX}\n${text}`,
  });
  return {
    marks: [
      mark("A1", 0, 0, "error", "错误：A1 有误"),
      mark("B2", 1, 1, "warning", "警告：B2 可疑"),
      mark("H8", 7, 7, "error", "错误：这里应填写"),
      mark("D2", 1, 3, "warning", "警告：合并区内"),
      { ...mark("A1", 0, 0, "error", "x"), sheet: "不存在的表" },
    ],
    writes: [
      {
        sheet: "表一",
        cell: "G1",
        row: 0,
        col: 6,
        value: 0.925,
        numFmt: "0.00%",
        fill: "#A9D08E",
        note: `${NOTE_PREFIX}自动计算`,
      },
      { sheet: "表一", cell: "A2", row: 1, col: 0, value: 99 },
    ],
    summary: {
      name: SUMMARY_SHEET,
      widths: [12, 60, 10],
      rows: [
        [{ value: "绩效表检查结果", bold: true }, { value: "t.xlsx  2026-01-01 10:00" }],
        [{ value: "共 1 张表：错误 1 个。", fill: FILLS.error }],
        [
          { value: "级别", bold: true },
          { value: "问题及修改建议", bold: true },
          { value: "单元格", bold: true },
        ],
        [
          { value: "错误", fill: FILLS.error },
          { value: "很长的一段说明，".repeat(10) },
          { value: "A1", link: { sheet: "表一", cell: "A1" } },
        ],
        [{ value: "合计" }, { value: 0.81, numFmt: "0.00" }, { value: "B2", link: { sheet: "It's", cell: "B2" } }],
      ],
    },
    ...over,
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadBuffer(await toBuffer(wb));
}

function fgOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note;
  if (!n) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

describe("applying a write plan", () => {
  let out: ExcelJS.Workbook;
  let bytes: Buffer;
  let ws: ExcelJS.Worksheet;
  let stats: ReturnType<typeof applyPlan>;

  beforeAll(async () => {
    const wb = await userWorkbook();
    stats = applyPlan(wb, plan());
    bytes = await toBuffer(wb);
    out = await loadBuffer(bytes);
    ws = out.getWorksheet("表一") as ExcelJS.Worksheet;
  });

  it("counts what it applied and what it skipped", () => {
    expect(stats).toEqual({ marks: 4, writes: 1, skipped: 2 });
  });

  it("fills marked cells with the plan's colour", () => {
    expect(fgOf(ws.getCell("A1"))).toBe(RED);
    expect(fgOf(ws.getCell("B2"))).toBe(YELLOW);
    expect(fgOf(ws.getCell("H8"))).toBe(RED);
  });

  it("does not leak a fill into cells that shared the style", () => {
    expect(fgOf(ws.getCell("A2"))).toBeUndefined();
    expect(fgOf(ws.getCell("A3"))).toBeUndefined();
    expect(ws.getCell("A3").font).toMatchObject({ bold: true, color: { argb: "FF123456" } });
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FF123456" } });
    expect(ws.getCell("A1").border).toMatchObject({ bottom: { style: "thin" } });
  });

  it("keeps the user's note and adds ours after a blank line", () => {
    expect(noteOf(ws.getCell("B2"))).toBe(`用户自己的批注\n\n${NOTE_PREFIX}\n警告：B2 可疑`);
    expect(noteOf(ws.getCell("A1"))).toBe(`${NOTE_PREFIX}\n错误：A1 有误`);
  });

  it("keeps a note on a blank cell through write and reload", () => {
    expect(ws.getCell("H8").value === null || ws.getCell("H8").value === "").toBe(true);
    expect(noteOf(ws.getCell("H8"))).toBe(`${NOTE_PREFIX}\n错误：这里应填写`);
  });

  it("marks a merge at its top-left cell and fills the whole area", () => {
    expect(noteOf(ws.getCell("C1"))).toContain("警告：合并区内");
    for (const a of ["C1", "D1", "C2", "D2"]) expect(fgOf(ws.getCell(a))).toBe(YELLOW);
  });

  it("keeps merges, formulas, number formats, widths and the user's own fills", () => {
    expect(ws.model.merges).toEqual(["C1:D2"]);
    expect(ws.getCell("E1").formula).toBe("B2*2");
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getColumn(1).width).toBe(31);
    expect(ws.getColumn(2).width).toBe(17);
    expect(fgOf(ws.getCell("F1"))).toBe("FFFFFF00");
    expect(out.getWorksheet("表二")?.getCell("A1").value).toBe("第二张");
  });

  it("writes computed values only into blank cells", () => {
    expect(ws.getCell("G1").value).toBe(0.925);
    expect(ws.getCell("G1").numFmt).toBe("0.00%");
    expect(fgOf(ws.getCell("G1"))).toBe("FFA9D08E");
    expect(noteOf(ws.getCell("G1"))).toBe(`${NOTE_PREFIX}自动计算`);
    expect(ws.getCell("A2").value).toBe("值A2");
  });

  it("adds the summary sheet last and opens the copy on it, with only its tab selected", () => {
    expect(out.worksheets.map((s) => s.name)).toEqual(["表一", "表二", SUMMARY_SHEET]);
    expect(out.views[0].activeTab).toBe(2);
    // exceljs does not read tabSelected back: look at the sheets' XML.
    const selected = [1, 2, 3].map((i) =>
      /tabSelected="1"/.test(zipEntryText(bytes, `xl/worksheets/sheet${i}.xml`) ?? ""),
    );
    expect(selected).toEqual([false, false, true]);
  });

  it("lays the summary out: widths, bold headers, fills, wrapped prose, links to cells", () => {
    const s = out.getWorksheet(SUMMARY_SHEET) as ExcelJS.Worksheet;
    expect([1, 2, 3].map((c) => s.getColumn(c).width)).toEqual([12, 60, 10]);
    expect(s.getCell("A1").value).toBe("绩效表检查结果");
    expect(s.getCell("A3").font).toMatchObject({ bold: true, name: "Calibri" });
    expect(fgOf(s.getCell("A4"))).toBe(RED);
    expect(s.getCell("B4").alignment?.wrapText).toBe(true);
    expect(s.getCell("A4").alignment?.wrapText).toBeFalsy();
    expect(s.getCell("C4").formula).toBe(`HYPERLINK("#'表一'!A1","A1")`);
    expect(s.getCell("C4").result).toBe("A1");
    expect(s.getCell("C4").font).toMatchObject({ underline: true, name: "Calibri" });
    expect(s.getCell("C5").formula).toBe(`HYPERLINK("#'It''s'!B2","B2")`);
    expect([s.getCell("B5").value, s.getCell("B5").numFmt, s.getCell("B5").alignment?.horizontal]).toEqual([
      0.81,
      "0.00",
      "right",
    ]);
  });

  it("gives wrapped prose the row height it needs, and a lone sentence the sheet's width", () => {
    const s = out.getWorksheet(SUMMARY_SHEET) as ExcelJS.Worksheet;
    // 80 CJK characters at two units each, in a 60-wide column: three lines.
    expect(s.getRow(4).height).toBe(rowHeight(3));
    expect(s.getRow(3).height ?? 15).toBeLessThanOrEqual(15);
    expect(s.model.merges).toEqual(["A2:C2"]);
    expect(fgOf(s.getCell("A2"))).toBe(RED);
  });

  it("replaces its earlier summary and notes when a checked copy is checked again", async () => {
    applyPlan(out, plan({ marks: [plan().marks[1]] }));
    const again = await roundTrip(out);
    expect(again.worksheets.filter((s) => s.name === SUMMARY_SHEET)).toHaveLength(1);
    expect(noteOf(again.getWorksheet("表一")!.getCell("B2"))).toBe(`用户自己的批注\n\n${NOTE_PREFIX}\n警告：B2 可疑`);
  });
});

describe("mergeNote", () => {
  it("keeps rich-text notes as they were", () => {
    const rich = { texts: [{ font: { bold: true }, text: "张三:" }, { text: "\n请核对" }] };
    const merged = mergeNote(rich, "我们的");
    expect(merged).toEqual({ texts: [...rich.texts, { text: "\n\n我们的" }] });
  });
  it("puts ours alone on an empty note", () => {
    expect(mergeNote(undefined, "我们的")).toBe("我们的");
    expect(mergeNote("  ", "我们的")).toBe("我们的");
  });
});

describe("writing the marked copy", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-write-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("names the copy NAME.checked.xlsx beside the input or in --out", () => {
    expect(checkedCopyPath("/a/b/表.xlsx")).toBe(path.join("/a/b", "表.checked.xlsx"));
    expect(checkedCopyPath("/a/b/表.XLSX", "/out")).toBe(path.join("/out", "表.checked.xlsx"));
    expect(checkedCopyPath("x.checked.xlsx")).toBe("x.checked.checked.xlsx");
  });

  it("never writes the input: its bytes are the same after a check", async () => {
    const input = path.join(dir, "seed.xlsx");
    await fs.writeFile(input, await toBuffer(seedWorkbook()));
    const hash = async (f: string) =>
      createHash("sha256")
        .update(await fs.readFile(f))
        .digest("hex");
    const before = await hash(input);
    const statBefore = await fs.stat(input);
    const r = await checkFile(input, { outDir: path.join(dir, "out") });
    expect(r.output).toBe(path.join(dir, "out", "seed.checked.xlsx"));
    expect(await hash(input)).toBe(before);
    expect((await fs.stat(input)).mtimeMs).toBe(statBefore.mtimeMs);
    const copy = await loadBuffer(await fs.readFile(r.output as string));
    expect(copy.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["绩效目标表", "visible"],
      [SUMMARY_SHEET, "visible"],
      ["_jixiao_marks", "veryHidden"],
    ]);
    expect((await fs.readdir(path.join(dir, "out"))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("prints as planned: the summary landscape, one page wide, its findings' header on every page, gridlines; marked sheets with their notes at the end under the sheet's name", async () => {
    const input = path.join(dir, "print.xlsx");
    await fs.writeFile(input, await toBuffer(seedWorkbook()));
    const r = await checkFile(input, { outDir: path.join(dir, "out") });
    const bytes = await fs.readFile(r.output as string);
    const copy = await loadBuffer(bytes);
    const summary = copy.getWorksheet(SUMMARY_SHEET)!;
    const headerRow = r.plan.summary.rows.findIndex((row) => row[0]?.value === "级别") + 1;
    expect(summary.getCell(headerRow, 1).value).toBe("级别");
    expect(summary.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      showGridLines: true,
    });
    const marked = copy.getWorksheet("绩效目标表")!;
    expect(marked.pageSetup.cellComments).toBe("atEnd");
    expect(marked.headerFooter.oddHeader).toBe("&A");
    // As Excel reads it: the attributes in the sheet's XML, the title rows as a defined name.
    expect(zipEntryText(bytes, "xl/worksheets/sheet1.xml")).toMatch(/<pageSetup\b[^>]*cellComments="atEnd"/);
    expect(zipEntryText(bytes, "xl/workbook.xml")).toContain(`!$${headerRow}:$${headerRow}</definedName>`);
  });

  it("refuses to write onto the input, by the same path or through a link", async () => {
    const input = path.join(dir, "same.xlsx");
    const bytes = await toBuffer(seedWorkbook());
    await fs.writeFile(input, bytes);
    const wb = await loadBuffer(bytes);
    await expect(writeWorkbookCopy(wb, input, path.join(dir, ".", "same.xlsx"))).rejects.toBeInstanceOf(
      WorkbookWriteError,
    );
    const link = path.join(dir, "link.checked.xlsx");
    await fs.symlink(input, link);
    await expect(writeWorkbookCopy(wb, input, link)).rejects.toThrow("拒绝覆盖原文件");
    expect(Buffer.compare(await fs.readFile(input), bytes)).toBe(0);
  });

  it("reports a copy it cannot write without losing the check", async () => {
    const input = path.join(dir, "ro.xlsx");
    await fs.writeFile(input, await toBuffer(seedWorkbook()));
    const blocker = path.join(dir, "not-a-dir");
    await fs.writeFile(blocker, "x");
    const r = await checkFile(input, { outDir: blocker });
    expect(r.output).toBeNull();
    // What went wrong and what to do: the folder given is a file.
    expect(r.writeError?.message).toContain("标记副本写入失败：保存位置中有同名文件，不是文件夹：请换一个文件夹");
    expect(["ENOTDIR", "EEXIST"]).toContain(r.writeError?.code);
    expect(r.result.report.summary.sheets).toBe(1);
  });

  it("writes a new file, never over one that appeared meanwhile", async () => {
    const wb = await loadBuffer(await toBuffer(seedWorkbook()));
    const taken = path.join(dir, "taken.xlsx");
    await fs.writeFile(taken, "mine");
    await expect(writeNewWorkbook(wb, taken)).rejects.toThrow("文件已存在，不会覆盖。请换一个文件名");
    expect(await fs.readFile(taken, "utf8")).toBe("mine");
    const made = path.join(dir, "new", "made.xlsx");
    await writeNewWorkbook(wb, made);
    expect((await loadBuffer(await fs.readFile(made))).worksheets.map((s) => s.name)).toEqual(["绩效目标表"]);
    const blocker = path.join(dir, "file-not-dir");
    await fs.writeFile(blocker, "x");
    await expect(writeNewWorkbook(wb, path.join(blocker, "t.xlsx"))).rejects.toThrow("请换一个文件夹");
  });
});
