import { indicatorLabel, show, showPercent, unitOf } from "../score/explain";
import { defineRule } from "./types";

/** An actual at 120% or more of its target: the target was probably set too low. */
export const overAchievement = defineRule({
  id: "over-achievement",
  severity: "warning",
  kinds: ["self-evaluation"],
  options: ["overAchievementPercent"],
  docs: {
    name: "完成值远超指标",
    description: "实际完成值达到指标值的 120% 及以上，指标值可能定得偏低",
  },
  messages: {
    over: "{{name}} 实际完成 {{actual}}，为指标值 {{target}} 的 {{ratio}}（{{limit}}% 及以上）：指标值可能定得偏低，请说明原因，下年据实调整。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    if (!a) return;
    const limit = ctx.settings.overAchievementPercent;
    table.indicators.forEach((it, i) => {
      const row = a.rows[i];
      if (!it.actual || row.ratio === null || row.reading.kind !== "number") return;
      if (row.ratio * 100 < limit - 1e-9) return;
      ctx.report({
        cell: it.actual,
        messageId: "over",
        data: {
          name: indicatorLabel(it),
          actual: `${show(row.reading.value)}${unitOf(it.parsed)}`,
          target: it.targetText,
          ratio: showPercent(row.ratio * 100),
          limit,
        },
      });
    });
  },
});
