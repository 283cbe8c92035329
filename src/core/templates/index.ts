/** Template sheets as data (新建表): the hosts render them, the engine reads them back. */
import type { Table, TableKind } from "../model";
import type { Profile } from "../profiles/types";
import type { Settings } from "../settings";
import { monitoringTemplate, type MonitoringTemplateOptions } from "./monitoring";
import { selfEvaluationTemplate } from "./self-evaluation";
import { targetTemplate } from "./target";
import type { SheetTemplate } from "./types";

export type { SheetTemplate, TemplateCell, TemplateValidation } from "./types";
export { targetTemplate, LEVEL1_LIST, LEVEL2_LIST } from "./target";
export { monitoringTemplate } from "./monitoring";
export { selfEvaluationTemplate } from "./self-evaluation";
export { canBeSource } from "./source";
export { templateSnapshot, templateText, templateExtent, freeSheetName } from "./snapshot";

/** Excel's alert for a value outside a drop-down list: title ≤ 32, message ≤ 225 characters (its limits). */
export function listError(list: readonly string[]): { title: string; message: string } {
  return { title: "不在下拉列表中", message: `请从下拉列表中选择：${list.join("、")}`.slice(0, 225) };
}

export const TEMPLATE_KINDS: readonly TableKind[] = ["target", "monitoring", "self-evaluation"];

export interface BuildTemplateOptions extends MonitoringTemplateOptions {
  weights?: Settings["weights"];
  timeProgress?: Settings["timeProgress"];
  /** The target table carries a 资金支出计划 (a profile's forms.target.spendingPlan); default true. */
  spendingPlan?: boolean;
}

/** A profile's form as template options: its spending plan, its 序时进度, its self-evaluation weights. */
export function profileTemplateOptions(profile: Profile): BuildTemplateOptions {
  const s = profile.settings;
  return { spendingPlan: profile.forms.target.spendingPlan, weights: s.weights, timeProgress: s.timeProgress };
}

/** The template of a kind; monitoring and self-evaluation sheets are prefilled from `source` when given. */
export function buildTemplate(kind: TableKind, source?: Table | null, opts: BuildTemplateOptions = {}): SheetTemplate {
  switch (kind) {
    case "target":
      return targetTemplate({ timeProgress: opts.timeProgress, spendingPlan: opts.spendingPlan });
    case "monitoring":
      return monitoringTemplate(source, opts);
    case "self-evaluation":
      return selfEvaluationTemplate(source, opts);
  }
}
