import type { Indicator } from "../model";
import { isMoneyUnit } from "../value";
import { normalizeLabel, squash } from "../text";
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

/**
 * The older hierarchy's 成本指标 under 产出 (a 预算控制 heading is not one: its 预算执行率 is the
 * form's own). Standards in words (严格执行配置标准) are its usual form; a figure there is money.
 */
function isOlderCost(it: Indicator): boolean {
  return it.level2Kind === "cost" && it.level1Kind !== "cost" && /^成本/.test(normalizeLabel(it.level2Text));
}

/** 经济成本 indicators are stated in money (元/万元); a figure under the older 成本指标 too. */
export const costNotMonetary = defineRule({
  id: "cost-not-monetary",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "成本未用金额",
    description: "经济成本指标（及旧体系成本指标中的数值）应以元或万元表示，不用比率",
  },
  messages: {
    notMoney: "“{{name}}”是{{kind}}，指标值“{{value}}”不是金额。请以元或万元表示，如 ≤{{budget}}万元。",
    // Split header: the finding sits on the unit cell; the figure beside it must change too.
    notMoneySplit:
      "“{{name}}”是{{kind}}，指标值“{{value}}”不是金额。请把本行“{{unitColumn}}”改为“万元”，并把“{{valueColumn}}”改为金额，如 {{budget}}。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (!it.target) continue;
      const economic = isEconomicCost(it);
      if (!economic && !isOlderCost(it)) continue;
      const t = it.parsed;
      // Blank and unreadable values are other rules' to report.
      if (t.kind === "empty" || t.kind === "unreadable") continue;
      const figure = t.kind === "numeric" || t.kind === "range";
      if (figure && (t.unitClass === "money" || isMoneyUnit(t.unit))) continue;
      if (!economic && !figure) continue;
      const data = {
        name: indicatorName(it),
        kind: economic ? "经济成本指标" : "成本指标",
        value: squash(it.targetText),
        budget: budgetShown(table) ?? "18",
      };
      // A figure in the wrong unit: where the header has a 计量单位 column, that cell is the one to
      // change, and its message names the unit and the figure apart (the operator stays where it is).
      const split = figure ? splitColumnCell(table, it, "unit", "计量单位") : null;
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
