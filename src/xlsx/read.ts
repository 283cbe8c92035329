/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { WorkbookReadError } from "./errors";
import { sniff } from "./sniff";
import { formatNumber } from "./package/read";

export { formatNumber };

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

const NOT_XLSX = "不是 Excel 工作簿（.xlsx）";
const ENCRYPTED = "文件受密码保护或为旧版 .xls，请在 Excel 中另存为 .xlsx";
const CORRUPT = "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开";

/** "这是 Word 文档，": a space before Latin, none before Chinese. */
function thisIs(what: string): string {
  return `这是${/^[A-Za-z]/.test(what) ? " " : ""}${what}，`;
}

/** Reads the bytes, turning the file system's errors into one Chinese line. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new WorkbookReadError("not-file", "不是文件（是文件夹或设备）", file);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("not-found", "文件不存在", file);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError("no-access", "没有读取权限", file);
    throw new WorkbookReadError("no-access", `无法读取（${code ?? String(e)}）`, file);
  }
}

/** Loads an .xlsx from bytes into exceljs, after checking what the bytes are. */
export async function loadWorkbook(buf: Buffer, file?: string): Promise<ExcelJS.Workbook> {
  const s = sniff(buf);
  switch (s.kind) {
    case "empty":
      throw new WorkbookReadError("not-xlsx", `文件是空的（0 字节），${NOT_XLSX}`, file);
    case "ole2":
      throw new WorkbookReadError("encrypted", ENCRYPTED, file);
    case "zip-other":
      throw new WorkbookReadError("not-xlsx", `${thisIs(s.what)}${NOT_XLSX}`, file);
    case "unknown":
      throw new WorkbookReadError("not-xlsx", s.what ? `${thisIs(s.what)}${NOT_XLSX}` : NOT_XLSX, file);
    case "zip-broken":
      throw new WorkbookReadError("corrupt", CORRUPT, file);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its own Buffer (an ArrayBuffer); a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(buf as never);
  } catch {
    throw new WorkbookReadError("corrupt", CORRUPT, file);
  }
  return workbook;
}

/** Path or bytes -> the exceljs workbook (kept for writing the marked copy) and the engine's snapshot. */
export async function readWorkbook(input: string | Buffer, name?: string): Promise<LoadedWorkbook> {
  const file = typeof input === "string" ? input : name;
  const buf = typeof input === "string" ? await readBytes(input) : input;
  const workbook = await loadWorkbook(buf, file);
  return { workbook, snapshot: snapshotOf(workbook) };
}

// ---------------------------------------------------------------------------------------------
// Snapshot

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01: 25569 in the 1900 system, 24107 in the 1904 one. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** exceljs reads a date cell as a UTC Date; give it back as the serial Excel stores. */
export function dateToSerial(d: Date, date1904 = false): number {
  return d.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

function richToText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text ?? "").join("");
}

interface Scalar {
  value: CellValue;
  /** Text that does not depend on the number format (strings, booleans, errors). */
  text?: string;
  isDate?: boolean;
}

/** One exceljs value (or a formula's result) -> the snapshot's plain value. */
function scalar(v: unknown, date1904: boolean): Scalar {
  if (v === null || v === undefined) return { value: null, text: "" };
  switch (typeof v) {
    case "number":
      return { value: v };
    case "string":
      return { value: v, text: v };
    case "boolean":
      return { value: v, text: v ? "TRUE" : "FALSE" };
  }
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? { value: null, text: "" } : { value: dateToSerial(v, date1904), isDate: true };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { value: o.error, text: o.error };
    if (Array.isArray(o.richText)) {
      const s = richToText(o as { richText: { text: string }[] });
      return { value: s, text: s };
    }
    if ("formula" in o || "sharedFormula" in o) return scalar(o.result, date1904);
    if ("hyperlink" in o) return scalar(o.text ?? o.hyperlink, date1904);
    if ("text" in o) return scalar(o.text, date1904);
  }
  const s = String(v);
  return { value: s, text: s };
}

interface MergeRange {
  model: { top: number; left: number; bottom: number; right: number };
}

/** exceljs keeps merges in `_merges`; its public `model.merges` serialises the whole sheet to get them. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges;
  const out: CellRange[] = [];
  if (internal) {
    for (const m of Object.values(internal)) {
      if (!m?.model) continue;
      const { top, left, bottom, right } = m.model;
      out.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
    }
    return out;
  }
  for (const a1 of ws.model.merges ?? []) {
    const [p, q] = a1.split(":");
    const a = ws.getCell(p);
    const b = ws.getCell(q ?? p);
    out.push({ top: +a.row - 1, left: +a.col - 1, bottom: +b.row - 1, right: +b.col - 1 });
  }
  return out;
}

/** A row the sheet does not have; shared, since the snapshot is read-only. */
const NO_ROW: never[] = [];

const TYPE_MERGE = 1;

/** One worksheet -> plain values, display text and formats, rows ragged, without a value object per cell. */
export function sheetSnapshot(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const values: CellValue[][] = [];
  const text: (string | null)[][] = [];
  const formats: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    while (values.length < r) {
      values.push(NO_ROW);
      text.push(NO_ROW);
      formats.push(NO_ROW);
    }
    const vals: CellValue[] = [];
    const txt: string[] = [];
    const fmts: string[] = [];
    // Rows of text under the default format (most of a form) need no arrays of their own for either.
    let textIsValue = true;
    let allGeneral = true;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merge's covered cells echo its top-left value; the snapshot keeps them blank, as Excel does.
      if ((cell.type as number) === TYPE_MERGE) return;
      const c = colNumber - 1;
      while (vals.length < c) {
        vals.push(null);
        txt.push("");
        fmts.push("General");
      }
      const fmt = cell.numFmt || "General";
      const s = scalar(cell.value, date1904);
      let t = s.text;
      if (t === undefined) {
        const n = s.value as number;
        // numfmt counts serials from 1900; a 1904 workbook's serial is 1462 days less for the same date.
        if (s.isDate)
          t = formatNumber(date1904 ? n + EPOCH_1900 - EPOCH_1904 : n, fmt === "General" ? "yyyy-mm-dd" : fmt);
        else t = formatNumber(n, fmt);
      }
      vals.push(s.value);
      txt.push(t);
      fmts.push(fmt);
      if (t !== s.value) textIsValue = false;
      if (fmt !== "General") allGeneral = false;
    });
    // Copied to their exact length: push leaves room for more, and the engine's first garbage
    // collection would copy that room too (the snapshot is still young when the engine starts).
    const own = vals.slice();
    values.push(own);
    text.push(textIsValue ? (own as (string | null)[]) : txt.slice());
    formats.push(allGeneral ? NO_ROW : fmts.slice());
  });
  const snap: SheetSnapshot = { name: ws.name, values, text, formats, merges: mergesOf(ws) };
  if (ws.state && ws.state !== "visible") snap.hidden = true;
  return snap;
}

/** Every worksheet, hidden ones included, in tab order. */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = !!workbook.properties?.date1904;
  return { sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws, date1904)) };
}
