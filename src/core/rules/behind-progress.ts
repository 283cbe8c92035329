import { bandsText, indicatorLabel, lightName, progressText } from "../score/explain";
import { defineRule } from "./types";

/** An indicator's light (domain.md §4): red is an error, yellow a warning, at 当前完成值. */
export const behindProgress = defineRule({
  id: "behind-progress",
  severity: "error",
  kinds: ["monitoring"],
  options: ["lights", "timeProgress"],
  docs: {
    name: "指标进度落后",
    description: "指标完成进度落后（红灯为错误，黄灯为警告）",
  },
  messages: {
    behind: "{{name}}：{{progress}}，{{light}}（{{bands}}）。请分析偏差原因，采取措施确保完成年度指标。",
    over: "{{name}}：{{progress}}，{{light}}：已超出年度指标值。请说明原因，并控制在指标值以内。",
    qualitative: "{{name}}：{{progress}}，{{light}}。请分析偏差原因，采取措施确保完成年度指标。",
  },
  check(table, ctx) {
    const m = ctx.analysis.monitoring;
    if (!m) return;
    table.indicators.forEach((it, i) => {
      const row = m.rows[i];
      if (!it.actual || (row.light !== "red" && row.light !== "yellow")) return;
      const messageId =
        row.v !== null && row.reading.kind === "number"
          ? "behind"
          : row.reading.kind === "number"
            ? "over"
            : "qualitative";
      ctx.report({
        cell: it.actual,
        messageId,
        severity: row.light === "red" ? "error" : "warning",
        data: {
          name: indicatorLabel(it),
          progress: progressText(it, row, m.month),
          light: lightName(row.light),
          bands: bandsText(ctx.settings),
        },
      });
    });
  },
});
