import { level1Of, level2Of } from "../categories";
import { Cell, isBlankContent, type Grid } from "../grid";
import type { CellRef, ColumnRole, Indicator, IndicatorHeader } from "../model";
import { classifyColumn } from "../locate/labels";
import { parseTarget } from "../value";
import { memoText } from "../text";
import { isBlankCell } from "./cells";
import { classifyLabel, titleKind } from "../locate/labels";

/**
 * Reads the indicator header at (row, col of 一级指标): every column role in that row, and in the
 * row below when the header has two rows (指标值 over 性质 | 值 | 单位). Returns the row where
 * indicators start.
 */
export function readIndicatorHeader(
  grid: Grid,
  row: number,
  left: number,
  right: number,
): { header: IndicatorHeader; firstRow: number } {
  const columns: IndicatorHeader["columns"] = {};
  const take = (r: number): number => {
    let found = 0;
    for (let c = left; c <= right; c++) {
      const role = classifyColumn(grid.text(r, c));
      if (!role || grid.isCovered(r, c)) continue;
      // A two-row header: the lower row's 指标值 replaces the merged one above it.
      if (!columns[role] || r > row) columns[role] = grid.ref(r, c);
      found++;
    }
    return found;
  };
  take(row);
  let firstRow = grid.bottomEdge(row, left) + 1;
  if (firstRow < grid.rowCount && take(firstRow) >= 2) firstRow++;
  return { header: { row, columns }, firstRow };
}

/** The cell of a column on a row; a merge reaching in from the left is not this column's value. */
function cell(grid: Grid, row: number, ref: CellRef | undefined): CellRef | null {
  if (!ref) return null;
  const own = grid.ref(row, ref.col, true);
  if (own) return own;
  const m = grid.anchor(row, ref.col);
  return new Cell(row, ref.col, "", null, grid.format(m.row, m.col));
}

function shownText(c: CellRef | null): string {
  return c && !isBlankCell(c) ? c.text.trim() : "";
}

/** Targets repeat across tables (≥95百分比, 是否超预算支出); parsed results are shared, never mutated. */
const parseTargetCached = memoText(parseTarget, 5000);

/** A cell that ends the indicator rows: a header-block label (not a funding source), a title, an 一级指标 header. */
const endsIndicators = memoText((t: string): boolean => {
  const label = classifyLabel(t);
  return (label !== null && label.kind !== "source") || titleKind(t) !== null || classifyColumn(t) === "level1";
});

/**
 * True when the indicator rows end at this row: it is blank, or it starts something else (a new
 * table's labels, a title, a 总分 row). One pass over the row's stored texts for both.
 */
function endsIndicatorRows(grid: Grid, row: number, left: number, right: number): boolean {
  // A banner: one text merged across most of the table (a unit line, a note).
  const m = grid.merge(row, left);
  if (m && m.top === row && m.bottom === row && m.right - m.left >= Math.min(3, right - left)) return true;
  const c0 = grid.firstCol;
  const { texts, values } = grid.rowArrays(row);
  let blank = true;
  for (let c = left; c <= right; c++) {
    const raw = texts?.[c - c0];
    const t = typeof raw === "string" ? raw : grid.text(row, c);
    if (t && endsIndicators(t) && !grid.isCovered(row, c)) return true;
    if (blank) blank = isBlankContent(t, values?.[c - c0] ?? null);
  }
  return blank;
}

const ROLE_LIST = [
  "actual",
  "forecast",
  "chance",
  "reasonCategory",
  "reason",
  "result",
  "weight",
  "score",
] as const satisfies readonly ColumnRole[];

/**
 * Indicator rows from firstRow down to a blank row or the start of something else.
 * First- and second-level names carry down through merges and blank cells.
 */
export function readIndicators(
  grid: Grid,
  header: IndicatorHeader,
  firstRow: number,
  left: number,
  right: number,
  lastRow: number,
): { indicators: Indicator[]; bottom: number } {
  const cols = header.columns;
  // The monitoring and self-evaluation columns this header has, looked up once rather than per row.
  const roles = ROLE_LIST.filter((role) => cols[role]);
  const indicators: Indicator[] = [];
  let level1Text = "";
  let level2Text = "";
  let r = firstRow;
  for (; r <= lastRow; r++) {
    if (endsIndicatorRows(grid, r, left, right)) break;
    const l1 = cell(grid, r, cols.level1);
    const l2 = cell(grid, r, cols.level2);
    const l3 = cell(grid, r, cols.level3);
    const l1Text = l1?.text.trim() ?? "";
    // Rows past the block: an own first-level cell that names no category, with no known second level either.
    if (l1 && l1.row === r && l1Text && !level1Of(l1Text) && !level2Of(l2?.text ?? "")) break;
    if (l1Text) {
      if (l1Text !== level1Text) level2Text = "";
      level1Text = l1Text;
    }
    const l2Text = l2?.text.trim() ?? "";
    if (l2Text) level2Text = l2Text;
    const description = cell(grid, r, cols.description);
    let targetCell = cell(grid, r, cols.target);
    const nature = cell(grid, r, cols.nature);
    const unit = cell(grid, r, cols.unit);
    let targetText: string;
    if (nature && cols.target && grid.merge(r, cols.target.col)?.left === nature.col) {
      // Split header, a statement merged across 指标性质 and 指标值 (预算年度结束前完成购置计划): it is the value.
      targetCell = nature;
      targetText = shownText(nature);
    } else {
      // Split 指标性质 | 指标值 | 计量单位: an operator and a unit around a blank value is no value ("≥ |  | 批次").
      const value = shownText(targetCell);
      targetText = value ? shownText(nature) + value + shownText(unit) : "";
    }
    const level3Text = l3?.text.trim() ?? "";
    if (!level3Text && !targetText && isBlankCell(description)) continue;
    const it: Indicator = {
      row: r,
      level1: l1 && l1.row === r && !isBlankCell(l1) ? l1 : null,
      level2: l2 && l2.row === r && !isBlankCell(l2) ? l2 : null,
      level3: l3,
      description,
      level1Text,
      level2Text,
      level3Text,
      level1Kind: level1Of(level1Text),
      level2Kind: level2Of(level2Text),
      target: targetCell,
      targetText,
      parsed: parseTargetCached(targetText),
      targetBasis: cell(grid, r, cols.targetBasis),
    };
    for (let k = 0; k < roles.length; k++) it[roles[k]] = cell(grid, r, cols[roles[k]]);
    indicators.push(it);
  }
  return { indicators, bottom: r - 1 };
}
