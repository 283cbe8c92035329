import type { Level1, Level2 } from "./categories";
import type { ShownNumber } from "./money";
import type { CellRange, CellValue } from "./snapshot";
import type { Target } from "./value/types";

export type TableKind = "target" | "monitoring" | "self-evaluation";

/** A cell as read: where it is and what it held. Every figure in the model carries one. */
export interface CellRef {
  row: number;
  col: number;
  /** A1 address on its sheet. */
  address: string;
  /** Display text as the user sees it. */
  text: string;
  value: CellValue;
  format: string;
}

export interface FundSource {
  /** The label as written, normalised (财政资金, 其他资金, 上级财政资金 ...). */
  name: string;
  label: CellRef;
  /** The amount cell (may be blank: blank counts as 0); the label itself when the amount is written in it. */
  amount: CellRef;
  /** The amount in 万元 at the precision shown; null when blank or not an amount. */
  amountWan: ShownNumber | null;
}

export interface Funds {
  budgetLabel: CellRef;
  /**
   * The 预算数 cell: beside or below its label, under a 全年预算数 column header, or the label itself
   * when the amount is written in it (年度资金总额:16).
   */
  budget: CellRef;
  /** 预算数 in 万元 at the precision shown (元 converted, 250万 read); null when blank or not an amount. */
  budgetWan: ShownNumber | null;
  /** The unit the table writes its amounts in (单位：元, 项目资金（元）); a unit in a cell wins for that cell. */
  unit: "万元" | "元";
  sources: FundSource[];
  purpose: CellRef | null;
  /**
   * A funds block with column headers: each amount column (年初预算数, 全年预算数, 执行数) with its
   * figure on the total row; the sources' figures stand in the same column on their own rows.
   */
  columns?: { header: CellRef; total: CellRef }[];
}

export interface Checkpoint {
  /** 3, 6, 10, 12 ... */
  month: number;
  label: CellRef;
  /** The planned cumulative share cell (may be blank). */
  planned: CellRef;
  /** Planned cumulative share in percent (25 for 25%), null when blank or unreadable. */
  plannedPercent: number | null;
  /** Monitoring only: the actual cumulative spending cell (万元) at this checkpoint. */
  actual?: CellRef;
}

export interface SpendingPlan {
  label: CellRef;
  checkpoints: Checkpoint[];
}

/** Column roles in an indicator header row. */
export type ColumnRole =
  | "indicatorGroup" // 绩效指标 (self-evaluation's leading merged column)
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "nature" // 指标性质 / 符号 (split target)
  | "target"
  | "longTermTarget" // 中长期指标值 / 实施期指标值 beside the annual 年度指标值
  | "unit" // 计量单位 (split target)
  | "targetBasis"
  // monitoring
  | "actual" // 当前完成值 / 1-X月执行情况 / 实际完成值
  | "forecast" // 全年预计完成情况
  | "chance" // 完成可能性
  | "reasonCategory" // 偏差原因分析 (人员/制度/经费/其他)
  | "reason" // 偏差原因说明 / 偏差原因分析及改进措施
  | "result" // 监控结果
  // self-evaluation
  | "weight" // 分值
  | "score"; // 得分

export interface IndicatorHeader {
  row: number;
  columns: Partial<Record<ColumnRole, CellRef>>;
  /**
   * Several value columns under one 指标值 header: one per sub-unit (a village, a school), or the
   * grade standards 优 | 良 | 中 | 差. The first is columns.target.
   */
  values?: { label: CellRef; grade: boolean }[];
}

/** One of several targets of an indicator (a sub-unit's, or a grade's standard). */
export interface UnitTarget {
  /** The column's label: 甲村, 优 ... */
  label: string;
  cell: CellRef;
  text: string;
  parsed: Target;
}

/**
 * A block of indicators whose weight the table writes: a goal (年度绩效目标1(40分)), a first level
 * (产出指标(50分), or a 分值 on the first level's own row). Its indicators share the weight.
 */
export interface WeightBlock {
  /** The cell that gives the weight: the block's label, or its 分值 cell. */
  cell: CellRef;
  /** The block's name without the weight (年度绩效目标1, 产出指标). */
  name: string;
  weight: number;
}

