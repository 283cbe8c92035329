import { defineRule } from "./types";
import { exampleTarget, indicatorName } from "./support";

/** Every indicator has a 指标值 (in a split header: the 指标值 cell itself, not only 性质 or 单位). */
export const indicatorValueEmpty = defineRule({
  id: "indicator-value-empty",
  severity: "error",
  kinds: ["target"],
  docs: {
    name: "指标值未填",
    description: "每个三级指标都应填写指标值",
  },
  messages: {
    empty: "“{{name}}”的指标值为空。请填写可衡量的指标值，如 {{example}}。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (!it.target || it.parsed.kind !== "empty") continue;
      ctx.report({
        cell: it.target,
        messageId: "empty",
        data: { name: indicatorName(it), example: exampleTarget(it, table) },
      });
    }
  },
});
