import { squash } from "../text";
import { defineRule } from "./types";
import { exampleTarget, indicatorName } from "./support";

/** A 指标值 the grammar cannot read (domain.md §2: anything else is unreadable, and says so). */
export const indicatorValueUnparsed = defineRule({
  id: "indicator-value-unparsed",
  severity: "error",
  kinds: ["target"],
  docs: {
    name: "指标值无法识别",
    description: "指标值应能识别：符号 + 数值 + 单位，或是否、时限、合规、等级等规范表述",
  },
  messages: {
    unreadable:
      "“{{name}}”的指标值“{{value}}”有误：{{reason}}。请写成“符号+数值+单位”，如 {{example}}；或写明时限、是否、达成等级。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (!it.target || it.parsed.kind !== "unreadable") continue;
      ctx.report({
        cell: it.target,
        messageId: "unreadable",
        data: {
          name: indicatorName(it),
          value: squash(it.targetText),
          reason: it.parsed.reason.replace(/[。.]$/, ""),
          example: exampleTarget(it, table),
        },
      });
    }
  },
});