export interface Indicator {
  row: number;
  /** Cells as written (null when blank and carried from above). */
  level1: CellRef | null;
  level2: CellRef | null;
  level3: CellRef | null;
  description: CellRef | null;
  /** Effective names after carrying merged or blank cells down. */
  level1Text: string;
  level2Text: string;
  level3Text: string;
  level1Kind: Level1 | null;
  level2Kind: Level2 | null;
  /** The cell the user edits for 指标值 (the value cell when the header splits 性质 | 值 | 单位). */
  target: CellRef | null;
  /** Full 指标值 text, composed from split columns where needed. */
  targetText: string;
  parsed: Target;
  targetBasis: CellRef | null;
  /** Where the header has several value columns: every one of them (the first is `target`). */
  targets?: UnitTarget[];
  /** A block weight written in the first-level cell (产出指标(50分) -> 50), else null. */
  level1Weight?: number | null;
  /** The weighted blocks the indicator stands in, outermost first; one object per block, shared by its rows. */
  blocks?: WeightBlock[];
  actual?: CellRef | null;
  forecast?: CellRef | null;
  chance?: CellRef | null;
  reasonCategory?: CellRef | null;
  reason?: CellRef | null;
  result?: CellRef | null;
  weight?: CellRef | null;
  score?: CellRef | null;
}

/** Monitoring-only header facts (监控截至 ...). */
export interface MonitoringInfo {
  asOf: CellRef | null;
  /** Month of 监控截至 (6 for 6月底), null when missing or unreadable. */
  asOfMonth: number | null;
  /** Label of the 实际累计支出 row, when present. */
  actualLabel: CellRef | null;
}

/** Self-evaluation funds block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and total. */
export interface SelfEvaluationInfo {
  budgetStart: CellRef | null;
  /** 全年预算数 (年初预算数 on a form without an adjusted column): what 执行率 divides by. */
  budgetFull: CellRef | null;
  spent: CellRef | null;
  /** 分值; where the block has no such column, the heading that gives it (预算执行情况(20分)), read as its figure. */
  weight: CellRef | null;
  rate: CellRef | null;
  score: CellRef | null;
  /** The funds block's 原因 / 偏差原因 cell, where the form asks why the execution fell short. */
  reason: CellRef | null;
  /** 总分 value cell. */
  total: CellRef | null;
  /** 年度总体目标: 预期目标 and 实际完成情况 cells. */
  goalActual: CellRef | null;
  /**
   * The funds block's rows under the total (其中 rows, 基本支出 / 项目支出): each row's label and its
   * cells in the block's columns (null where the block has no such column).
   */
  fundsRows?: FundsRow[];
}

export interface FundsRow {
  label: CellRef;
  budgetFull: CellRef | null;
  spent: CellRef | null;
  weight: CellRef | null;
  score: CellRef | null;
}

/** A 合计 (or 总计, 总额 …) label, or a 小计. */
export type TotalKind = "total" | "subtotal";

/** A total's label inside a table: the figures right of it, or below it, are its sums. */
export interface TotalLabel {
  row: number;
  col: number;
  kind: TotalKind;
}

/** Something the reader could not make sense of; reported as a finding by rule table-unreadable. */
export interface ReadProblem {
  row: number;
  col: number;
  message: string;
}

export interface Table {
  kind: TableKind;
  sheet: string;
  /** Rows and columns the table spans. */
  range: CellRange;
  title: CellRef | null;
  unitLine: CellRef | null;
  projectCodeLabel: CellRef | null;
  projectCode: CellRef | null;
  projectNameLabel: CellRef | null;
  projectName: CellRef | null;
  /**
   * The code and name as read: a code glued to the name (51000021R000000019951-工资性支出) split off,
   * a name wrapped over lines joined; "" when there is none. A department-wide table's name is the department's.
   */
  projectCodeText: string;
  projectNameText: string;
  funds: Funds | null;
  plan: SpendingPlan | null;
  goal: CellRef | null;
  header: IndicatorHeader | null;
  indicators: Indicator[];
  /**
   * Long-term (中长期 / 实施期) indicators, where the table sets them beside or above the annual ones;
   * `indicators` is the annual set, which the rules check.
   */
  longTerm?: { header: IndicatorHeader; indicators: Indicator[] };
  monitoring?: MonitoringInfo;
  selfEvaluation?: SelfEvaluationInfo;
  /** The total and subtotal labels inside the table's range, in reading order (found by the sheet's one scan). */
  totals: TotalLabel[];
  problems: ReadProblem[];
}
