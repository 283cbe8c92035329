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

/**
 * How a sheet prints, as data every host applies the same way (exceljs pageSetup, the Excel add-in's
 * pageLayout, the package patcher's <pageSetup>/<printOptions>).
 */
export interface PrintSetup {
  orientation?: "landscape" | "portrait";
  /** Every column on one page width, as many pages tall as it takes. */
  fitToWidth?: boolean;
  /** Rows printed at the top of every page (0-based, inclusive). */
  titleRows?: { first: number; last: number };
  gridlines?: boolean;
  /** Cell notes printed after the sheet, each with its cell address. */
  notesAtEnd?: boolean;
  /** The sheet's name in the page header (where the sheet has no header of its own): notes pages say which sheet. */
  sheetNameHeader?: boolean;
}

export interface SummarySheetPlan {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: SummaryCell[][];
  print?: PrintSetup;
}

export interface WritePlan {
  marks: CellMark[];
  /** Computed values for blank cells (执行率, 得分, 总分, 监控结果). */
  writes: CellWrite[];
  summary: SummarySheetPlan;
  /** Print settings for the marked sheets (their notes print at the end, with the cell), in sheet order. */
  sheetPrint?: { sheet: string; print: PrintSetup }[];
}

export const SUMMARY_SHEET = "检查结果";
/** The summary's first cell and the label of its colour legend (A3): how a summary is known where no record names it. */
export const SUMMARY_TITLE = "绩效表检查结果";
export const LEGEND_LABEL = "标记颜色";
export const NOTE_PREFIX = "【绩效检查】";
/**
 * Mark fills: unlike every colour the templates use (#DDEBF7, #F2F2F2, #FFF9E5) and the lights, and
 * a step apart in grey (luma about 139, 172 and 200 against the header's 232), so each severity
 * can be told apart on screen and on a black-and-white printout.
 */
export const FILLS: Record<Severity, string> = { error: "#E06666", warning: "#F29B4B", info: "#CBC0EA" };
export const LIGHT_FILLS = { red: "#FF6B6B", yellow: "#FFD966", green: "#A9D08E", blue: "#9BC2E6" } as const;
export const LIGHT_NAMES = { red: "红", yellow: "黄", green: "绿", blue: "蓝" } as const;
