import { Big } from "../money";
import { showWan } from "../score/explain";
import { defineRule } from "./types";

/** 全年执行数 above 全年预算数: spending beyond the adjusted budget. */
export const spendOverBudget = defineRule({
  id: "spend-over-budget",
  severity: "warning",
  kinds: ["self-evaluation"],
  docs: {
    name: "执行数超预算",
    description: "全年执行数超过全年预算数",
  },
  messages: {
    over: "全年执行数 {{spent}} 超过全年预算数 {{budget}}（超出 {{diff}} 万元）。请核对执行数，或说明超支原因。",
  },
  check(table, ctx) {
    const ex = ctx.analysis.selfEvaluation?.execution;
    const cell = table.selfEvaluation?.spent;
    if (!ex || !cell || ex.spent === null || ex.budgetFull === null) return;
    const diff = new Big(ex.spent).minus(ex.budgetFull);
    if (diff.lte(0)) return;
    ctx.report({
      cell,
      messageId: "over",
      data: { spent: showWan(ex.spent), budget: showWan(ex.budgetFull), diff: diff.toFixed(2) },
    });
  },
});
