import { Cell, type Grid } from "../grid";
import type { CellRef, FundsRow, SelfEvaluationInfo, Table } from "../model";
import { normalizeLabel } from "../text";
import { valueRightOf } from "./cells";
import { underHeader as below, type FundsHeader } from "./funds";
import { firstLabel, firstLabelBelow, type FoundLabel } from "./header";

/** A weight written in a heading: 预算执行情况(万元)(20分), 得分(20分*执行率). */
const HEADING_WEIGHT = /\((\d+(?:\.\d+)?)分/;

/**
 * A funds block without a 分值 column may give the execution's weight in a heading on its header row:
 * that heading, read as its figure.
 */
function weightInHeading(grid: Grid, row: number, left: number, right: number): CellRef | null {
  for (let c = left; c <= right; c++) {
    if (grid.isCovered(row, c)) continue;
    const m = HEADING_WEIGHT.exec(normalizeLabel(grid.text(row, c)));
    if (m) return new Cell(row, c, m[1], Number(m[1]), "General");
  }
  return null;
}

/** A funds block has a few rows under its total: 其中 rows, or 基本支出 / 项目支出 / 其他. */
const MAX_FUNDS_ROWS = 6;

/**
 * The rows under the total row, down to the next block (年度总体目标, the indicator header): each
 * with its label (the row's own text left of the figures) and its cells in the block's columns.
 */
function fundsRows(grid: Grid, labels: FoundLabel[], info: SelfEvaluationInfo, left: number, table?: Table) {
  const total = info.budgetFull!;
  const firstCol = Math.min(...[info.budgetStart, total, info.spent].map((c) => c?.col ?? total.col));
  const stop = firstLabelBelow(labels, total.row, "goal", "plan");
  let last = Math.min(total.row + MAX_FUNDS_ROWS, stop ? stop.cell.row - 1 : Infinity);
  if (table?.header) last = Math.min(last, table.header.row - 1);
  const at = (r: number, c: CellRef | null) => (c ? grid.ref(r, c.col) : null);
  const rows: FundsRow[] = [];
  for (let r = total.row + 1; r <= last; r++) {
    let label: CellRef | null = null;
    for (let c = firstCol - 1; c >= left && !label; c--) {
      const cell = grid.ref(r, c);
      if (cell.row === r && typeof cell.value === "string" && cell.text.trim()) label = cell;
    }
    if (!label) continue;
    rows.push({
      label,
      budgetFull: at(r, total),
      spent: at(r, info.spent),
      weight: info.weight?.row === total.row ? at(r, info.weight) : null,
      score: at(r, info.score),
    });
  }
  return rows;
}

const FUNDS_COLUMNS = ["budgetStart", "budgetFull", "spent", "weight", "rate", "score", "reason"] as const;

/**
 * The funds block and 总分 of a self-evaluation table, and the 年度总体目标 cells. The funds block is
 * a header row (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) with the 年度资金总额
 * row below it (found by the locator, which reads table.funds from it); a form without 全年预算数
 * executes against 年初预算数.
 */
export function readSelfEvaluationInfo(
  grid: Grid,
  labels: FoundLabel[],
  table: Table | undefined,
  funds: FundsHeader | null,
): SelfEvaluationInfo {
  const info: SelfEvaluationInfo = {
    budgetStart: null,
    budgetFull: null,
    spent: null,
    weight: null,
    rate: null,
    score: null,
    reason: null,
    total: null,
    goalActual: null,
  };
  const range = table?.range;
  const right = range?.right ?? grid.colCount - 1;

  if (funds) {
    for (const k of FUNDS_COLUMNS) info[k] = below(grid, funds.columns[k]);
    info.budgetFull ??= info.budgetStart;
    if (info.budgetFull) info.fundsRows = fundsRows(grid, labels, info, range?.left ?? grid.firstCol, table);
    info.weight ??= weightInHeading(grid, funds.row, range?.left ?? grid.firstCol, right);
  } else if (table?.projectNameLabel) {
    // A bare indicator block (no name above it: a second 年度绩效目标 block) has no header part to judge.
    const where = table.projectNameLabel;
    table.problems.push({
      row: where.row,
      col: where.col,
      message:
        "自评表中找不到资金情况（年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分），无法计算执行率得分。请按自评表格式补上。",
    });
  }

  const total = firstLabel(labels, "total");
  if (total) {
    const scoreCol = table?.header?.columns.score;
    info.total =
      scoreCol && scoreCol.col > grid.rightEdge(total.cell.row, total.cell.col)
        ? grid.ref(total.cell.row, scoreCol.col)
        : valueRightOf(grid, total.cell);
  }

  // 年度总体目标 | 预期目标 | 实际完成情况, with the texts below those headers.
  const goal = firstLabel(labels, "goal");
  if (goal) {
    const last = grid.bottomEdge(goal.cell.row, goal.cell.col);
    for (let r = goal.cell.row; r <= last; r++) {
      for (let c = goal.cell.col + 1; c <= right; c++) {
        if (grid.isCovered(r, c)) continue;
        const t = normalizeLabel(grid.text(r, c));
        if (/^(预期目标|年度目标|目标)$/.test(t) && table) table.goal = below(grid, grid.ref(r, c));
        if (/^实际完成情况$|^(实际)?完成情况$/.test(t)) info.goalActual = below(grid, grid.ref(r, c));
      }
    }
  }
  return info;
}
