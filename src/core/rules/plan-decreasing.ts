import { squash } from "../text";
import { defineRule } from "./types";
import { pct } from "./support";

/** Planned cumulative spending never goes down from one checkpoint to the next. */
export const planDecreasing = defineRule({
  id: "plan-decreasing",
  severity: "error",
  kinds: ["target"],
  requires: "spendingPlan",
  docs: {
    name: "支出计划递减",
    description: "资金支出计划是累计比例，后一时点不应低于前一时点",
  },
  messages: {
    decreasing:
      "资金支出计划 {{month}} {{value}} 低于 {{prevMonth}} {{prevValue}}。累计支出比例不应减少，应不低于 {{prevValue}}。",
  },
  check(table, ctx) {
    let prev: { month: string; value: number } | null = null;
    const checkpoints = table.plan?.checkpoints ?? [];
    for (let i = 0; i < checkpoints.length; i++) {
      const cp = checkpoints[i];
      if (cp.plannedPercent === null) continue;
      const month = squash(cp.label.text);
      if (prev && cp.plannedPercent < prev.value)
        ctx.report({
          cell: cp.planned,
          messageId: "decreasing",
          data: { month, value: pct(cp.plannedPercent), prevMonth: prev.month, prevValue: pct(prev.value) },
        });
      // A drop is measured against the highest share so far: after 50% → 40%, 45% is still below 50%.
      if (!prev || cp.plannedPercent >= prev.value) prev = { month, value: cp.plannedPercent };
    }
  },
});
