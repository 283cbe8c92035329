import type { Grid } from "../grid";
import type { CellRef, Checkpoint, SpendingPlan } from "../model";
import { readShown, type ShownNumber } from "../money";
import { checkpointMonth, classifyLabel, type LabelKind, type LabelMatch } from "../locate/labels";
import { isBlankCell } from "./cells";

export interface FoundLabel {
  kind: LabelKind;
  /** For "source": the source's name. */
  name: string | undefined;
  cell: CellRef;
  /** The whole match (rank, unit, an amount in the label's cell). */
  match: LabelMatch;
}

/** Every header label in rows [top, bottom] and columns [left, right], in reading order. */
export function scanLabels(grid: Grid, top: number, bottom: number, left: number, right: number): FoundLabel[] {
  const out: FoundLabel[] = [];
  const c0 = grid.firstCol;
  for (let r = top; r <= bottom; r++) {
    // The stored texts, read without a call per cell; a missing one falls back to grid.text.
    const texts = grid.rowTexts(r);
    // Cells past the stored row are empty.
    const end = Math.min(right, grid.rowEnd(r));
    for (let c = left; c <= end; c++) {
      const raw = texts?.[c - c0];
      const text = typeof raw === "string" ? raw : raw === null ? "" : grid.text(r, c);
      if (!text) continue;
      // Most cells are no label: classify (memoised) before the merge lookup.
      const m = classifyLabel(text);
      if (!m || grid.isCovered(r, c)) continue;
      const cell = grid.ref(r, c);
      out.push({ kind: m.kind, name: m.name, cell, match: m });
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
