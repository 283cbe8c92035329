import type { PrintSetup, SummaryCell } from "../core";
import type { FillState } from "./store";

/**
 * Everything the host writes, as plain data: decided before anything is written (so a refusal
 * leaves the workbook untouched), sized for Excel on the web's request limit, then applied.
 */
export type CellOp =
  | { op: "fill"; sheet: string; cell: string; color: string; solid?: boolean }
  | { op: "restoreFill"; sheet: string; cell: string; fill: FillState }
  | { op: "value"; sheet: string; cell: string; value: number | string; numFmt?: string }
  | { op: "clearValue"; sheet: string; cell: string; numFmt: string }
  | { op: "noteAdd" | "noteSet"; sheet: string; cell: string; content: string }
  | { op: "noteDelete"; sheet: string; cell: string }
  | { op: "commentAdd"; sheet: string; cell: string; content: string }
  | { op: "commentSet"; id: string; content: string }
  | { op: "commentDelete"; id: string }
  | { op: "replyAdd"; commentId: string; content: string }
  | { op: "replyDelete"; commentId: string; replyId: string };

export type SheetOp =
  | { op: "addSheet"; sheet: string; veryHidden?: boolean }
  | { op: "deleteSheet"; sheet: string }
  | { op: "clearSheet"; sheet: string }
  | { op: "storeRows"; sheet: string; top: number; rows: string[][] }
  /**
   * wrap (per column), lone and heights (per row, null for Excel's default): core's summaryLayout.
   * columns: the sheet's width, which a lone row spans.
   */
  | {
      op: "summaryRows";
      sheet: string;
      top: number;
      rows: SummaryCell[][];
      columns?: number;
      wrap?: boolean[];
      lone?: boolean[];
      heights?: (number | null)[];
    }
  | { op: "widths"; sheet: string; widths: number[] }
  /** Page layout of a sheet the add-in made (the summary): the user's own sheets keep theirs. */
  | { op: "print"; sheet: string; print: PrintSetup };

export type Op = CellOp | SheetOp;

/** Excel on the web refuses requests over 5 MB; stay well under it (the estimate is rough). */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/** Office.js wraps every queued action in an object of ids and names: about this much per call. */
const ACTION_BYTES = 160;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3; // a surrogate pair is 4
  }
  return n;
}

/** How many Office.js actions an op queues (a cell write is a range, a property or two). */
function actionCount(op: Op): number {
  switch (op.op) {
    case "summaryRows":
      // values, formats and alignment once, then per cell: a range, and bold / fill / link where set;
      // a range and a property per wrapped column and per run of rows of one height; a range, a merge
      // and a wrap per lone row.
      return (
        4 +
        op.rows.reduce((n, r) => n + r.filter((c) => c.bold || c.fill || c.link).length * 3, 0) +
        ((op.wrap?.filter(Boolean).length ?? 0) + heightRuns(op.heights ?? []).length) * 2 +
        (op.lone?.filter(Boolean).length ?? 0) * 3
      );
    case "storeRows":
      return 3;
    case "widths":
      return op.widths.length * 2;
    case "print":
      return 6;
    case "restoreFill":
      return 5;
    default:
      return 3;
  }
}

/** Consecutive rows of one height, as [first, count, points]: one action each, not one per row. */
export function heightRuns(heights: readonly (number | null)[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let r = 0; r < heights.length; r++) {
    const h = heights[r];
    if (h === null) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === r && last[2] === h) last[1]++;
    else runs.push([r, 1, h]);
  }
  return runs;
}

/** Estimated request bytes of one op: its data as JSON (UTF-8) plus Office.js's per-action wrapping. */
export function estimateBytes(op: Op): number {
  return utf8Length(JSON.stringify(op)) + actionCount(op) * ACTION_BYTES;
}

/** Splits an op whose rows alone exceed the budget into row slices; other ops are returned as they are. */
function splitLarge(op: Op, budget: number): Op[] {
  if ((op.op !== "storeRows" && op.op !== "summaryRows") || op.rows.length < 2 || estimateBytes(op) <= budget) {
    return [op];
  }
  const half = Math.ceil(op.rows.length / 2);
  const first = sliceRows(op, 0, half);
  const second = sliceRows(op, half, op.rows.length);
  return [...splitLarge(first, budget), ...splitLarge(second, budget)];
}

/** Rows [from, to) of a rows op, with what it carries per row. */
function sliceRows<T extends Extract<Op, { rows: unknown[] }>>(op: T, from: number, to: number): T {
  const out = { ...op, top: op.top + from, rows: op.rows.slice(from, to) };
  if (out.op === "summaryRows") {
    if (out.heights) out.heights = out.heights.slice(from, to);
    if (out.lone) out.lone = out.lone.slice(from, to);
  }
  return out;
}

/**
 * Groups ops, in order, into batches each estimated under the budget: one batch for any normal
 * workbook, more only for very large plans. Order is kept, so each batch leaves the store valid.
 */
export function chunkOps(ops: Op[], budget = REQUEST_BUDGET): Op[][] {
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const op of ops.flatMap((o) => splitLarge(o, budget))) {
    const bytes = estimateBytes(op);
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
