import type { Grid } from "../grid";
import type { CellRef } from "../model";

/** The cell as a CellRef; a cell covered by a merge reads as the merge's top-left. */
export function cellRef(grid: Grid, row: number, col: number): CellRef {
  return grid.ref(row, col);
}

/** The value cell right of a label: the first cell past the label's merge. */
export function valueRightOf(grid: Grid, label: CellRef): CellRef {
  return cellRef(grid, label.row, grid.rightEdge(label.row, label.col) + 1);
}

export function isBlankRef(c: CellRef | null | undefined): boolean {
  return !c || (c.text.trim() === "" && (c.value === null || (typeof c.value === "string" && c.value.trim() === "")));
}
