import { isBlankContent, type Grid } from "../grid";
import type { CellRef } from "../model";

/** The value cell right of a label: the first cell past the label's merge. */
export function valueRightOf(grid: Grid, label: CellRef): CellRef {
  return grid.ref(label.row, grid.rightEdge(label.row, label.col) + 1);
}

/** Blank as the user sees it (isBlankContent); no cell at all is blank too. */
export function isBlankCell(cell: Pick<CellRef, "text" | "value"> | null | undefined): boolean {
  return !cell || isBlankContent(cell.text ?? "", cell.value);
}
