import { isBlankCell } from "../read/cells";
import { indicatorLabel } from "../score/explain";
import { squash } from "../text";
import { defineRule } from "./types";

/** Every monitored or evaluated indicator, and the spending, has its actual filled in. */
export const actualMissing = defineRule({
  id: "actual-missing",
  severity: "error",
  kinds: ["monitoring", "self-evaluation"],
  docs: {
    name: "完成值未填",
    description: "当前完成值、实际完成值、实际支出或全年执行数未填写",
  },
  messages: {
    monitoring:
      "{{name}} 的“{{column}}”未填写。请填写截至监控时点的累计完成情况（数值，或 达成 / 部分达成 / 未达成）。",
    selfEvaluation: "{{name}} 的“{{column}}”未填写。请填写全年实际完成的数值，或 达成 / 部分达成 / 未达成。",
    noColumn: "表头中没有“{{column}}”列，无法判断完成情况。请在指标表头加上“{{column}}”列。",
    spend: "截至{{month}}月底的实际累计支出未填写。请填写累计支出金额（万元），用于计算支出进度。",
    spendRow:
      "监控表没有截至{{month}}月底的“实际累计支出（万元）”。请在资金支出进度下加一行“实际累计支出（万元）”并填写。",
    spent: "“全年执行数”未填写，无法计算执行率得分。请填写全年实际支出（万元）。",
  },
  check(table, ctx) {
    const monitoring = table.kind === "monitoring";
    const column = monitoring ? "当前完成值" : "实际完成值";
    if (table.header && !table.header.columns.actual && table.indicators.length) {
      ctx.report({
        cell: table.header.columns.level1 ??
          table.header.columns.target ?? { row: table.header.row, col: table.range.left },
        messageId: "noColumn",
        data: { column },
      });
    } else {
      // The column as the form heads it (1-7月执行情况, 实际完成值(B)), so the clerk finds it.
      const heading = squash(table.header?.columns.actual?.text ?? "") || column;
      for (const it of table.indicators)
        if (it.actual && isBlankCell(it.actual))
          ctx.report({
            cell: it.actual,
            messageId: monitoring ? "monitoring" : "selfEvaluation",
            data: { name: indicatorLabel(it), column: heading },
          });
    }
    if (monitoring) {
      const m = ctx.analysis.monitoring;
      if (!m || m.month === null) return;
      if (m.spendProblem === "no-actual" && m.spendCheckpoint?.actual)
        ctx.report({ cell: m.spendCheckpoint.actual, messageId: "spend", data: { month: m.spendCheckpoint.month } });
      else if (m.spendProblem === "no-checkpoint" && table.plan)
        ctx.report({
          cell: table.monitoring?.actualLabel ?? table.plan.label,
          messageId: "spendRow",
          data: { month: m.month },
        });
    } else {
      const spent = table.selfEvaluation?.spent;
      if (spent && isBlankCell(spent)) ctx.report({ cell: spent, messageId: "spent" });
    }
  },
});
