import type { Grid } from "../grid";
import type { CellRef, FundSource, Funds } from "../model";
import { readAmount, type ShownNumber } from "../money";
import {
  checkpointMonth,
  classifyColumn,
  classifyLabel,
  fundsHeaderKey,
  HAS_CJK,
  type MoneyUnit,
} from "../locate/labels";
import { activeVocabulary, memoByVocabulary } from "../locate/vocabulary";
import { normalizeLabel } from "../text";
import { isBlankCell, valueAlongRow, valueRightOf } from "./cells";
import { firstLabel, firstLabelBelow, type FoundLabel } from "./header";

const UNIT_NAMED = /单位:?(万元|元)|\((万元|元)\)/;

/** The columns of a funds block; "reason" is where a form asks why the execution fell short (原因, 偏差原因). */
export type FundsColumn = "budgetStart" | "budgetFull" | "spent" | "weight" | "rate" | "score" | "reason";

/** Every funds header holds one of these: most cells are out before normalising. */
const FUNDS_CHAR = /[预执分权得因]/;

/** A funds-block column header by the profiles' funds vocabulary (the base's table first). */
export const fundsColumn = memoByVocabulary((raw: string): FundsColumn | null => {
  if (!raw || raw.length > 32 || !FUNDS_CHAR.test(raw)) return null;
  return activeVocabulary().funds.match(fundsHeaderKey(raw));
});

/** Text that heads something (a label, a column header, a checkpoint): never an amount. */
const headerTextMemo = memoByVocabulary(
  (t: string): boolean =>
    classifyLabel(t) !== null || classifyColumn(t) !== null || fundsColumn(t) !== null || checkpointMonth(t) !== null,
);
/** Every heading holds a Chinese character: an amount (unique per table, a memo miss) is out at once. */
export const isHeaderText = (t: string): boolean => HAS_CJK.test(t) && headerTextMemo(t);

export interface FundsHeader {
  row: number;
  columns: Partial<Record<FundsColumn, CellRef>>;
  /** The 元 or 万元 a header names: 预算数（元）. */
  unit: MoneyUnit | null;
}

/** The row holding at least three funds headers (one of them a budget or 执行数), in rows [top, bottom]. */
/** Labels a funds header row never holds: a row with one of these is something else. */
const NOT_ON_FUNDS_ROW = new Set([
  "projectCode",
  "projectName",
  "departmentName",
  "plan",
  "plannedRow",
  "goal",
  "purpose",
  "asOf",
  "total",
]);

export function findFundsHeader(
  grid: Grid,
  top: number,
  bottom: number,
  left: number,
  right: number,
  labels: FoundLabel[] = [],
): FundsHeader | null {
  const c0 = grid.firstCol;
  // Every table's header rows pass here: the rows of its other labels are skipped unread.
  const skip = new Set<number>();
  for (let i = 0; i < labels.length; i++) if (NOT_ON_FUNDS_ROW.has(labels[i].kind)) skip.add(labels[i].cell.row);
  for (let r = top; r <= bottom; r++) {
    if (skip.has(r)) continue;
    const columns: FundsHeader["columns"] = {};
    let found = 0;
    let unit: MoneyUnit | null = null;
    // The stored texts, the merge looked up for headers only.
    const texts = grid.rowTexts(r);
    // Cells past the stored row, and empty ones, head nothing.
    const end = Math.min(right, grid.rowEnd(r));
    for (let c = left; c <= end; c++) {
      const raw = texts?.[c - c0];
      const text = typeof raw === "string" ? raw : raw === null ? "" : grid.text(r, c);
      if (!text) continue;
      const kind = fundsColumn(text);
      if (kind && !columns[kind] && !grid.isCovered(r, c)) {
        columns[kind] = grid.ref(r, c);
        // A reason column comes with a block; it does not make a row one.
        if (kind !== "reason") found++;
        unit ??= unitIn(text);
      }
    }
    if (found >= 3 && (columns.budgetFull || columns.budgetStart || columns.spent)) return { row: r, columns, unit };
  }
  return null;
}

/** A money unit named in a text: 单位：元, 金额单位:万元, （元）. */
function unitIn(text: string): MoneyUnit | null {
  const m = UNIT_NAMED.exec(normalizeLabel(text));
  return m ? ((m[1] ?? m[2]) as MoneyUnit) : null;
}

/**
 * The unit the table writes its amounts in: a 单位：元 mark, a funds label's (元), or a unit line above
 * the table; 万元 when none says otherwise.
 */
