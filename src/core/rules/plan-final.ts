import { squash } from "../text";
import { defineRule } from "./types";
import { pct } from "./support";

/** The last checkpoint is 12月底 (reported at the plan label when missing) and plans to have spent exactly 100% of the budget. */
export const planFinal = defineRule({
  id: "plan-final",
  severity: "error",
  kinds: ["target"],
  requires: "spendingPlan",
  docs: {
    name: "年末计划非100%",
    description: "资金支出计划最后一个时点应为 12月底，累计支出比例应为 100%",
  },
  messages: {
    notFull: "资金支出计划 {{month}} 为 {{value}}，应为 100%：预算年度结束时应支出全部预算。",
    noYearEnd: "资金支出计划缺少 12月底 时点（最后一个时点是 {{month}}）。请加上 12月底，累计支出比例为 100%。",
  },
  check(table, ctx) {
    const plan = table.plan;
    if (!plan || plan.checkpoints.length === 0) return;
    const cps = plan.checkpoints;
    const last = cps[cps.length - 1];
    const yearEnd = cps.find((c) => c.month === 12);
    if (!yearEnd) {
      ctx.report({ cell: plan.label, messageId: "noYearEnd", data: { month: squash(last.label.text) } });
      return;
    }
    const v = yearEnd.plannedPercent;
    // Blank, unreadable and out-of-range figures are plan-missing's and plan-range's to report.
    if (v === null || v < 0 || v > 100 || v === 100) return;
    ctx.report({
      cell: yearEnd.planned,
      messageId: "notFull",
      data: { month: squash(yearEnd.label.text), value: pct(v) },
    });
  },
});
