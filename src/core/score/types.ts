import type { Grade, Light } from "../report";
import type { MonitoringAnalysis } from "./lights";
import type { SelfEvaluationAnalysis } from "./self-evaluation";

export type { MonitoringAnalysis, MonitoringRow, SpendAnalysis } from "./lights";
export type { SelfEvaluationAnalysis, ScoredRow, ExecutionScore } from "./self-evaluation";

/** A value the engine computes for a blank cell (执行率, 得分, 总分, 监控结果). Hosts write it only where the cell is blank. */
export interface ComputedCell {
  row: number;
  col: number;
  value: number | string;
  numFmt?: string;
  /** "#RRGGBB" fill, e.g. the light colour in 监控结果. */
  fill?: string;
  /** Chinese note saying the value was computed and how. */
  note: string;
}

/** What the engine derives from a table beyond findings: lights, scores, computed cells. */
export interface TableAnalysis {
  /** Monitoring: the table's light, the worst of its rows and its spending. */
  light?: Light;
  /** Monitoring: light per indicator, in Table.indicators order (null when it cannot be computed). */
  rowLights?: (Light | null)[];
  /** Monitoring: the spending light at the as-of checkpoint. */
  spendLight?: Light | null;
  /** Self-evaluation: total score, rounded to 2 decimals, and its grade. */
  score?: number;
  grade?: Grade;
  /** Cells to fill (only where blank). */
  computed: ComputedCell[];
  /** Monitoring details the rules read (v, expected progress, spending). */
  monitoring?: MonitoringAnalysis;
  /** Self-evaluation details the rules read (weights, computed and entered scores). */
  selfEvaluation?: SelfEvaluationAnalysis;
}
