import { timeProgressAt } from "../settings";
import { squash } from "../text";
import { defineRule } from "./types";
import { pct } from "./support";
import { isBlankCell } from "../read/cells";

/** Each checkpoint of the spending plan is a percentage within 0–100%. */
export const planRange = defineRule({
  id: "plan-range",
  severity: "error",
  kinds: ["target"],
  requires: "spendingPlan",
  options: ["timeProgress"],
  docs: {
    name: "支出计划超范围",
    description: "资金支出计划各时点的累计支出比例应为 0%–100% 之间的百分比",
  },
  messages: {
    notNumber: "资金支出计划 {{month}}“{{text}}”不是百分比。请填写 0%–100% 之间的累计支出比例，如 {{example}}。",
    outOfRange: "资金支出计划 {{month}} 为 {{value}}，超出 0%–100%。累计支出比例应在 0%–100% 之间。",
  },
  check(table, ctx) {
    const checkpoints = table.plan?.checkpoints ?? [];
    for (let i = 0; i < checkpoints.length; i++) {
      const cp = checkpoints[i];
      if (isBlankCell(cp.planned)) continue;
      const month = squash(cp.label.text);
      if (cp.plannedPercent === null) {
        const example = pct(timeProgressAt(ctx.settings, cp.month));
        ctx.report({
          cell: cp.planned,
          messageId: "notNumber",
          data: { month, text: squash(cp.planned.text || String(cp.planned.value)), example },
        });
      } else if (cp.plannedPercent < 0 || cp.plannedPercent > 100) {
        ctx.report({ cell: cp.planned, messageId: "outOfRange", data: { month, value: pct(cp.plannedPercent) } });
      }
    }
  },
});
