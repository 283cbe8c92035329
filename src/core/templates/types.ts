import type { TableKind } from "../model";
import type { CellRange } from "../snapshot";

/** One cell of a template sheet. Coordinates are 0-based (A1 is row 0, col 0). */
export interface TemplateCell {
  row: number;
  col: number;
  value: string | number | null;
  /** Excel number format ("0%", "0.00", "@"); General when absent. */
  numFmt?: string;
  bold?: boolean;
  /** "#RRGGBB" background. */
  fill?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  /** Font size in points; the host's default when absent. */
  size?: number;
  /** Thin border on all four sides. */
  border?: boolean;
}

/** A drop-down list and/or an input hint (the prompt Excel shows when the cell is selected). */
export interface TemplateValidation {
  range: CellRange;
  /** Allowed values; absent for a hint without a list. Joined with commas they stay under Excel's 255 characters. */
  list?: readonly string[];
  /** Reject other values (true), or only warn (false: staff may type a variant). */
  strict?: boolean;
  /** Title ≤ 32 characters, message ≤ 255 characters (Excel's limits). */
  prompt?: { title: string; message: string };
}

/** A whole sheet as data: the hosts render it (src/xlsx with exceljs, src/excel in Excel itself). */
export interface SheetTemplate {
  kind: TableKind;
  /** Suggested sheet name; hosts pick a free one from it (freeSheetName). */
  name: string;
  cells: TemplateCell[];
  merges: CellRange[];
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Row heights in points by row, where the default is too small. */
  heights: Record<number, number>;
  validations: TemplateValidation[];
  /** The cell to select after creating the sheet: where the user starts typing. */
  select: { row: number; col: number };
}
