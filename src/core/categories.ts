/** 完成可能性 on a monitoring table: the template's drop-down and the only values the rules accept. */
export const CHANCES: readonly string[] = ["确定能", "有可能", "完全不可能"];

/** The 完成可能性 that obliges a deviation reason. */
export const IMPOSSIBLE = CHANCES[2];

/** The deviation-reason column as each template heads it, and as the rules name it when it is missing. */
export const REASON_COLUMN = { monitoring: "偏差原因说明", "self-evaluation": "偏差原因分析及改进措施" } as const;

/** First-level categories (一级指标). */
export type Level1 = "output" | "benefit" | "satisfaction" | "cost";

/** Second-level categories (二级指标) of both hierarchies (domain.md §1). */
export type Level2 =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "economic-cost"
  | "social-cost"
  | "ecological-cost"
  | "economic-benefit"
  | "social-benefit"
  | "ecological-benefit"
  | "sustainable-impact"
  | "satisfaction";

/**
 * Category names a form family adds (ProfileSpec.labels): a string is read as a prefix of the cell
 * (产出指标(50分) is 产出指标), a RegExp is tested on the normalised cell. The shared ones are the base
 * profile's; the readers match them in src/core/locate/labels.ts (level1Of, level2Of).
 */
export interface CategoryLabels {
  level1?: Partial<Record<Level1, readonly (string | RegExp)[]>>;
  level2?: Partial<Record<Level2, readonly (string | RegExp)[]>>;
}

export const LEVEL1_NAMES: Record<Level1, string> = {
  output: "产出指标",
  benefit: "效益指标",
  satisfaction: "满意度指标",
  cost: "成本指标",
};

export const LEVEL2_NAMES: Record<Level2, string> = {
  quantity: "数量指标",
  quality: "质量指标",
  timeliness: "时效指标",
  cost: "成本指标",
  "economic-cost": "经济成本指标",
  "social-cost": "社会成本指标",
  "ecological-cost": "生态环境成本指标",
  "economic-benefit": "经济效益指标",
  "social-benefit": "社会效益指标",
  "ecological-benefit": "生态效益指标",
  "sustainable-impact": "可持续影响指标",
  satisfaction: "服务对象满意度指标",
};
