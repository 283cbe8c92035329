import type { Grid } from "../grid";
import type { CellRef, Table } from "../model";
import { classifyLabel } from "../locate/labels";
import { isBlankCell } from "./cells";

/** Columns of a list's header row that belong to each project, not to an indicator. */
interface ListColumns {
  name: CellRef;
  code: CellRef | null;
  budget: CellRef | null;
}

/** The 项目名称 column (and 项目编码, 预算数) on the indicator header's row, when the table is a list of projects. */
export function listColumns(grid: Grid, table: Table): ListColumns | null {
  const header = table.header;
  if (!header) return null;
  const found: Partial<ListColumns> = {};
  for (let c = table.range.left; c <= table.range.right; c++) {
    if (grid.isCovered(header.row, c)) continue;
    const kind = classifyLabel(grid.text(header.row, c))?.kind;
    if (kind === "projectName") found.name ??= grid.ref(header.row, c);
    else if (kind === "projectCode") found.code ??= grid.ref(header.row, c);
    else if (kind === "budget") found.budget ??= grid.ref(header.row, c);
  }
  return found.name ? { name: found.name, code: found.code ?? null, budget: found.budget ?? null } : null;
}

/**
 * A list of projects under one indicator header (a department's 项目绩效目标申报表): the header row
 * also heads 项目名称 (and 预算数, 年度目标 …), each project's name stands on its first row, merged
 * down its rows or left blank below, and its indicators follow in any order. One table per project;
 * rows above the first name (a department's subtotal) belong to none. Null when the table is no list.
 */
export function splitList(grid: Grid, table: Table): Table[] | null {
  const cols = listColumns(grid, table);
  const header = table.header;
  if (!cols || !header) return null;
  const starts: number[] = [];
  for (let r = grid.bottomEdge(header.row, cols.name.col) + 1; r <= table.range.bottom; r++) {
    if (grid.isCovered(r, cols.name.col)) continue;
    if (!isBlankCell(grid.ref(r, cols.name.col))) starts.push(r);
  }
  if (starts.length === 0) return null;
  return starts.map((row, i): Table => {
    const bottom = i + 1 < starts.length ? starts[i + 1] - 1 : table.range.bottom;
    const indicators = table.indicators.filter((it) => it.row >= row && it.row <= bottom);
    const at = (c: CellRef | null) => (c ? grid.ref(row, c.col) : null);
    const budget = at(cols.budget);
    return {
      ...table,
      range: { ...table.range, top: i === 0 ? table.range.top : row, bottom },
      projectNameLabel: cols.name,
      projectName: grid.ref(row, cols.name.col),
      projectCodeLabel: cols.code,
      projectCode: at(cols.code),
      funds: cols.budget && budget ? { budgetLabel: cols.budget, budget, sources: [], purpose: null } : null,
      indicators,
      problems:
        indicators.length === 0
          ? [
              {
                row,
                col: cols.name.col,
                message: "此项目没有指标行。请在项目名称所在行起逐行填写一级、二级、三级指标和指标值。",
              },
            ]
          : [],
    };
  });
}
