/** The parsed form of a 指标值 (domain.md §2). Percent values are in percent units: ≥95% -> 95. */
export type Operator = ">=" | "<=" | ">" | "<" | "=";

export type UnitClass = "percent" | "money" | "count" | "time" | "other" | "none";

export interface NumericTarget {
  kind: "numeric";
  op: Operator;
  /** False when the text had no operator or a bare "=" (both read as "="). */
  opExplicit: boolean;
  value: number;
  /** Normalised unit: "%" for % ％ 百分比; otherwise the unit text as written ("批次", "万元", "张/把/套/台等"). */
  unit: string;
  unitClass: UnitClass;
  raw: string;
}

export interface RangeTarget {
  kind: "range";
  min: number;
  max: number;
  unit: string;
  unitClass: UnitClass;
  raw: string;
}

export interface YesNoTarget {
  kind: "yesno";
  /** The question as written, e.g. 是否超预算支出. */
  question: string;
  /** The answer that means the goal is met. */
  expected: "是" | "否";
  raw: string;
}

export interface DeadlineTarget {
  kind: "deadline";
  /** Month (1-12) and optional day/year when the text names them ("2024年6月30日前"); year end otherwise. */
  year?: number;
  month: number;
  day?: number;
  raw: string;
}

export interface ComplianceTarget {
  kind: "compliance";
  raw: string;
}

export interface GradedTarget {
  kind: "graded";
  /** The grade words found, best first (e.g. ["达成年度指标", "部分达成年度指标并具有一定效果", ...] or ["优","良","中","低","差"]). */
  levels: string[];
  raw: string;
}

export interface VagueTarget {
  kind: "vague";
  /** The vague words found (提升, 有效 ...). */
  words: string[];
  raw: string;
}

export interface EmptyTarget {
  kind: "empty";
  raw: string;
}

export interface UnreadableTarget {
  kind: "unreadable";
  /** Short Chinese reason, shown to users. */
  reason: string;
  raw: string;
}

export type Target =
  | NumericTarget
  | RangeTarget
  | YesNoTarget
  | DeadlineTarget
  | ComplianceTarget
  | GradedTarget
  | VagueTarget
  | EmptyTarget
  | UnreadableTarget;
