import type { Grid } from "../grid";
import type { CellRef } from "../model";

/** The cell as a CellRef; a cell covered by a merge reads as the merge's top-left. */
export function cellRef(grid: Grid, row: number, col: number): CellRef {
  const m = grid.merge(row, col);
  const r = m ? m.top : row;
  const c = m ? m.left : col;
  return {
    row: r,
    col: c,
    address: grid.address(r, c),
    text: grid.text(r, c),
    value: grid.value(r, c),
    format: grid.format(r, c),
  };
}

/** The value cell right of a label: the first cell past the label's merge. */
export function valueRightOf(grid: Grid, label: CellRef): CellRef {
  return cellRef(grid, label.row, grid.rightEdge(label.row, label.col) + 1);
}

export function isBlankRef(c: CellRef | null | undefined): boolean {
  return !c || (c.text.trim() === "" && (c.value === null || (typeof c.value === "string" && c.value.trim() === "")));
}
