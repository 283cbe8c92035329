import type { TableKind } from "./model";
import type { Severity } from "./settings";

/** One problem, as plain data: the same in JSON, in the pane and in tests. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the user must change. */
  cell: string;
  /** The same cell as numbers, 0-based (A1 is row 0, col 0), as in the model. */
  row: number;
  col: number;
  projectCode: string;
  /** The rule's message key and the figures filled into it: the message, as data. */
  messageId: string;
  data: Record<string, string | number>;
  /** The message rendered in Chinese. */
  message: string;
  /** Index into Report.tables, or -1 for a finding outside any table. */
  table: number;
}

export type Light = "red" | "yellow" | "green" | "blue";
export type Grade = "优" | "良" | "中" | "差";

export interface TableSummary {
  sheet: string;
  kind: TableKind;
  /** The form family (profile id) the table was checked by: chosen, or picked by evidence. */
  profile: string;
  projectCode: string;
  projectName: string;
  /** 预算数 in 万元 (全年预算数 for a self-evaluation), null when missing. */
  budget: number | null;
  /** Number of indicator rows. */
  indicators: number;
  /** A1 range the table spans. */
  range: string;
  errors: number;
  warnings: number;
  infos: number;
  light?: Light;
  score?: number;
  grade?: Grade;
}

export interface Summary {
  sheets: number;
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  tables: TableSummary[];
  findings: Finding[];
  summary: Summary;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return ORDER[a] - ORDER[b];
}
