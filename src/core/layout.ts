/**
 * Row heights for wrapped text, shared by the templates and the marked copy: neither Excel nor
 * LibreOffice grows a row for text a program wrote.
 */
import type { SummarySheetPlan } from "./plan-types";

/** CJK, full-width forms, and the symbols CJK fonts draw full width (≥, ×, “”). */
const WIDE =
  /[\u1100-\u115f\u2010-\u2bff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * Width of text in column-width units: a CJK or full-width character takes about two in Excel
 * (LibreOffice draws it near 1.7, so there a row errs on the tall side, never cuts text off).
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Lines a wrapped text needs in a column `width` wide (about one unit goes to padding). */
export function linesFor(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** Row height in points for `lines` lines of text. */
export function rowHeight(lines: number): number {
  return lines * LINE_HEIGHT + 3;
}

/** Summary columns at least this wide hold prose (project names, messages): hosts wrap them. */
const WRAP_WIDTH = 40;

/** How a host lays out the 检查结果 sheet, worked out from the plan alone. */
export interface SummaryLayout {
  /** Per column: its text wraps. */
  wrap: boolean[];
  /** Per row: a lone sentence (the overall result) that spans the sheet rather than wrapping in one column. */
  lone: boolean[];
  /** Per row: its height in points, or null where one line fits (the host leaves Excel's default). */
  heights: (number | null)[];
}

/**
 * Wrapped columns and row heights of the 检查结果 sheet. Run by the hosts while writing, not by
 * the engine: measuring every message is writing work, and the engine stays quick.
 */
export function summaryLayout(plan: Pick<SummarySheetPlan, "widths" | "rows">): SummaryLayout {
  const widths = plan.widths;
  const fullWidth = widths.reduce((a, b) => a + b, 0);
  const wrap = widths.map((w) => w >= WRAP_WIDTH);
  const lone: boolean[] = [];
  const heights: (number | null)[] = [];
  for (const cells of plan.rows) {
    const alone = cells.length === 1 && widths.length > 1;
    let lines = 1;
    cells.forEach((sc, c) => {
      const label = sc.value === null ? "" : String(sc.value);
      if (label && (alone || wrap[c])) lines = Math.max(lines, linesFor(label, alone ? fullWidth : (widths[c] ?? 10)));
    });
    lone.push(alone);
    heights.push(lines > 1 ? rowHeight(lines) : null);
  }
  return { wrap, lone, heights };
}