export function tableUnit(labels: FoundLabel[], preamble: (CellRef | null)[]): MoneyUnit {
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.kind === "unitMark") return unitIn(l.cell.text) ?? "万元";
    if (l.match.unit && (l.kind === "fundsBlock" || l.kind === "budget")) return l.match.unit;
  }
  for (const c of preamble) {
    const u = c ? unitIn(c.text) : null;
    if (u) return u;
  }
  return "万元";
}

interface Read {
  cell: CellRef;
  wan: ShownNumber | null;
}

/** An amount written into the label's own cell (年度资金总额:16). */
function inline(label: FoundLabel, unit: MoneyUnit): Read | null {
  if (label.match.amount === undefined) return null;
  return {
    cell: label.cell,
    wan: readAmount({ text: label.match.amount, value: null, format: "General" }, label.match.unit ?? unit),
  };
}

/** The cell under a label (below its merge). */
function under(grid: Grid, cell: CellRef): CellRef {
  return grid.ref(grid.bottomEdge(cell.row, cell.col) + 1, cell.col);
}

/**
 * A label's amount: in its own cell, beside it, or below it when the label heads a column (预算数 |
 * 财政资金 | 其他资金 over a row of figures: a header or nothing beside it, a figure under it). A
 * header is never the amount: null when there is nothing else. `below` says where to look for
 * sources: under their labels too once the budget stood under its own.
 */
function amountOf(
  grid: Grid,
  label: FoundLabel,
  unit: MoneyUnit,
  below: boolean | null,
  rightEdge: number,
): (Read & { below: boolean }) | null {
  const own = inline(label, unit);
  if (own) return { ...own, below: false };
  const u = label.match.unit ?? unit;
  if (!below) {
    const right = valueAlongRow(grid, label.cell, rightEdge, isHeaderText, (c) => readAmount(c, u) !== null);
    const blank = isBlankCell(right);
    if (!blank && !isHeaderText(right.text)) return { cell: right, wan: readAmount(right, u), below: false };
    if (below === false) return blank ? { cell: right, wan: null, below: false } : null;
    const cell = under(grid, label.cell);
    const wan = isBlankCell(cell) || isHeaderText(cell.text) ? null : readAmount(cell, u);
    if (wan) return { cell, wan, below: true };
    return blank ? { cell: right, wan: null, below: false } : null;
  }
  const cell = under(grid, label.cell);
  return { cell, wan: readAmount(cell, u), below: true };
}

/**
 * 预算数 and its sources. The first budget label that has an amount wins (a block label such as 项目资金
 * may head the block); sources stand on the budget row or the rows below it, up to the next block
 * (plan or goal); 其中 may be its own cell or part of the label.
 */
export function readFunds(grid: Grid, labels: FoundLabel[], right: number, unit: MoneyUnit): Funds | null {
  // Plain loops here and below: these run once per table, and callbacks make every first run slower.
  let budgetLabel: FoundLabel | undefined;
  let budget: Read | null = null;
  let below = false;
  for (let i = 0; i < labels.length && !budget?.wan; i++) {
    const l = labels[i];
    if (l.kind !== "budget") continue;
    const read = amountOf(grid, l, unit, null, right);
    if (!read || (budget && !read.wan)) continue;
    budgetLabel = l;
    budget = read;
    below = read.below;
  }
  if (!budgetLabel || !budget) return null;
  const budgetRow = budgetLabel.cell.row;
  const stop = firstLabelBelow(labels, budgetRow, "plan", "goal");
  const stopRow = stop ? stop.cell.row - 1 : budgetRow + 3;
  const sources: FundSource[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.kind !== "source" || l.cell.row < budgetRow || l.cell.row > stopRow) continue;
    const read = amountOf(grid, l, unit, below, right);
    if (read) sources.push({ name: l.name ?? l.cell.text, label: l.cell, amount: read.cell, amountWan: read.wan });
  }
  return {
    budgetLabel: budgetLabel.cell,
    budget: budget.cell,
    budgetWan: budget.wan,
    unit: budgetLabel.match.unit ?? unit,
    sources,
    purpose: readPurpose(grid, labels, budgetLabel, right, stopRow),
  };
}

function readPurpose(grid: Grid, labels: FoundLabel[], budgetLabel: FoundLabel, right: number, stopRow: number) {
  const purposeLabel = firstLabel(labels, "purpose");
  if (purposeLabel) return valueRightOf(grid, purposeLabel.cell);
  // The seed's layout: the purpose text fills the row under the budget row, inside the block label's merge.
  const block = firstLabel(labels, "fundsBlock");
  const budgetRow = budgetLabel.cell.row;
  const labelCol = block ? block.cell.col : budgetLabel.cell.col - 1;
  const lastRow = Math.min(block ? grid.bottomEdge(block.cell.row, block.cell.col) : budgetRow + 1, stopRow);
  for (let r = budgetRow + 1; r <= lastRow; r++) {
    if (hasLabelOn(labels, r)) continue;
    for (let c = labelCol + 1; c <= right; c++) {
      if (grid.isCovered(r, c) || grid.isBlank(r, c)) continue;
      return grid.ref(r, c);
    }
  }
  return null;
}

