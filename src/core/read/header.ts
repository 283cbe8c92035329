import type { Grid } from "../grid";
import type { CellRef, Checkpoint, Funds, SpendingPlan } from "../model";
import { readShown } from "../money";
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

/**
 * 预算数 and its sources. Sources stand on the budget row or the rows below it, up to the next
 * block (plan or goal); 其中 may be its own cell or part of the label.
 */
export function readFunds(grid: Grid, labels: FoundLabel[], right: number): Funds | null {
  const budgetLabel = firstLabel(labels, "budget");
  if (!budgetLabel) return null;
  const stop = labels.find((l) => l.cell.row > budgetLabel.cell.row && (l.kind === "plan" || l.kind === "goal"));
  const stopRow = stop ? stop.cell.row - 1 : budgetLabel.cell.row + 3;
  const sources = labels
    .filter((l) => l.kind === "source" && l.cell.row >= budgetLabel.cell.row && l.cell.row <= stopRow)
    .map((l) => ({ name: l.name ?? l.cell.text, label: l.cell, amount: valueRightOf(grid, l.cell) }));
  const block = firstLabel(labels, "fundsBlock");
  const purposeLabel = firstLabel(labels, "purpose");
  let purpose: CellRef | null = purposeLabel ? valueRightOf(grid, purposeLabel.cell) : null;
  if (!purpose) {
    // The seed's layout: the purpose text fills the row under the budget row, inside the block label's merge.
    const labelCol = block ? block.cell.col : budgetLabel.cell.col - 1;
    const lastRow = block ? grid.bottomEdge(block.cell.row, block.cell.col) : budgetLabel.cell.row + 1;
    for (let r = budgetLabel.cell.row + 1; r <= Math.min(lastRow, stopRow) && !purpose; r++) {
      if (labels.some((l) => l.cell.row === r)) continue;
      for (let c = labelCol + 1; c <= right; c++) {
        if (grid.isCovered(r, c) || grid.isBlank(r, c)) continue;
        purpose = grid.ref(r, c);
        break;
      }
    }
  }
  return { budgetLabel: budgetLabel.cell, budget: valueRightOf(grid, budgetLabel.cell), sources, purpose };
}

/** Planned cumulative share in percent: "25%" -> 25, 0.25 formatted 0% -> 25; bare fractions when all are ≤ 1. */
function planPercents(cells: CellRef[]): (number | null)[] {
  const shown = cells.map((c) => (isBlankCell(c) ? null : readShown(c)));
  const bareFractions = shown.every((s) => !s || s.percent || s.big.lte(1)) && shown.some((s) => s && !s.percent);
  return shown.map((s) => {
    if (!s) return null;
    if (s.percent) return s.big.toNumber();
    return bareFractions ? s.big.times(100).toNumber() : s.big.toNumber();
  });
}

/**
 * The spending plan: checkpoint headers (3月底 …) on the plan label's rows, planned shares on the
 * row below them (or on a 计划累计支出 row), or beside each header when laid out in pairs.
 */
export function readPlan(grid: Grid, labels: FoundLabel[], right: number, bottom: number): SpendingPlan | null {
  const label = firstLabel(labels, "plan");
  if (!label) return null;
  const lastLabelRow = grid.bottomEdge(label.cell.row, label.cell.col);
  let headerRow = -1;
  const heads: { month: number; cell: CellRef }[] = [];
  for (let r = label.cell.row; r <= Math.min(lastLabelRow, bottom) && headerRow < 0; r++) {
    for (let c = label.cell.col + 1; c <= right; c++) {
      const month = checkpointMonth(grid.text(r, c));
      if (month !== null && !grid.isCovered(r, c)) heads.push({ month, cell: grid.ref(r, c) });
    }
    if (heads.length) headerRow = r;
  }
  if (!heads.length) return { label: label.cell, checkpoints: [] };
  const plannedLabel = labels.find((l) => l.kind === "plannedRow" && l.cell.row > headerRow);
  const actualLabel = labels.find((l) => l.kind === "actualRow" && l.cell.row > headerRow);
  const pairs =
    !plannedLabel &&
    heads.every((h) => {
      const beside = grid.ref(headerRow, grid.rightEdge(headerRow, h.cell.col) + 1);
      return !isBlankCell(beside) && checkpointMonth(beside.text) === null;
    }) &&
    heads.every((h) => isBlankCell(grid.ref(headerRow + 1, h.cell.col)));
  const plannedRow = plannedLabel ? plannedLabel.cell.row : headerRow + 1;
  const plannedCells = heads.map((h) =>
    pairs ? grid.ref(headerRow, grid.rightEdge(headerRow, h.cell.col) + 1) : grid.ref(plannedRow, h.cell.col),
  );
  const percents = planPercents(plannedCells);
  const checkpoints: Checkpoint[] = heads.map((h, i) => {
    const cp: Checkpoint = { month: h.month, label: h.cell, planned: plannedCells[i], plannedPercent: percents[i] };
    if (actualLabel) cp.actual = grid.ref(actualLabel.cell.row, h.cell.col);
    return cp;
  });
  return { label: label.cell, checkpoints };
}
