import { timeProgressAt } from "../settings";
import { squash } from "../text";
import { defineRule } from "./types";
import { pct } from "./support";

/** A checkpoint planned below the time progress (序时进度): worth a note, not an error. */
export const planBelowTimeProgress = defineRule({
  id: "plan-below-time-progress",
  severity: "info",
  kinds: ["target"],
  requires: "spendingPlan",
  options: ["timeProgress"],
  docs: {
    name: "支出计划低于序时",
    description: "资金支出计划低于序时进度（3月 25%、6月 50%、10月 83.3%）时提示",
  },
  messages: {
    below:
      "资金支出计划 {{month}} {{value}} 低于序时进度 {{progress}}。支出安排偏慢，如无特殊原因可调整为不低于 {{progress}}。",
  },
  check(table, ctx) {
    const checkpoints = table.plan?.checkpoints ?? [];
    for (let i = 0; i < checkpoints.length; i++) {
      const cp = checkpoints[i];
      const v = cp.plannedPercent;
      // 12月底 must be exactly 100% (plan-final); out-of-range figures are plan-range's.
      if (v === null || v < 0 || v > 100 || cp.month >= 12) continue;
      const progress = timeProgressAt(ctx.settings, cp.month);
      if (v < progress)
        ctx.report({
          cell: cp.planned,
          messageId: "below",
          data: { month: squash(cp.label.text), value: pct(v), progress: pct(progress) },
        });
    }
  },
});
