import type { CategoryLabels } from "../categories";
import type { LabelVocabulary } from "../locate/vocabulary";
import type { ColumnRole, TableKind } from "../model";
import type { Settings, SettingsInput, Severity } from "../settings";

/** What one kind of table holds in this form family. */
export interface FormSpec {
  /** 资金支出计划 (3月底 / 6月底 / 10月底 / 12月底) is part of the form: the plan-* rules run. */
  spendingPlan?: boolean;
  /**
   * The funds block asks why the execution fell short where 预算执行率 is under
   * options.executionReasonPercent (四川's 原因 column): rule execution-reason runs.
   */
  executionReason?: boolean;
}

/**
 * The placements the family's approved tables show, beyond the two hierarchies every form accepts
 * (财预〔2021〕101号 with 成本 first-level, and the older one with 成本 under 产出).
 */
export interface HierarchySpec {
  /** 满意度 filed under 效益 (社会效益指标 › 群众满意度) counts as the required 满意度. */
  satisfactionUnderBenefit: boolean;
  /** 产出指标 / 效益指标 written as second levels under another first level (实施效果指标 › 产出指标). */
  categoriesAsLevel2: boolean;
}

/** Facts about a table a profile's evidence weighs: read once per table from the model and its sheet. */
export interface Evidence {
  kind: TableKind;
  /** The header block's words (title, unit line, labels, column heads), squashed, joined by "|". */
  text: string;
  /** The table has a 资金支出计划 row. */
  hasPlan: boolean;
  /** First two digits of the project code (13 河北, 42 湖北, 51 四川 ...), "" when none. */
  province: string;
  /** Column roles of the indicator header. */
  columns: ReadonlySet<ColumnRole>;
  /** The self-evaluation's 执行率 分值 as written (10, 20), null when absent. */
  executionWeight: number | null;
  /** Indicators without any first-level category (a flat list). */
  flat: boolean;
  /**
   * Profiles whose own labels (ones no other profile declares) the header block uses; set by the
   * pick, which also counts each as evidence of its profile (OWN_LABEL_EVIDENCE).
   */
  ownLabels?: ReadonlySet<string>;
}

/**
 * A form family as data (architecture.md "Profiles"). Every section is optional and extends the
 * profile named in `extends`: a province adds, never forks.
 */
export interface ProfileSpec {
  id: string;
  /** Chinese name users see (河北（预算一体化）). */
  name: string;
  /** One line: where the family is used and what sets it apart. */
  description: string;
  extends?: string;
  /** Not offered to users nor picked by evidence (the shared base). */
  abstract?: boolean;
  /**
   * The labels the family's forms use beyond the shared ones (the base profile holds those): category
   * names (预期产出指标 for 产出), header labels (资金项目名称 for the name), indicator column roles
   * (绩效指标值 for the target), funds-block columns. They join the readers' vocabulary for every table,
   * since a table is read before its family is known; a label no other family has is evidence of this one.
   */
  labels?: CategoryLabels & LabelVocabulary;
  /** The kinds of table the family has; a kind left out is inherited. */
  forms?: Partial<Record<TableKind, FormSpec>>;
  hierarchy?: Partial<HierarchySpec>;
  /** Rule options: required categories, 序时进度, note and over-achievement thresholds. */
  options?: Pick<
    SettingsInput,
    | "requiredLevel1"
    | "requiredOutputLevel2"
    | "timeProgress"
    | "overTargetNotePercent"
    | "overAchievementPercent"
    | "executionReasonPercent"
  >;
  /**
   * Self-evaluation scoring: execution share and group weights (the table's own 分值/权重 rule first),
   * qualitative bands, how a weighted block is shared, grades.
   */
  scoring?: Pick<SettingsInput, "weights" | "bands" | "blockShare" | "grades" | "scoreTolerance">;
  /** Monitoring lights: indicator bands and spending bands. */
  lights?: Pick<SettingsInput, "lights" | "spendLights">;
  /** Rule severities, as ESLint's: a rule id to a severity or "off". */
  rules?: Record<string, Severity | "off">;
  /**
   * How well a table fits the family: 0 not at all; the highest score wins. A label of the family's
   * own adds to it. Absent: picked by its own labels only, else only when chosen.
   */
  evidence?: (e: Evidence) => number;
}

/** A profile with its chain resolved: every section filled, settings validated. */
export interface Profile {
  id: string;
  name: string;
  description: string;
  /** Ids from the base to this one. */
  chain: string[];
  forms: Record<TableKind, Required<FormSpec>>;
  hierarchy: HierarchySpec;
  settings: Settings;
}
