import type { Grid } from "../grid";
import type { SelfEvaluationInfo, Table } from "../model";
import { normalizeLabel } from "../text";
import { valueRightOf } from "./cells";
import { underHeader as below, type FundsHeader } from "./funds";
import { firstLabel, type FoundLabel } from "./header";

const FUNDS_COLUMNS = ["budgetStart", "budgetFull", "spent", "weight", "rate", "score"] as const;

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
    total: null,
    goalActual: null,
  };
  const range = table?.range;
  const right = range?.right ?? grid.colCount - 1;

  if (funds) {
    for (const k of FUNDS_COLUMNS) info[k] = below(grid, funds.columns[k]);
    info.budgetFull ??= info.budgetStart;
  } else if (table) {
    const top = range?.top ?? 0;
    const left = range?.left ?? grid.firstCol;
    const where = table.projectNameLabel ?? table.header?.columns.level1 ?? { row: top, col: left };
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
