import { isBlankCell } from "../read/cells";
import { ACHIEVEMENT_NAMES, indicatorLabel, show, unitOf } from "../score/explain";
import { defineRule } from "./types";

/**
 * A year-end actual short of its target (numeric, or a qualitative 部分达成 / 未达成), with no
 * reason written: where the row explains the shortfall, the clerk has done what we would ask.
 */
export const actualBelowTarget = defineRule({
  id: "actual-below-target",
  severity: "warning",
  kinds: ["self-evaluation"],
  docs: {
    name: "完成值未达标",
    description: "实际完成值未达到年度指标值",
  },
  messages: {
    numeric:
      "{{name}} 实际完成 {{actual}}，未达到指标值 {{target}}，得分 {{score}}（分值 {{weight}}）。请在偏差原因中说明。",
    qualitative: "{{name}} 完成情况为“{{level}}”，未完全达到指标值“{{target}}”。请在偏差原因中说明。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    if (!a) return;
    table.indicators.forEach((it, i) => {
      const row = a.rows[i];
      if (!it.actual || row.met !== false || !isBlankCell(it.reason)) return;
      const name = indicatorLabel(it);
      if (row.reading.kind === "number" && row.computed !== null)
        ctx.report({
          cell: it.actual,
          messageId: "numeric",
          data: {
            name,
            actual: `${show(row.reading.value)}${unitOf(it.parsed)}`,
            target: it.targetText,
            score: show(row.computed),
            weight: show(row.weight),
          },
        });
      else if (row.reading.kind === "achievement" && row.level)
        ctx.report({
          cell: it.actual,
          messageId: "qualitative",
          data: { name, level: ACHIEVEMENT_NAMES[row.level], target: it.targetText },
        });
    });
  },
});
