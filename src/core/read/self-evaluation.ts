import type { Grid } from "../grid";
import type { SelfEvaluationInfo } from "../model";
import { valueRightOf } from "./cells";
import { firstLabel, type FoundLabel } from "./header";

/** The funds block and 总分 of a self-evaluation table. */
export function readSelfEvaluationInfo(grid: Grid, labels: FoundLabel[]): SelfEvaluationInfo {
  const total = firstLabel(labels, "total");
  return {
    budgetStart: null,
    budgetFull: null,
    spent: null,
    weight: null,
    rate: null,
    score: null,
    total: total ? valueRightOf(grid, total.cell) : null,
    goalActual: null,
  };
}
