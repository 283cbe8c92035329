import type { Grid } from "../grid";
import type { CellRef, TotalKind } from "../model";
import type { ShownNumber } from "../money";
import { totalLabelKind } from "../locate/labels";
import { normalizeLabel, squash } from "../text";
import { defineRule, type RuleContext } from "./types";
import { showMoney, shownNumber, sumDisagrees } from "./support";

interface Figure {
  row: number;
  col: number;
  text: string;
  shown: ShownNumber;
  cell: Pick<CellRef, "text" | "value" | "format">;
}

function figureAt(grid: Grid, row: number, col: number): Figure | null {
  if (grid.isCovered(row, col)) return null;
  const cell = { text: grid.text(row, col), value: grid.value(row, col), format: grid.format(row, col) };
  const shown = shownNumber(cell);
  if (!shown) return null;
  return { row, col, text: squash(cell.text) || shown.big.toString(), shown, cell };
}

/** The total/subtotal label on a row, left of a column, within the table. */
function rowLabel(grid: Grid, row: number, left: number, beforeCol: number): TotalKind | null {
  for (let c = left; c < beforeCol; c++) {
    if (grid.isCovered(row, c)) continue;
    const k = totalLabelKind(grid.text(row, c));
    if (k) return k;
  }
  return null;
}

const MAX_PARTS = 8;

function partsText(items: Figure[]): string {
  const shown = items.slice(0, MAX_PARTS).map((i) => i.text);
  return shown.join(" + ") + (items.length > MAX_PARTS ? ` + …（共 ${items.length} 项）` : "");
}

function compare(ctx: RuleContext, label: string, total: Figure, items: Figure[], where: "above" | "left"): void {
  if (items.length < 2) return;
  if (items.some((i) => i.shown.percent !== total.shown.percent)) return;
  const off = sumDisagrees(total, items);
  if (!off) return;
  const unit = total.shown.percent ? "%" : "";
  ctx.report({
    cell: { row: total.row, col: total.col },
    messageId: where,
    data: {
      label,
      total: total.text,
      sum: showMoney(off.shownSum, off.decimals) + unit,
      parts: partsText(items.reverse()),
    },
  });
}

/**
 * A 合计/总计/小计/总额 row or column inside the table whose figure is not the sum of its items:
 * numbers above it in the same column (up to a header or a blank), or left of it on the same row.
 * A 合计 over 小计 rows adds up the 小计 figures.
 */
export const totalMismatch = defineRule({
  id: "total-mismatch",
  severity: "error",
  kinds: ["target"],
  docs: {
    name: "合计与各项不符",
    description: "合计、小计、总额等行或列应等于其各项之和（按显示精度比较）",
  },
  messages: {
    above: "{{label}} {{total}} 不等于上方各项之和 {{sum}}（{{parts}}）。请改正{{label}}或各项数字。",
    left: "{{label}} {{total}} 不等于左侧各项之和 {{sum}}（{{parts}}）。请改正{{label}}或各项数字。",
  },
  check(table, ctx) {
    const grid = ctx.grid;
    const { top, left, bottom, right } = table.range;
    // The reader's one scan of the sheet found the table's total labels: no cell is read twice here.
    const totals = table.totals;
    for (let t = 0; t < totals.length; t++) {
      const { row: r, col: c, kind } = totals[t];
      if (grid.isCovered(r, c)) continue;
      const label = normalizeLabel(grid.text(r, c)).replace(/\(.*\)$/, "");

      // A total row: each figure right of the label sums the column above it.
      for (let j = grid.rightEdge(r, c) + 1; j <= right; j++) {
        const total = figureAt(grid, r, j);
        if (!total) continue;
        const items: Figure[] = [];
        const subtotals: Figure[] = [];
        for (let i = r - 1; i >= top; i--) {
          const a = grid.anchor(i, j);
          if (a.col !== j) break;
          i = a.row;
          const f = figureAt(grid, i, j);
          if (!f) break;
          const k = rowLabel(grid, i, left, j);
          if (k && kind === "subtotal") break;
          if (k === "subtotal") subtotals.push(f);
          else if (k === "total") break;
          items.push(f);
        }
        compare(ctx, label, total, subtotals.length ? subtotals : items, "above");
      }

      // A total column: each figure below the label sums the numbers left of it on its row.
      for (let i = grid.bottomEdge(r, c) + 1; i <= bottom; i++) {
        const a = grid.anchor(i, c);
        if (a.row !== i || a.col !== c) continue;
        if (grid.isBlank(i, c)) continue;
        const total = figureAt(grid, i, c);
        if (!total) break;
        const items: Figure[] = [];
        for (let j = c - 1; j >= left; j--) {
          const b = grid.anchor(i, j);
          if (b.row !== i) break;
          j = b.col;
          const f = figureAt(grid, i, j);
          if (!f) break;
          items.push(f);
        }
        compare(ctx, label, total, items, "left");
      }
    }
  },
});
