import type { Severity } from "./settings";

/** What a host writes back: plain data, applied in one batch. Colours are "#RRGGBB". */
export interface CellMark {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  /** The worst severity among the cell's findings. */
  severity: Severity;
  /** Fill colour for the severity. */
  fill: string;
  /** Note text: every finding on the cell, prefixed with NOTE_PREFIX. */
  note: string;
}

export interface CellWrite {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  value: number | string;
  numFmt?: string;
  fill?: string;
  note?: string;
}

export interface SummaryCell {
  value: string | number | null;
  /** Hyperlink target inside the workbook. */
  link?: { sheet: string; cell: string };
  fill?: string;
  bold?: boolean;
  numFmt?: string;
}

export interface SummarySheetPlan {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: SummaryCell[][];
}

export interface WritePlan {
  marks: CellMark[];
  /** Computed values for blank cells (执行率, 得分, 总分, 监控结果). */
  writes: CellWrite[];
  summary: SummarySheetPlan;
}

export const SUMMARY_SHEET = "检查结果";
export const NOTE_PREFIX = "【绩效检查】";
export const FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
export const LIGHT_FILLS = { red: "#FF6B6B", yellow: "#FFD966", green: "#A9D08E", blue: "#9BC2E6" } as const;
export const LIGHT_NAMES = { red: "红", yellow: "黄", green: "绿", blue: "蓝" } as const;
