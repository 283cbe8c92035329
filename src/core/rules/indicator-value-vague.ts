import type { Indicator } from "../model";
import { squash } from "../text";
import { defineRule } from "./types";
import { exampleTarget, indicatorName, isSatisfactionIndicator } from "./support";

const KIND_NAMES: Record<string, string> = {
  yesno: "是否判断",
  deadline: "时限表述",
  compliance: "合规表述",
  graded: "等级表述",
};

/** 数量, 质量 and 满意度 indicators must be quantified (domain.md §3). */
function mustBeQuantified(it: Indicator): string | null {
  if (it.level2Kind === "quantity") return "数量指标";
  if (it.level2Kind === "quality") return "质量指标";
  if (isSatisfactionIndicator(it)) return "满意度指标";
  return null;
}

/** Vague words that measure nothing, and 数量/质量/满意度 indicators whose value is not a figure. */
export const indicatorValueVague = defineRule({
  id: "indicator-value-vague",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "指标值不具体",
    description: "指标值应细化、量化：不用“提升、有效、明显”等模糊词，数量、质量、满意度指标应有数值",
  },
  messages: {
    vague: "“{{name}}”的指标值“{{value}}”含“{{words}}”等模糊表述，无法衡量。指标值应细化、量化，如 {{example}}。",
    notQuantified: "“{{name}}”是{{category}}，指标值“{{value}}”是{{form}}，没有量化。请改为数值，如 {{example}}。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (!it.target) continue;
      const t = it.parsed;
      // The message parts are built only for a finding: most indicators have none.
      if (t.kind === "vague") {
        ctx.report({
          cell: it.target,
          messageId: "vague",
          data: {
            name: indicatorName(it),
            value: squash(it.targetText),
            words: t.words.join("、"),
            example: exampleTarget(it, table),
          },
        });
        continue;
      }
      const form = KIND_NAMES[t.kind];
      const category = form ? mustBeQuantified(it) : null;
      if (!form || !category) continue;
      ctx.report({
        cell: it.target,
        messageId: "notQuantified",
        data: {
          name: indicatorName(it),
          value: squash(it.targetText),
          category,
          form,
          example: exampleTarget(it, table),
        },
      });
    }
  },
});
