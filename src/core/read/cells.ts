import { isBlankContent, type Grid } from "../grid";
import type { CellRef } from "../model";

/** The value cell right of a label: the first cell past the label's merge. */
export function valueRightOf(grid: Grid, label: CellRef): CellRef {
  return grid.ref(label.row, grid.rightEdge(label.row, label.col) + 1);
}

/**
 * The value right of a label, past the blank cells a paste from PDF leaves where a merge was, but
 * never past a heading (another label, a column header): the first cell past the label where none
 * is found (the blank to fill).
 */
export function valueAlongRow(
  grid: Grid,
  label: CellRef,
  right: number,
  isHeading: (text: string) => boolean,
): CellRef {
  const first = valueRightOf(grid, label);
  if (!isBlankCell(first)) return first;
  for (let c = grid.rightEdge(first.row, first.col) + 1; c <= right; c = grid.rightEdge(label.row, c) + 1) {
    const cell = grid.ref(label.row, c);
    if (isBlankCell(cell)) continue;
    return isHeading(cell.text) ? first : cell;
  }
  return first;
}

/** A label's value along its row (valueAlongRow), else under it where nothing stands right of either. */
export function labelValue(grid: Grid, label: CellRef, right: number, isHeading: (text: string) => boolean): CellRef {
  const along = valueAlongRow(grid, label, right, isHeading);
  if (!isBlankCell(along)) return along;
  for (let c = along.col; c <= right; c++) if (!grid.isBlank(label.row, c)) return along;
  const below = grid.ref(grid.bottomEdge(label.row, label.col) + 1, label.col);
  if (isBlankCell(below) || isHeading(below.text)) return along;
  // A value under its label stands alone on its row: a row with more (项目主管部门 | 某局) is the next field.
  for (let c = grid.rightEdge(below.row, below.col) + 1; c <= right; c++) if (!grid.isBlank(below.row, c)) return along;
  return below;
}

/** Blank as the user sees it (isBlankContent); no cell at all is blank too. */
export function isBlankCell(cell: Pick<CellRef, "text" | "value"> | null | undefined): boolean {
  return !cell || isBlankContent(cell.text ?? "", cell.value);
}
