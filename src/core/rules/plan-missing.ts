import { timeProgressAt } from "../settings";
import { squash } from "../text";
import { defineRule } from "./types";
import { pct } from "./support";
import { isBlankCell } from "../read/cells";

/**
 * The spending plan is there and every checkpoint is filled. A table without a plan is reported at
 * its 预算数 label (the plan rows belong right under the funds block), or at 项目名称 when it has
 * no funds block either.
 */
export const planMissing = defineRule({
  id: "plan-missing",
  severity: "error",
  kinds: ["target"],
  requires: "spendingPlan",
  options: ["timeProgress"],
  docs: {
    name: "缺支出计划",
    description: "应填写资金支出计划，且 3月底、6月底、10月底、12月底 各时点都有累计支出比例",
  },
  messages: {
    noPlan:
      "此表没有资金支出计划。请在预算规模及资金用途下方加上“资金支出计划（%）”行，填写 3月底、6月底、10月底、12月底 的累计支出比例（如 25%、50%、83.3%、100%）。",
    noCheckpoints:
      "资金支出计划没有时点。请在右侧填写 3月底、6月底、10月底、12月底 及各时点的累计支出比例（如 25%、50%、83.3%、100%）。",
    blank: "资金支出计划 {{month}} 未填写。请填写截至{{month}}累计支出占预算的比例（序时进度 {{progress}}）。",
  },
  check(table, ctx) {
    const plan = table.plan;
    if (!plan) {
      // A bare indicator block (no 项目名称, no funds) has no header part to judge.
      const anchor = table.funds?.budgetLabel ?? table.projectNameLabel;
      if (anchor) ctx.report({ cell: anchor, messageId: "noPlan" });
      return;
    }
    if (plan.checkpoints.length === 0) {
      ctx.report({ cell: plan.label, messageId: "noCheckpoints" });
      return;
    }
    const checkpoints = plan.checkpoints;
    for (let i = 0; i < checkpoints.length; i++) {
      const cp = checkpoints[i];
      if (!isBlankCell(cp.planned)) continue;
      ctx.report({
        cell: cp.planned,
        messageId: "blank",
        data: { month: squash(cp.label.text), progress: pct(timeProgressAt(ctx.settings, cp.month)) },
      });
    }
  },
});
