import type { CellRef } from "./model";
import { CellRange, CellValue, SheetSnapshot, toA1 } from "./snapshot";

/** What the user sees in a cell: its display text, else its value as text. */
function displayText(text: unknown, value: CellValue): string {
  if (typeof text === "string") return text;
  if (text !== undefined && text !== null) return String(text);
  return value === null ? "" : String(value);
}

/** A merge the index leaves out: huge ones (whole rows or columns), and inverted ones, which cover nothing. */
function tooLargeOrInverted(m: CellRange): boolean {
  return (m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000 || m.bottom < m.top || m.right < m.left;
}

/** Blank as the user sees it: white space at most, in the text and in the value. */
export function isBlankContent(text: string, value: CellValue): boolean {
  return text.trim() === "" && (value === null || (typeof value === "string" && value.trim() === ""));
}

/**
 * A cell read from a grid. Its A1 address is spelled out only when asked for: the readers build a
 * hundred thousand cells per workbook, and few addresses are ever read (findings use row and col).
 */
export class Cell implements CellRef {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly text: string,
    readonly value: CellValue,
    readonly format: string,
  ) {}

  get address(): string {
    return toA1(this.row, this.col);
  }

  /** The plain object, address included: for JSON and for comparing with object literals. */
  toJSON(): CellRef {
    return {
      row: this.row,
      col: this.col,
      address: this.address,
      text: this.text,
      value: this.value,
      format: this.format,
    };
  }
}

