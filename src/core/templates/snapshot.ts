import type { CellValue, SheetSnapshot } from "../snapshot";
import type { SheetTemplate } from "./types";

/** Display text of a template value in the few formats templates use ("0%", "0.0%", "0.00", "@"). */
export function templateText(value: string | number | null, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const fmt = numFmt ?? "General";
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(fmt);
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  return String(value);
}

/** Rows and columns a template covers: its cells, its merges and its column widths. */
export function templateExtent(t: SheetTemplate): { rows: number; cols: number } {
  let rows = 0;
  let cols = t.widths.length;
  for (const c of t.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const m of t.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

/** The template as the engine's snapshot: what a host would read back right after rendering it. */
export function templateSnapshot(t: SheetTemplate, name = t.name): SheetSnapshot {
  const { rows, cols } = templateExtent(t);
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const text: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const c of t.cells) {
    values[c.row][c.col] = c.value;
    text[c.row][c.col] = templateText(c.value, c.numFmt);
    if (c.numFmt) formats[c.row][c.col] = c.numFmt;
  }
  return { name, values, text, formats, merges: t.merges.map((m) => ({ ...m })) };
}

/** Characters Excel forbids in a sheet name. */
const BAD_NAME = /[\\/?*[\]:]/g;
const MAX_NAME = 31;

/**
 * A sheet name not in `existing` (Excel compares names case-insensitively): the base, else
 * "base (2)", "base (3)" …, cut to Excel's 31 characters. An existing sheet is never reused.
 */
export function freeSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const clean =
    base
      .replace(BAD_NAME, "")
      .replace(/^'+|'+$/g, "")
      .trim() || "新建表";
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = clean.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
