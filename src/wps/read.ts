/**
 * Reading a workbook through the ET object model into the engine's snapshot. ET answers one
 * property at a time, synchronously: a block's Value2 comes in one call, but a block's Text,
 * NumberFormat and MergeCells only when every cell agrees (null otherwise), so those are asked per
 * row first and per cell only where a row is mixed.
 */
import * as numfmt from "numfmt";
import { parseRangeA1, toA1, type CellRange, type CellValue, type SheetSnapshot } from "../core";
import type { EtRange, EtWorksheet } from "./et";

/** Value2 as a 2-D array: ET gives a lone cell's value as a scalar, a block's as rows of values. */
export function grid2d(value: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(value)) return [[value]];
  if (!Array.isArray(value)) return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(undefined));
  return value.map((r) => (Array.isArray(r) ? r : [r]));
}

export function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

function formatted(value: number, fmt: string): string {
  try {
    return numfmt.format(fmt === "" ? "General" : fmt, value);
  } catch {
    return String(value);
  }
}

/**
 * A cell's display text. ET's Text shows "####" for a number wider than its column (as Excel
 * does); the engine needs the figure, so such a number is formatted from its value instead.
 */
export function displayText(cell: EtRange, value: CellValue, fmt: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const text = cell.Text;
  const t = typeof text === "string" ? text : "";
  if (typeof value === "number" && (t === "" || /^#+$/.test(t))) return formatted(value, fmt);
  return t;
}

/** The block from (row, left) to (bottom, right); one row by default. */
function rowRange(ws: EtWorksheet, row: number, left: number, right: number, bottom = row): EtRange {
  return ws.Range(left === right && row === bottom ? toA1(row, left) : `${toA1(row, left)}:${toA1(bottom, right)}`);
}

export function rangeBox(r: EtRange): CellRange {
  const top = r.Row - 1;
  const left = r.Column - 1;
  return { top, left, bottom: top + r.Rows.Count - 1, right: left + r.Columns.Count - 1 };
}

/**
 * One property of a row's cells from `left` to `right`, asked of the whole run first and halved
 * where ET answers null (the cells differ): a row with one odd cell costs a few calls, not one per cell.
 */
function rowProperty<T>(
  ws: EtWorksheet,
  row: number,
  left: number,
  right: number,
  read: (r: EtRange) => unknown,
  out: (T | null)[],
  base: number,
): void {
  const v = read(rowRange(ws, row, left, right));
  if (v !== null && v !== undefined) {
    for (let c = left; c <= right; c++) out[c - base] = v as T;
    return;
  }
  if (left === right) return;
  const mid = (left + right) >> 1;
  rowProperty(ws, row, left, mid, read, out, base);
  rowProperty(ws, row, mid + 1, right, read, out, base);
}

/** A range's box from its address ("$B$5:$C$6"): one call, where Row, Column and the counts are six. */
function boxOf(r: EtRange): CellRange {
  return parseRangeA1(r.Address().replace(/\$/g, "")) ?? rangeBox(r);
}

/**
 * The merged areas touching a block: none asked for when the whole block says it has none; then row
 * by row, cell by cell only in rows that have some, skipping cells inside an area already found.
 */
function mergesIn(ws: EtWorksheet, box: CellRange, block: EtRange | null): CellRange[] {
  if ((block ?? rowRange(ws, box.top, box.left, box.right, box.bottom)).MergeCells === false) return [];
  const out: CellRange[] = [];
  // Cells of the block inside an area found: a set, so a sheet of many merges stays linear.
  const covered = new Set<number>();
  const width = box.right - box.left + 1;
  const inside = (r: number, c: number) => covered.has((r - box.top) * width + (c - box.left));
  for (let r = box.top; r <= box.bottom; r++) {
    let c = box.left;
    while (c <= box.right && inside(r, c)) c++;
    if (c > box.right || rowRange(ws, r, c, box.right).MergeCells === false) continue;
    for (; c <= box.right; c++) {
      if (inside(r, c)) continue;
      const cell = ws.Cells(r + 1, c + 1);
      if (cell.MergeCells !== true) continue;
      const area = boxOf(cell.MergeArea);
      out.push(area);
      for (let i = Math.max(area.top, box.top); i <= Math.min(area.bottom, box.bottom); i++)
        for (let j = Math.max(area.left, box.left); j <= Math.min(area.right, box.right); j++)
          covered.add((i - box.top) * width + (j - box.left));
      c = Math.max(c, area.right);
    }
  }
  return out;
}

/** One sheet's used range as the engine reads it (absolute origin, "" -> null, merges found). */
export function readSheet(ws: EtWorksheet, hidden: boolean): SheetSnapshot {
  const used = ws.UsedRange;
  const full = rangeBox(used);
  const raw = grid2d(used.Value2, full.bottom - full.top + 1, full.right - full.left + 1);
  // A used range stretched by formatting alone (a whole column formatted, a stray border far below)
  // is cut back to the last row and column holding a value: ET is asked per row and per cell only there.
  let lastRow = -1;
  let lastCol = -1;
  raw.forEach((r, i) =>
    r.forEach((v, j) => {
      if (cellValue(v) === null) return;
      lastRow = Math.max(lastRow, i);
      lastCol = Math.max(lastCol, j);
    }),
  );
  const box = { ...full, bottom: full.top + Math.max(lastRow, 0), right: full.left + Math.max(lastCol, 0) };
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = box.top + r;
    const rowValues = Array.from({ length: cols }, (_, c) => cellValue(raw[r]?.[c]));
    const found: (string | null)[] = new Array<string | null>(cols).fill(null);
    rowProperty<string>(ws, row, box.left, box.right, (x) => x.NumberFormat, found, box.left);
    const rowFormats = found.map((f) => (typeof f === "string" && f ? f : "General"));
    values.push(rowValues);
    formats.push(rowFormats);
    text.push(
      rowValues.map((v, c) =>
        v === null || typeof v === "string"
          ? (v ?? "")
          : displayText(ws.Cells(row + 1, box.left + c + 1), v, rowFormats[c]),
      ),
    );
  }
  const sheet: SheetSnapshot = {
    name: ws.Name,
    origin: { row: box.top, col: box.left },
    values,
    text,
    formats,
    merges: mergesIn(ws, box, lastRow === full.bottom - full.top && lastCol === full.right - full.left ? used : null),
  };
  if (hidden) sheet.hidden = true;
  return sheet;
}