/** Absolute, read-only access to one sheet snapshot, merge-aware. */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Formula cells saved without their results (see SheetSnapshot.uncalculated). */
  readonly uncalculated: SheetSnapshot["uncalculated"];
  /** The first row and column the snapshot holds (its origin): fields, not getters, read in every scan. */
  readonly firstRow: number;
  readonly firstCol: number;
  /** The snapshot's arrays, held directly: every cell read goes through them. */
  private readonly values: readonly (readonly CellValue[] | undefined)[];
  private readonly texts: readonly (readonly unknown[] | undefined)[] | undefined;
  private readonly formats: readonly (readonly (string | undefined)[] | undefined)[] | undefined;
  /** The merges the index points into. */
  private readonly merges: readonly CellRange[];
  /**
   * Merge index over the box the merges span: merge number + 1 at a merge's top-left, its negative
   * on the cells the merge covers, 0 elsewhere.
   * A typed array is cheap to build and costs the garbage collector nothing; merges scattered over
   * a vast area fall back to sparse rows.
   */
  private readonly box: Int32Array | null = null;
  private readonly boxTop: number = 0;
  private readonly boxLeft: number = 0;
  private readonly boxWidth: number = 0;
  private readonly boxHeight: number = 0;
  private readonly mergeRows: CellRange[][] = [];

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.uncalculated = sheet.uncalculated;
    this.values = sheet.values;
    this.texts = sheet.text;
    this.formats = sheet.formats;
    this.firstRow = sheet.origin?.row ?? 0;
    this.firstCol = sheet.origin?.col ?? 0;
    let width = 0;
    for (let i = 0; i < sheet.values.length; i++) {
      const row = sheet.values[i];
      if (row && row.length > width) width = row.length;
    }
    this.rowCount = this.firstRow + sheet.values.length;
    this.colCount = this.firstCol + width;
    const all = sheet.merges ?? [];
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    let kept = 0;
    for (let i = 0; i < all.length; i++) {
      const m = all[i];
      if (tooLargeOrInverted(m)) continue;
      kept++;
      if (m.top < top) top = m.top;
      if (m.left < left) left = m.left;
      if (m.bottom > bottom) bottom = m.bottom;
      if (m.right > right) right = m.right;
    }
    // The snapshot's own list where every merge is kept (the usual case): no copy of thousands.
    this.merges = kept === all.length ? all : all.filter((m) => !tooLargeOrInverted(m));
    if (!this.merges.length) return;
    const height = bottom - top + 1;
    const boxWidth = right - left + 1;
    if (height * boxWidth <= 1 << 22) {
      const box = new Int32Array(height * boxWidth);
      for (let i = 0; i < this.merges.length; i++) {
        const m = this.merges[i];
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            box[(r - top) * boxWidth + (c - left)] = r === m.top && c === m.left ? i + 1 : -(i + 1);
      }
      this.box = box;
      this.boxTop = top;
      this.boxLeft = left;
      this.boxWidth = boxWidth;
      this.boxHeight = height;
      return;
    }
    for (const m of this.merges)
      for (let r = m.top; r <= m.bottom; r++) {
        const cells = (this.mergeRows[r] ??= []);
        for (let c = m.left; c <= m.right; c++) cells[c] = m;
      }
  }

  value(row: number, col: number): CellValue {
    const v = this.values[row - this.firstRow]?.[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** Display text, trimmed of nothing: what the user sees. */
  text(row: number, col: number): string {
    // The stored text is almost always there, and an empty cell is "": no further call for either
    // (the readers ask this per cell, mostly before the JIT has compiled them).
    const i = row - this.firstRow;
    const j = col - this.firstCol;
    const t = this.texts?.[i]?.[j];
    if (typeof t === "string") return t;
    const v = this.values[i]?.[j];
    return (t === undefined || t === null) && (v === undefined || v === null) ? "" : displayText(t, v ?? null);
  }

  /**
   * The cell as a CellRef; a cell covered by a merge reads as the merge's top-left. One method
   * rather than five accessor calls: the readers build a hundred thousand of these per workbook.
   * With `ownColumn`, a cell under a merge reaching in from a column to its left is null instead:
   * the merge's value belongs to that column (a table's column read row by row).
   */
  ref(row: number, col: number): Cell;
  ref(row: number, col: number, ownColumn: true): Cell | null;
  ref(row: number, col: number, ownColumn = false): Cell | null {
    // merge(), inlined for the dense index: the call is most of the cost before the JIT warms up.
    let m: CellRange | undefined;
    const box = this.box;
    if (box) {
      const r = row - this.boxTop;
      const c = col - this.boxLeft;
      const k = r >= 0 && c >= 0 && r < this.boxHeight && c < this.boxWidth ? box[r * this.boxWidth + c] : 0;
      m = k === 0 ? undefined : this.merges[(k < 0 ? -k : k) - 1];
    } else m = this.mergeRows[row]?.[col];
    if (m) {
      if (ownColumn && m.left !== col) return null;
      row = m.top;
      col = m.left;
    }
    const i = row - this.firstRow;
    const j = col - this.firstCol;
    const values = this.values[i];
    const raw = values === undefined ? undefined : values[j];
    const value = raw === undefined ? null : raw;
    const texts = this.texts?.[i];
    const t = texts === undefined ? undefined : texts[j];
    const text = typeof t === "string" ? t : displayText(t, value);
    const formats = this.formats?.[i];
    const format = (formats === undefined ? undefined : formats[j]) ?? "General";
    return new Cell(row, col, text, value, format);
  }

  /**
   * The row's display texts as stored, indexed by column - firstCol, for scans that visit every cell
   * of a sheet. A null entry is an empty cell; where an entry is missing (or not text), ask
   * text(row, col). Two plain getters, no object per row: the scans call them for every row of every
   * table.
   */
  rowTexts(row: number): readonly unknown[] | undefined {
    return this.texts?.[row - this.firstRow];
  }

  /** The last column of the row that holds a stored cell (firstCol - 1 for none): every cell past it is empty. */
  rowEnd(row: number): number {
    const i = row - this.firstRow;
    const t = this.texts?.[i]?.length ?? 0;
    const v = this.values[i]?.length ?? 0;
    return this.firstCol + (t > v ? t : v) - 1;
  }

  /** The row's values as stored, indexed by column - firstCol (see rowTexts). */
  rowValues(row: number): readonly CellValue[] | undefined {
    return this.values[row - this.firstRow];
  }

  format(row: number, col: number): string {
    return this.formats?.[row - this.firstRow]?.[col - this.firstCol] ?? "General";
  }

  merge(row: number, col: number): CellRange | undefined {
    const box = this.box;
    if (!box) return this.mergeRows[row]?.[col];
    const r = row - this.boxTop;
    const c = col - this.boxLeft;
    if (r < 0 || c < 0 || r >= this.boxHeight || c >= this.boxWidth) return undefined;
    const i = box[r * this.boxWidth + c];
    return i === 0 ? undefined : this.merges[(i < 0 ? -i : i) - 1];
  }

  /** The top-left cell of the merge covering (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Last column covered by the cell at (row, col), through its merge. */
  rightEdge(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  bottomEdge(row: number, col: number): number {
    return this.merge(row, col)?.bottom ?? row;
  }

  /** True when the cell is covered by a merge but is not its top-left. */
  isCovered(row: number, col: number): boolean {
    const box = this.box;
    if (!box) {
      const m = this.mergeRows[row]?.[col];
      return m !== undefined && (m.top !== row || m.left !== col);
    }
    // The dense index says it by its sign: no merge looked up (the readers ask this of every label cell).
    const r = row - this.boxTop;
    const c = col - this.boxLeft;
    return r >= 0 && c >= 0 && r < this.boxHeight && c < this.boxWidth && box[r * this.boxWidth + c] < 0;
  }

  isBlank(row: number, col: number): boolean {
    return isBlankContent(this.text(row, col), this.value(row, col));
  }

  /** Reads the row's arrays once: readTable's preamble scans ask this per row. */
  rowIsBlank(row: number, left: number, right: number): boolean {
    const i = row - this.firstRow;
    const values = this.values[i];
    const texts = this.texts?.[i];
    for (let c = Math.max(left, this.firstCol); c <= right; c++) {
      const j = c - this.firstCol;
      const v = (values === undefined ? undefined : values[j]) ?? null;
      const t = texts === undefined ? undefined : texts[j];
      if (!isBlankContent(typeof t === "string" ? t : displayText(t, v), v)) return false;
    }
    return true;
  }
}
