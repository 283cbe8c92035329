import type { Grid } from "../grid";
import type { CellRef, FundSource, SelfEvaluationInfo, Table } from "../model";
import { normalizeLabel } from "../text";
import { isBlankCell, valueRightOf } from "./cells";
import { firstLabel, firstLabelBelow, type FoundLabel } from "./header";

type FundsColumn = "budgetStart" | "budgetFull" | "spent" | "weight" | "rate" | "score";

/** Headers of the funds block (财预〔2020〕10号), after a trailing (万元) / (A) / (B/A) is dropped. */
const FUNDS_HEADERS: [RegExp, FundsColumn][] = [
  [/^年初预算(数|金额)?$/, "budgetStart"],
  [/^(全年|调整后)(预算)(数|金额)?$|^预算调整数$/, "budgetFull"],
  [/^(全年|实际)?执行(数|金额)$|^全年执行$|^实际支出(数|金额)?$/, "spent"],
  [/^分值$|^权重$/, "weight"],
  [/^(预算)?执行率$/, "rate"],
  [/^得分$/, "score"],
];

function fundsColumn(raw: string): FundsColumn | null {
  if (!raw || raw.length > 24) return null;
  const t = normalizeLabel(raw).replace(/\([^()]*\)$/, "");
  for (const [re, kind] of FUNDS_HEADERS) if (re.test(t)) return kind;
  return null;
}

interface FundsHeader {
  row: number;
  columns: Partial<Record<FundsColumn, CellRef>>;
}

/** The row holding at least three funds headers, above the indicator header. */
function findFundsHeader(grid: Grid, top: number, bottom: number, left: number, right: number): FundsHeader | null {
  for (let r = top; r <= bottom; r++) {
    const columns: FundsHeader["columns"] = {};
    let found = 0;
    for (let c = left; c <= right; c++) {
      if (grid.isCovered(r, c)) continue;
      const kind = fundsColumn(grid.text(r, c));
      if (kind && !columns[kind]) {
        columns[kind] = grid.ref(r, c);
        found++;
      }
    }
    if (found >= 3 && (columns.budgetFull || columns.spent)) return { row: r, columns };
  }
  return null;
}

/** The value under a header cell (below its merge). */
function below(grid: Grid, header: CellRef | undefined): CellRef | null {
  if (!header) return null;
  return grid.ref(grid.bottomEdge(header.row, header.col) + 1, header.col);
}

/**
 * The funds block and 总分 of a self-evaluation table, and the 年度总体目标 cells. The funds block is
 * a header row (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) with the 年度资金总额
 * row below it and the sources under that; table.funds is re-pointed at the 全年预算数 column, so
 * 预算数 means the adjusted budget and its sources add up in the same column.
 */
export function readSelfEvaluationInfo(grid: Grid, labels: FoundLabel[], table?: Table): SelfEvaluationInfo {
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
  const headerRow = table?.header?.row ?? labels.reduce((m, l) => Math.max(m, l.cell.row), range?.top ?? 0);
  const left = range?.left ?? grid.firstCol;
  const right = range?.right ?? grid.colCount - 1;
  const top = range?.top ?? labels.reduce((m, l) => Math.min(m, l.cell.row), headerRow);

  const funds = findFundsHeader(grid, top, headerRow - 1, left, right);
  if (funds) {
    for (const k of ["budgetStart", "budgetFull", "spent", "weight", "rate", "score"] as FundsColumn[])
      info[k] = below(grid, funds.columns[k]);
    if (table && info.budgetFull) repointFunds(grid, table, labels, funds, info.budgetFull, left);
  } else if (table) {
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

/** Sources listed under the 年度资金总额 row, read in the 全年预算数 column. */
function repointFunds(
  grid: Grid,
  table: Table,
  labels: FoundLabel[],
  funds: FundsHeader,
  budgetFull: CellRef,
  left: number,
): void {
  const valueRow = budgetFull.row;
  const stop = firstLabelBelow(labels, valueRow, "goal", "plan");
  const lastRow = stop ? stop.cell.row - 1 : Math.min(valueRow + 5, (table.header?.row ?? valueRow + 6) - 1);
  const sources: FundSource[] = [];
  for (const l of labels)
    if (l.kind === "source" && l.cell.row > valueRow && l.cell.row <= lastRow)
      sources.push({ name: l.name ?? l.cell.text, label: l.cell, amount: grid.ref(l.cell.row, budgetFull.col) });
  let budgetLabel: CellRef = funds.columns.budgetFull!;
  for (let c = budgetFull.col - 1; c >= left; c--) {
    const cell = grid.ref(valueRow, c);
    if (cell.row === valueRow && typeof cell.value === "string" && !isBlankCell(cell)) {
      budgetLabel = cell;
      break;
    }
  }
  table.funds = { budgetLabel, budget: budgetFull, sources, purpose: null };
}
