import type { Level2 } from "../categories";
import { isBlankCell } from "../read/cells";
import { squash } from "../text";
import { defineRule } from "./types";

/**
 * A row with a 指标值 must say what it measures: a 三级指标 (or, on forms without one, the
 * 指标内容 / 绩效指标 column that names it). A value under a bare 二级 category (数量指标 88) measures nothing nameable.
 */
export const indicatorNameMissing = defineRule({
  id: "indicator-name-missing",
  severity: "error",
  kinds: ["target", "monitoring", "self-evaluation"],
  docs: {
    name: "缺少三级指标",
    description: "填了指标值的行应写明三级指标（具体考核内容），不能只有一级、二级指标",
  },
  messages: {
    missing:
      "“{{category}}”下的指标值 {{value}} 没有三级指标名称，看不出考核什么。请在本行“{{column}}”填写具体的三级指标（如“{{example}}”）。",
  },
  check(table, ctx) {
    const column = table.header?.columns.level3;
    if (!column) return;
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (it.level3Text.trim() || (it.description && !isBlankCell(it.description))) continue;
      if (!it.target || isBlankCell(it.target)) continue;
      ctx.report({
        cell: it.level3 ?? { row: it.row, col: column.col },
        messageId: "missing",
        data: {
          category: squash(it.level2Text || it.level1Text) || "本类",
          value: squash(it.targetText),
          column: squash(column.text),
          example: (it.level2Kind && EXAMPLES[it.level2Kind]) || "具体考核内容",
        },
      });
    }
  },
});

/** What a third level names, by its second level, for the message's example. */
const EXAMPLES: Partial<Record<Level2, string>> = {
  quantity: "完成工程数量",
  quality: "验收合格率",
  timeliness: "按期完成率",
  cost: "项目总成本",
  "economic-cost": "项目总成本",
  "social-cost": "社会成本影响",
  "ecological-cost": "生态环境成本",
  "economic-benefit": "带动增收金额",
  "social-benefit": "受益人数",
  "ecological-benefit": "生态环境改善情况",
  "sustainable-impact": "持续发挥作用年限",
  satisfaction: "服务对象满意度",
};