function hasLabelOn(labels: FoundLabel[], row: number): boolean {
  for (let i = 0; i < labels.length; i++) if (labels[i].cell.row === row) return true;
  return false;
}

/** The value under a header cell (below its merge). */
export function underHeader(grid: Grid, header: CellRef | undefined): CellRef | null {
  return header ? under(grid, header) : null;
}

/**
 * A funds block with column headers (年初预算数 | 全年预算数 | 全年执行数 …): 预算数 is the 全年预算数
 * figure on the total row under the headers (年初预算数 where the form has no adjusted column), and
 * the sources listed under that row are read in the same column, so they add up in one column.
 */
export function fundsFromBlock(
  grid: Grid,
  labels: FoundLabel[],
  block: FundsHeader,
  left: number,
  unit: MoneyUnit,
  lastRow: number,
): Funds | null {
  const budget = underHeader(grid, block.columns.budgetFull ?? block.columns.budgetStart);
  if (!budget) return null;
  const valueRow = budget.row;
  const u = block.unit ?? unit;
  const stop = firstLabelBelow(labels, valueRow, "goal", "plan");
  const last = stop ? stop.cell.row - 1 : Math.min(valueRow + 5, lastRow);
  const sources: FundSource[] = [];
  for (const l of labels)
    if (l.kind === "source" && l.cell.row > valueRow && l.cell.row <= last) {
      const amount = grid.ref(l.cell.row, budget.col);
      sources.push({ name: l.name ?? l.cell.text, label: l.cell, amount, amountWan: readAmount(amount, u) });
    }
  // The total row's own label (年度资金总额), else the column header.
  let budgetLabel: CellRef = (block.columns.budgetFull ?? block.columns.budgetStart)!;
  for (let c = budget.col - 1; c >= left; c--) {
    const cell = grid.ref(valueRow, c);
    if (cell.row === valueRow && typeof cell.value === "string" && !isBlankCell(cell)) {
      budgetLabel = cell;
      break;
    }
  }
  const columns: NonNullable<Funds["columns"]> = [];
  for (const k of AMOUNT_COLUMNS) {
    const header = block.columns[k];
    if (header) columns.push({ header, total: grid.ref(valueRow, header.col) });
  }
  return { budgetLabel, budget, budgetWan: readAmount(budget, u), unit: u, sources, purpose: null, columns };
}

/** The columns of a funds block that hold amounts (the others hold 分值, 执行率, 得分). */
const AMOUNT_COLUMNS = ["budgetStart", "budgetFull", "spent"] as const;

/** The current year's column of a funds table beside earlier years (当年金额 | 占比 | 2021 年 | 2022 年). */
const YEAR_AMOUNT = /^(当年|本年|本年度)(金额|预算数?)$/;
const TOTAL_ROW = /^(合计|总计)$/;

/**
 * A department's funds table (部门整体): a 当年金额 column, its sources (财政拨款, 其他资金) and a 合计
 * row under them; the budget is that 合计 in the 当年金额 column.
 */
export function fundsFromYearColumn(
  grid: Grid,
  labels: FoundLabel[],
  top: number,
  bottom: number,
  left: number,
  right: number,
  unit: MoneyUnit,
): Funds | null {
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) {
      if (grid.isCovered(r, c) || !YEAR_AMOUNT.test(normalizeLabel(grid.text(r, c)))) continue;
      const sources: FundSource[] = [];
      for (let row = grid.bottomEdge(r, c) + 1; row <= bottom; row++) {
        const source = labels.find((l) => l.kind === "source" && l.cell.row === row && l.cell.col < c);
        if (source) {
          const amount = grid.ref(row, c);
          sources.push({
            name: source.name ?? source.cell.text,
            label: source.cell,
            amount,
            amountWan: readAmount(amount, unit),
          });
          continue;
        }
        for (let k = left; k < c; k++) {
          const label = grid.ref(row, k);
          if (label.row !== row || !TOTAL_ROW.test(normalizeLabel(label.text))) continue;
          const budget = grid.ref(row, c);
          return { budgetLabel: label, budget, budgetWan: readAmount(budget, unit), unit, sources, purpose: null };
        }
      }
      return null;
    }
  return null;
}
