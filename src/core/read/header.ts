import type { Grid } from "../grid";
import type { CellRef, Checkpoint, FundSource, Funds, SpendingPlan } from "../model";
import { readShown, type ShownNumber } from "../money";
import { checkpointMonth, classifyLabel, type LabelKind, type LabelMatch } from "../locate/labels";
import { isBlankCell, valueRightOf } from "./cells";

export interface FoundLabel extends LabelMatch {
  cell: CellRef;
}

/** Every header label in rows [top, bottom] and columns [left, right], in reading order. */
export function scanLabels(grid: Grid, top: number, bottom: number, left: number, right: number): FoundLabel[] {
  const out: FoundLabel[] = [];
  const c0 = grid.firstCol;
  for (let r = top; r <= bottom; r++) {
    // The stored texts, read without a call per cell; a missing one falls back to grid.text.
    const { texts } = grid.rowArrays(r);
    for (let c = left; c <= right; c++) {
      const raw = texts?.[c - c0];
      const text = typeof raw === "string" ? raw : grid.text(r, c);
      if (!text) continue;
      // Most cells are no label: classify (memoised) before the merge lookup.
      const m = classifyLabel(text);
      if (!m || grid.isCovered(r, c)) continue;
      const cell = grid.ref(r, c);
      out.push(m.name === undefined ? { kind: m.kind, cell } : { kind: m.kind, name: m.name, cell });
    }
  }
  return out;
}

export function firstLabel(labels: FoundLabel[], kind: LabelKind): FoundLabel | undefined {
  // A loop, not find(): asked a dozen times per table, and a callback per label costs a call each.
  for (let i = 0; i < labels.length; i++) if (labels[i].kind === kind) return labels[i];
  return undefined;
}

/** The first label of one of the kinds below `row`. */
export function firstLabelBelow(
  labels: FoundLabel[],
  row: number,
  kind: LabelKind,
  other?: LabelKind,
): FoundLabel | undefined {
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.cell.row > row && (l.kind === kind || l.kind === other)) return l;
  }
  return undefined;
}

/**
 * 预算数 and its sources. Sources stand on the budget row or the rows below it, up to the next
 * block (plan or goal); 其中 may be its own cell or part of the label.
 */
export function readFunds(grid: Grid, labels: FoundLabel[], right: number): Funds | null {
  // Plain loops here and below: these run once per table, and callbacks make every first run slower.
  const budgetLabel = firstLabel(labels, "budget");
  if (!budgetLabel) return null;
  const budgetRow = budgetLabel.cell.row;
  const stop = firstLabelBelow(labels, budgetRow, "plan", "goal");
  const stopRow = stop ? stop.cell.row - 1 : budgetRow + 3;
  const sources: FundSource[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.kind === "source" && l.cell.row >= budgetRow && l.cell.row <= stopRow)
      sources.push({ name: l.name ?? l.cell.text, label: l.cell, amount: valueRightOf(grid, l.cell) });
  }
  const block = firstLabel(labels, "fundsBlock");
  const purposeLabel = firstLabel(labels, "purpose");
  let purpose: CellRef | null = purposeLabel ? valueRightOf(grid, purposeLabel.cell) : null;
  if (!purpose) {
    // The seed's layout: the purpose text fills the row under the budget row, inside the block label's merge.
    const labelCol = block ? block.cell.col : budgetLabel.cell.col - 1;
    const lastRow = Math.min(block ? grid.bottomEdge(block.cell.row, block.cell.col) : budgetRow + 1, stopRow);
    for (let r = budgetRow + 1; r <= lastRow && !purpose; r++) {
      if (hasLabelOn(labels, r)) continue;
      for (let c = labelCol + 1; c <= right; c++) {
        if (grid.isCovered(r, c) || grid.isBlank(r, c)) continue;
        purpose = grid.ref(r, c);
        break;
      }
    }
  }
  return { budgetLabel: budgetLabel.cell, budget: valueRightOf(grid, budgetLabel.cell), sources, purpose };
}

function hasLabelOn(labels: FoundLabel[], row: number): boolean {
  for (let i = 0; i < labels.length; i++) if (labels[i].cell.row === row) return true;
  return false;
}

/** Planned cumulative share in percent: "25%" -> 25, 0.25 formatted 0% -> 25; bare fractions when all are ≤ 1. */
function planPercents(cells: CellRef[]): (number | null)[] {
  const shown: (ShownNumber | null)[] = [];
  let anyBare = false;
  let allFractions = true;
  for (let i = 0; i < cells.length; i++) {
    const s = isBlankCell(cells[i]) ? null : readShown(cells[i]);
    shown.push(s);
    if (s && !s.percent) {
      anyBare = true;
      if (!s.atMostOne()) allFractions = false;
    }
  }
  const bareFractions = anyBare && allFractions;
  const out: (number | null)[] = [];
  for (let i = 0; i < shown.length; i++) {
    const s = shown[i];
    out.push(!s ? null : s.toNumber(!s.percent && bareFractions ? 2 : 0));
  }
  return out;
}

/**
 * The spending plan: checkpoint headers (3月底 …) on the plan label's rows, planned shares on the
 * row below them (or on a 计划累计支出 row), or beside each header when laid out in pairs.
 */
export function readPlan(grid: Grid, labels: FoundLabel[], right: number, bottom: number): SpendingPlan | null {
  const label = firstLabel(labels, "plan");
  if (!label) return null;
  const lastLabelRow = Math.min(grid.bottomEdge(label.cell.row, label.cell.col), bottom);
  let headerRow = -1;
  const heads: { month: number; cell: CellRef }[] = [];
  for (let r = label.cell.row; r <= lastLabelRow && headerRow < 0; r++) {
    for (let c = label.cell.col + 1; c <= right; c++) {
      const month = checkpointMonth(grid.text(r, c));
      if (month !== null && !grid.isCovered(r, c)) heads.push({ month, cell: grid.ref(r, c) });
    }
    if (heads.length) headerRow = r;
  }
  if (!heads.length) return { label: label.cell, checkpoints: [] };
  const plannedLabel = firstLabelBelow(labels, headerRow, "plannedRow");
  const actualLabel = firstLabelBelow(labels, headerRow, "actualRow");
  // Pairs (3月底 | 25% | 6月底 | 50%): a value beside every header, none below any.
  let pairs = !plannedLabel;
  const beside: CellRef[] = [];
  for (let i = 0; i < heads.length && pairs; i++) {
    const cell = grid.ref(headerRow, grid.rightEdge(headerRow, heads[i].cell.col) + 1);
    beside.push(cell);
    pairs = !isBlankCell(cell) && checkpointMonth(cell.text) === null;
  }
  for (let i = 0; i < heads.length && pairs; i++) pairs = isBlankCell(grid.ref(headerRow + 1, heads[i].cell.col));
  const plannedRow = plannedLabel ? plannedLabel.cell.row : headerRow + 1;
  const plannedCells: CellRef[] = [];
  for (let i = 0; i < heads.length; i++) plannedCells.push(pairs ? beside[i] : grid.ref(plannedRow, heads[i].cell.col));
  const percents = planPercents(plannedCells);
  const checkpoints: Checkpoint[] = [];
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i];
    const cp: Checkpoint = { month: h.month, label: h.cell, planned: plannedCells[i], plannedPercent: percents[i] };
    if (actualLabel) cp.actual = grid.ref(actualLabel.cell.row, h.cell.col);
    checkpoints.push(cp);
  }
  return { label: label.cell, checkpoints };
}
