import { memoText, normalizeLabel } from "./text";

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

const LEVEL1: [RegExp, Level1][] = [
  [/^产出/, "output"],
  [/^效益/, "benefit"],
  [/满意度/, "satisfaction"],
  [/^成本/, "cost"],
];

const LEVEL2: [RegExp, Level2][] = [
  [/^数量/, "quantity"],
  [/^质量/, "quality"],
  [/^时效/, "timeliness"],
  [/^经济成本/, "economic-cost"],
  [/^社会成本/, "social-cost"],
  [/^(生态环境|生态|环境)成本/, "ecological-cost"],
  [/^成本/, "cost"],
  [/^经济效益/, "economic-benefit"],
  [/^社会效益/, "social-benefit"],
  [/^(生态环境|生态)效益/, "ecological-benefit"],
  [/^可持续/, "sustainable-impact"],
  [/满意度/, "satisfaction"],
];

function classify<K>(table: [RegExp, K][]) {
  return (text: string): K | null => {
    const t = normalizeLabel(text);
    for (const [re, k] of table) if (re.test(t)) return k;
    return null;
  };
}

// Memoised: every indicator row asks, and the category names repeat. Rebuilt when labels are added.
let level1Memo = memoText(classify(LEVEL1));
let level2Memo = memoText(classify(LEVEL2));

export const level1Of = (text: string): Level1 | null => level1Memo(text);
export const level2Of = (text: string): Level2 | null => level2Memo(text);

/** Category names a form family adds (ProfileSpec.labels), each read as a prefix of the cell. */
export interface CategoryLabels {
  level1?: Partial<Record<Level1, readonly string[]>>;
  level2?: Partial<Record<Level2, readonly string[]>>;
}

function prefix(label: string): RegExp {
  return new RegExp(`^${normalizeLabel(label).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

/**
 * Adds a family's category names to the readers' vocabulary, after the shared ones. Every family's
 * names count for every table: a table is read before its family is known.
 */
export function addCategoryLabels(labels: CategoryLabels): void {
  for (const [k, names] of Object.entries(labels.level1 ?? {}) as [Level1, string[]][])
    for (const n of names) LEVEL1.push([prefix(n), k]);
  for (const [k, names] of Object.entries(labels.level2 ?? {}) as [Level2, string[]][])
    for (const n of names) LEVEL2.push([prefix(n), k]);
  level1Memo = memoText(classify(LEVEL1));
  level2Memo = memoText(classify(LEVEL2));
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
