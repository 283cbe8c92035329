import type { TableKind } from "../model";
import { linesFor, rowHeight } from "../layout";
import type { CellRange } from "../snapshot";
import type { SheetTemplate, TemplateCell, TemplateValidation } from "./types";

export type CellStyle = Omit<TemplateCell, "row" | "col" | "value">;

export const LABEL_FILL = "#F2F2F2";
export const HEADER_FILL = "#DDEBF7";
export const INPUT_FILL = "#FFF9E5";

/** An area of a form, inclusive: one cell when only its top-left is given. */
export function area(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

/** Builds a SheetTemplate cell by cell, the way the builders lay a form out. */
export class TemplateWriter {
  private readonly cells = new Map<string, TemplateCell>();
  private readonly merges: CellRange[] = [];
  private readonly validations: TemplateValidation[] = [];
  private readonly heights: Record<number, number> = {};

  set(row: number, col: number, value: string | number | null, style: CellStyle = {}): this {
    const key = `${row},${col}`;
    const old = this.cells.get(key);
    this.cells.set(key, { ...old, ...style, row, col, value });
    return this;
  }

  /** Sets the top-left cell and merges the area (inclusive). */
  merge(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: string | number | null,
    style: CellStyle = {},
  ): this {
    this.set(top, left, value, style);
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** Thin borders on every cell of the area, blank ones included. */
  box(top: number, left: number, bottom: number, right: number): this {
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const key = `${r},${c}`;
        const old = this.cells.get(key);
        this.cells.set(key, { row: r, col: c, value: null, ...old, border: true });
      }
    return this;
  }

  /** Style for an area without touching values (input fills, number formats). */
  style(top: number, left: number, bottom: number, right: number, style: CellStyle): this {
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const key = `${r},${c}`;
        const old = this.cells.get(key);
        this.cells.set(key, { row: r, col: c, value: null, ...old, ...style });
      }
    return this;
  }

  /** The prompt Excel shows on the area's cells, with a drop-down when `list` is given. */
  hint(range: CellRange, title: string, message: string, list?: { values: readonly string[]; strict: boolean }): this {
    const v: TemplateValidation = { range, prompt: { title, message } };
    if (list) {
      v.list = list.values;
      v.strict = list.strict;
    }
    this.validations.push(v);
    return this;
  }

  height(row: number, points: number): this {
    this.heights[row] = points;
    return this;
  }

  /** Rows tall enough for their wrapped text, at most four lines (longer text scrolls in the cell). */
  private fitHeights(widths: number[]): void {
    for (const c of this.cells.values()) {
      if (!c.wrap || typeof c.value !== "string" || this.heights[c.row] !== undefined) continue;
      const m = this.merges.find((x) => x.top === c.row && x.left === c.col);
      if (m && m.bottom > m.top) continue;
      let width = 0;
      for (let col = c.col; col <= (m?.right ?? c.col); col++) width += widths[col] ?? 9;
      const lines = Math.min(4, linesFor(c.value, width));
      if (lines > 1) this.fitted[c.row] = Math.max(this.fitted[c.row] ?? 0, rowHeight(lines));
    }
  }

  private readonly fitted: Record<number, number> = {};

  build(kind: TableKind, name: string, widths: number[], select: { row: number; col: number }): SheetTemplate {
    this.fitHeights(widths);
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      kind,
      name,
      cells,
      merges: this.merges.map((m) => ({ ...m })),
      widths,
      heights: { ...this.fitted, ...this.heights },
      validations: this.validations,
      select,
    };
  }
}

export const LABEL: CellStyle = { bold: true, fill: LABEL_FILL, align: "center", wrap: true };
export const HEADER: CellStyle = { bold: true, fill: HEADER_FILL, align: "center", wrap: true };
export const TEXT: CellStyle = { wrap: true };
export const INPUT: CellStyle = { fill: INPUT_FILL, wrap: true };
export const TITLE: CellStyle = { bold: true, size: 16, align: "center" };
