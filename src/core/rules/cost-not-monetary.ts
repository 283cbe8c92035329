import type { Indicator } from "../model";
import { isMoneyUnit } from "../value";
import { squash } from "../text";
import { defineRule } from "./types";
import { budgetShown, columnName, indicatorName, splitColumnCell } from "./support";

/**
 * 经济成本: second level 经济成本指标, or first-level 成本指标 (2021 hierarchy) unless its second
 * level names a social or ecological cost, which are rarely money.
 */
function isEconomicCost(it: Indicator): boolean {
  if (it.level2Kind === "economic-cost") return true;
  return it.level1Kind === "cost" && it.level2Kind !== "social-cost" && it.level2Kind !== "ecological-cost";
}

/** 经济成本 indicators are stated in money (元/万元). */
export const costNotMonetary = defineRule({
  id: "cost-not-monetary",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "成本未用金额",
    description: "经济成本指标的指标值应以元或万元表示",
  },
  messages: {
    notMoney: "“{{name}}”是经济成本指标，指标值“{{value}}”不是金额。请以元或万元表示，如 ≤{{budget}}万元。",
    // Split header: the finding sits on the unit cell; the figure beside it must change too.
    notMoneySplit:
      "“{{name}}”是经济成本指标，指标值“{{value}}”不是金额。请把本行“{{unitColumn}}”改为“万元”，并把“{{valueColumn}}”改为金额，如 {{budget}}。",
  },
  check(table, ctx) {
    for (const it of table.indicators) {
      if (!it.target || !isEconomicCost(it)) continue;
      const t = it.parsed;
      // Blank and unreadable values are other rules' to report.
      if (t.kind === "empty" || t.kind === "unreadable") continue;
      if ((t.kind === "numeric" || t.kind === "range") && (t.unitClass === "money" || isMoneyUnit(t.unit))) continue;
      const data = { name: indicatorName(it), value: squash(it.targetText), budget: budgetShown(table) ?? "18" };
      // A figure in the wrong unit: where the header has a 计量单位 column, that cell is the one to
      // change, and its message names the unit and the figure apart (the operator stays where it is).
      const split = t.kind === "numeric" || t.kind === "range" ? splitColumnCell(table, it, "unit", "计量单位") : null;
      if (split)
        ctx.report({
          cell: split.cell,
          messageId: "notMoneySplit",
          data: { ...data, unitColumn: split.column, valueColumn: columnName(table.header?.columns.target, "指标值") },
        });
      else ctx.report({ cell: it.target, messageId: "notMoney", data });
    }
  },
});
