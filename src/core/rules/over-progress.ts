import { indicatorLabel, progressText } from "../score/explain";
import { defineRule } from "./types";

/** A blue light: progress far ahead of time, so the target may have been set too low. */
export const overProgress = defineRule({
  id: "over-progress",
  severity: "info",
  kinds: ["monitoring"],
  options: ["lights", "timeProgress"],
  docs: {
    name: "进度明显超前",
    description: "指标完成进度明显超前（蓝灯），年度指标值可能定得偏低",
  },
  messages: {
    blue: "{{name}}：{{progress}}，蓝灯（{{blue}}%及以上）：进度明显超前，年度指标值可能定得偏低，请核实。",
  },
  check(table, ctx) {
    const m = ctx.analysis.monitoring;
    if (!m) return;
    table.indicators.forEach((it, i) => {
      if (m.rows[i].light !== "blue" || !it.actual) return;
      ctx.report({
        cell: it.actual,
        messageId: "blue",
        data: {
          name: indicatorLabel(it),
          progress: progressText(it, m.rows[i], m.month),
          blue: ctx.settings.lights.blue,
        },
      });
    });
  },
});
