import { isBlankCell } from "../read/cells";
import { isNumericTarget } from "../score/actual";
import { indicatorLabel } from "../score/explain";
import { defineRule } from "./types";

/** A qualitative target whose actual says neither 达成, 部分达成 nor 未达成: no light, no score. */
export const actualUnclear = defineRule({
  id: "actual-unclear",
  severity: "warning",
  kinds: ["monitoring", "self-evaluation"],
  docs: {
    name: "完成情况不明",
    description: "定性指标的完成值看不出是否达成，无法亮灯或打分",
  },
  messages: {
    unclear:
      "{{name}}：完成值“{{text}}”看不出是否达成指标值“{{target}}”。请写 达成 / 部分达成 / 未达成（是否类写 是 / 否）{{or}}。",
  },
  check(table, ctx) {
    const monitoring = table.kind === "monitoring";
    const rows = monitoring ? ctx.analysis.monitoring?.rows : ctx.analysis.selfEvaluation?.rows;
    if (!rows) return;
    table.indicators.forEach((it, i) => {
      const reading = rows[i].reading;
      // A text reading is of a non-blank actual cell; numeric targets' are actual-not-number's.
      if (!it.actual || reading.kind !== "text" || isNumericTarget(it.parsed)) return;
      // The unit judged it itself: a light or a score typed in.
      if (!isBlankCell(monitoring ? it.result : it.score)) return;
      ctx.report({
        cell: it.actual,
        messageId: "unclear",
        data: {
          name: indicatorLabel(it),
          text: reading.text,
          target: it.targetText,
          or: monitoring ? "，或在监控结果中填写 红 / 黄 / 绿" : "，或直接填写得分",
        },
      });
    });
  },
});
