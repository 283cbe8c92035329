/** The engine's public face: hosts import from here only. */
export {
  checkWorkbook,
  findTables,
  isBookkeepingSheet,
  isOwnSheet,
  isSummaryName,
  looksLikeSummary,
  type CheckResult,
} from "./engine";
export { planWrites, severityName, kindName, type PlanOptions } from "./plan";
export * from "./plan-types";
export * from "./report";
export * from "./snapshot";
export * from "./settings";
export * from "./profiles";
export type * from "./model";
export type { TableAnalysis, ComputedCell } from "./score/types";
export { lightName } from "./score/explain";
export { RULES } from "./rules";
export type { Rule, RuleContext } from "./rules/types";
export { ruleName } from "./rule-names";
export { linesFor, rowHeight, summaryLayout, type SummaryLayout } from "./layout";
export {
  buildTemplate,
  canBeSource,
  freeSheetName,
  listError,
  profileTemplateOptions,
  templateExtent,
  templateSnapshot,
  TEMPLATE_KINDS,
  type BuildTemplateOptions,
  type SheetTemplate,
  type TemplateCell,
  type TemplateValidation,
} from "./templates";
