import { indicatorLabel, show } from "../score/explain";
import { round2 } from "../score/self-evaluation";
import { defineRule } from "./types";

/** A score never exceeds its weight: indicators, a weighted block's indicators together, the 执行率 score and the total. */
export const scoreOverWeight = defineRule({
  id: "score-over-weight",
  severity: "error",
  kinds: ["self-evaluation"],
  options: ["scoreTolerance", "weights", "blockShare"],
  docs: {
    name: "得分超过分值",
    description: "得分超过分值",
  },
  messages: {
    indicator: "{{name}} 得分 {{score}} 超过分值 {{weight}}。得分不能超过分值。",
    execution: "执行率得分 {{score}} 超过分值 {{weight}}。执行率超过100%也只按100%计，得分最高为 {{weight}}。",
    total: "总分 {{score}} 超过满分 {{weight}}。请核对各项得分。",
    block: "“{{block}}”下各指标得分合计 {{score}}，超过其分值 {{weight}}。请核对各项得分。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    const info = table.selfEvaluation;
    if (!a) return;
    const tol = ctx.settings.scoreTolerance;
    table.indicators.forEach((it, i) => {
      const row = a.rows[i];
      if (it.score && row.entered.kind === "number" && row.entered.value > row.weight + tol)
        ctx.report({
          cell: it.score,
          messageId: "indicator",
          data: { name: indicatorLabel(it), score: show(row.entered.value), weight: show(row.weight) },
        });
    });
    for (const { block, rows } of a.blocks) {
      const sum = rows.reduce((total, i) => total + (a.rows[i].entered.kind === "number" ? a.rows[i].used! : 0), 0);
      if (sum > block.weight + tol)
        ctx.report({
          cell: block.cell,
          messageId: "block",
          data: { block: block.name, score: show(round2(sum)), weight: show(block.weight) },
        });
    }
    const ex = a.execution;
    if (info?.score && ex.entered.kind === "number" && ex.entered.value > ex.weight + tol)
      ctx.report({
        cell: info.score,
        messageId: "execution",
        data: { score: show(ex.entered.value), weight: show(ex.weight) },
      });
    if (info?.total && a.enteredTotal.kind === "number" && a.enteredTotal.value > a.weightTarget + tol)
      ctx.report({
        cell: info.total,
        messageId: "total",
        data: { score: show(a.enteredTotal.value), weight: show(a.weightTarget) },
      });
  },
});
