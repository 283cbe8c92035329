/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  NOTE_PREFIX,
  summaryLayout,
  type CellMark,
  type CellWrite,
  type SummarySheetPlan,
  type WritePlan,
} from "../core";
import { WorkbookWriteError } from "./errors";
import { activate, BASE_FONT, LANDSCAPE, pageSetupOf, solid } from "./style";

export interface ApplyStats {
  marks: number;
  writes: number;
  /** Plan entries whose sheet is not in the workbook, or computed cells that were not blank. */
  skipped: number;
}

/**
 * exceljs shares one style object between cells loaded with the same style id:
 * replace the cell's style with a copy instead of mutating it, or the change leaks.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function noteText(note: ExcelJS.Cell["note"] | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text ?? "").join("");
}

/**
 * The user's note, kept, with ours after a blank line. A note left by an earlier check (it starts
 * with NOTE_PREFIX) is replaced rather than stacked.
 */
export function mergeNote(existing: ExcelJS.Cell["note"] | undefined, ours: string): ExcelJS.Cell["note"] {
  const text = noteText(existing);
  if (!text.trim()) return ours;
  const prev = text.indexOf(NOTE_PREFIX);
  if (prev >= 0) {
    const kept = text.slice(0, prev).replace(/\s+$/, "");
    return kept ? `${kept}\n\n${ours}` : ours;
  }
  if (typeof existing === "object" && existing.texts?.length) {
    // Keep the user's rich text (bold author line and so on) as it was.
    return { ...existing, texts: [...existing.texts, { text: `\n\n${ours}` }] };
  }
  return `${text}\n\n${ours}`;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergeAt(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): Merge | null {
  const m = (ws as unknown as { _merges?: Record<string, { model: Merge }> })._merges?.[master.address];
  return m?.model ?? null;
}

function applyMark(ws: ExcelJS.Worksheet, mark: CellMark): void {
  let cell = ws.getCell(mark.row + 1, mark.col + 1);
  if (cell.isMerged) cell = cell.master;
  const fill = solid(mark.fill);
  const merge = mergeAt(ws, cell);
  if (merge) {
    // Fill the whole merged area: some viewers paint a merge from its covered cells.
    for (let r = merge.top; r <= merge.bottom; r++)
      for (let c = merge.left; c <= merge.right; c++) restyle(ws.getCell(r, c), { fill });
  } else {
    restyle(cell, { fill });
  }
  // exceljs writes no <c> for a cell without value or style, and a note on it is lost on reload;
  // the fill above gives the cell a style, which keeps a note on a blank cell (tested).
  cell.note = mergeNote(cell.note, mark.note);
}

function isBlank(cell: ExcelJS.Cell): boolean {
  if (cell.isMerged && cell.master !== cell) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function applyWrite(ws: ExcelJS.Worksheet, w: CellWrite): boolean {
  const cell = ws.getCell(w.row + 1, w.col + 1);
  if (!isBlank(cell)) return false;
  cell.value = w.value;
  const change: Partial<ExcelJS.Style> = {};
  if (w.numFmt) change.numFmt = w.numFmt;
  if (w.fill) change.fill = solid(w.fill);
  if (Object.keys(change).length) restyle(cell, change);
  if (w.note) cell.note = mergeNote(cell.note, w.note);
  return true;
}

/** A link to a cell in this workbook, as a HYPERLINK formula: exceljs writes cell hyperlinks as external ones. */
export function internalLink(sheet: string, cell: string, label: string): ExcelJS.CellFormulaValue {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${q(target)},${q(label)})`, result: label, date1904: false };
}

const LINK_FONT: Partial<ExcelJS.Font> = { ...BASE_FONT, color: { argb: "FF0563C1" }, underline: true };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF808080" } } };

/**
 * The 检查结果 sheet, laid out from the plan: widths, bold headers, fills, links, wrapped prose
 * with row heights set (neither Excel nor LibreOffice grows a row for wrapped text on opening).
 */
function writeSummary(workbook: ExcelJS.Workbook, plan: SummarySheetPlan): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(plan.name);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(plan.name, {
    pageSetup: { ...LANDSCAPE, ...pageSetupOf(plan.print ?? {}) },
  });
  const widths = plan.widths;
  const layout = summaryLayout(plan);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  plan.rows.forEach((cells, r) => {
    const below = plan.rows[r + 1] ?? [];
    // A lone sentence (the overall result) spans the sheet instead of spilling over empty cells.
    const lone = layout.lone[r];
    cells.forEach((sc, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const label = sc.value === null ? "" : String(sc.value);
      cell.value = sc.link && label ? internalLink(sc.link.sheet, sc.link.cell, label) : sc.value;
      const wrap = lone || layout.wrap[c];
      // Counts sit centred, amounts right; a header over them follows, so each lines up with its figures.
      const figure = sc.bold ? below[c] : sc;
      const horizontal = typeof figure?.value === "number" ? (figure.numFmt ? "right" : "center") : undefined;
      const style: Partial<ExcelJS.Style> = { alignment: { vertical: "top", wrapText: wrap, horizontal } };
      if (sc.bold) {
        style.font = { ...BASE_FONT, bold: true };
        style.border = HEADER_BORDER;
      }
      if (sc.link && label) style.font = { ...LINK_FONT, bold: sc.bold };
      if (sc.fill) style.fill = solid(sc.fill);
      if (sc.numFmt) style.numFmt = sc.numFmt;
      cell.style = style;
    });
    if (lone) ws.mergeCells(r + 1, 1, r + 1, widths.length);
    const height = layout.heights[r];
    if (height !== null) ws.getRow(r + 1).height = height;
  });
  return ws;
}

/**
 * Applies a plan to a loaded workbook: marks (fill + note), computed values for blank cells,
 * and the summary sheet, placed last so no existing sheet moves, and opened first.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): ApplyStats {
  const stats: ApplyStats = { marks: 0, writes: 0, skipped: 0 };
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, workbook.getWorksheet(name) as ExcelJS.Worksheet);
    return sheets.get(name);
  };
  for (const mark of plan.marks) {
    const ws = sheetOf(mark.sheet);
    if (!ws) {
      stats.skipped++;
      continue;
    }
    applyMark(ws, mark);
    stats.marks++;
  }
  for (const w of plan.writes) {
    const ws = sheetOf(w.sheet);
    if (ws && applyWrite(ws, w)) stats.writes++;
    else stats.skipped++;
  }
  for (const { sheet, print } of plan.sheetPrint ?? []) {
    const ws = sheetOf(sheet);
    if (!ws) continue;
    ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(print) };
    // "&A" is the sheet's name in Excel's header codes; a header the user set stays.
    if (print.sheetNameHeader && !ws.headerFooter?.oddHeader) ws.headerFooter = { ...ws.headerFooter, oddHeader: "&A" };
  }
  activate(workbook, writeSummary(workbook, plan.summary));
  return stats;
}

/** The same file under two names (a link, "./", a case-insensitive file system): never write over the input. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Writes the workbook to `output` through a temporary file, never onto `input` (also through a
 * link or a second name for the same file).
 */
export async function writeWorkbookCopy(workbook: ExcelJS.Workbook, input: string, output: string): Promise<void> {
  if (await sameFile(input, output))
    throw new WorkbookWriteError("标记副本与原文件是同一个文件，已拒绝覆盖原文件", output);
  const buf = await workbook.xlsx.writeBuffer();
  const tmp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    await fs.writeFile(tmp, Buffer.from(buf));
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(`标记副本写入失败：${writeFailure(e)}`, output, errnoOf(e));
  }
}

/** Writes the workbook as a new file: an existing file is never replaced, a failed write leaves none behind. */
export async function writeNewWorkbook(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  const buf = Buffer.from(await workbook.xlsx.writeBuffer());
  try {
    await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  } catch (e) {
    throw new WorkbookWriteError(writeFailure(e), output, errnoOf(e));
  }
  let created = false;
  try {
    // Only this open's EEXIST means the file is there (mkdir's means a file stands where a folder should).
    const file = await fs.open(output, "wx");
    created = true;
    try {
      await file.writeFile(buf);
    } finally {
      await file.close();
    }
  } catch (e) {
    if (created) await fs.rm(output, { force: true }).catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code === "EEXIST")
      throw new WorkbookWriteError("文件已存在，不会覆盖。请换一个文件名", output);
    throw new WorkbookWriteError(writeFailure(e), output, errnoOf(e));
  }
}

export function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** What stopped a write, and what to do about it (no option names: each front end adds its own). */
export function writeFailure(e: unknown): string {
  const code = errnoOf(e);
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "没有写入权限：请换一个可写的文件夹";
    case "ENOSPC":
      return "磁盘空间不足：请清理磁盘后再试";
    case "EBUSY":
      return "文件正被其他程序（如 Excel）占用：请先关闭该文件再试";
    case "ENOTDIR":
    case "EEXIST":
      return "保存位置中有同名文件，不是文件夹：请换一个文件夹";
    case "EISDIR":
      return "已有同名的文件夹：请将它改名，或换一个文件夹";
    default:
      return `无法写入（${code ?? String(e)}）：请换一个保存位置再试`;
  }
}
