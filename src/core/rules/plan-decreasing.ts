import type { Checkpoint } from "../model";
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
    // The highest share so far: a drop is measured against it (after 50% → 40%, 45% is still below 50%).
    let prev: Checkpoint | null = null;
    const checkpoints = table.plan?.checkpoints ?? [];
    for (let i = 0; i < checkpoints.length; i++) {
      const cp = checkpoints[i];
      const v = cp.plannedPercent;
      if (v === null) continue;
      if (prev === null || v >= (prev.plannedPercent as number)) {
        prev = cp;
        continue;
      }
      const top = prev.plannedPercent as number;
      ctx.report({
        cell: cp.planned,
        messageId: "decreasing",
        data: { month: squash(cp.label.text), value: pct(v), prevMonth: squash(prev.label.text), prevValue: pct(top) },
      });
    }
  },
});
