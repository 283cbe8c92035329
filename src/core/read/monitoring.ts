import type { Grid } from "../grid";
import type { MonitoringInfo } from "../model";
import { checkpointMonth } from "../locate/labels";
import { valueRightOf } from "./cells";
import { firstLabel, type FoundLabel } from "./header";

/** 监控截至 and the 实际累计支出 row of a monitoring table. */
export function readMonitoringInfo(grid: Grid, labels: FoundLabel[]): MonitoringInfo {
  const asOfLabel = firstLabel(labels, "asOf");
  const asOf = asOfLabel ? valueRightOf(grid, asOfLabel.cell) : null;
  return {
    asOf,
    asOfMonth: asOf ? checkpointMonth(asOf.text.trim()) : null,
    actualLabel: firstLabel(labels, "actualRow")?.cell ?? null,
  };
}
