import { isRateName } from "../value";
import { squash } from "../text";
import { defineRule } from "./types";
import { indicatorName, isSatisfactionIndicator, lowerIsBetter, splitColumnCell } from "./support";

/**
 * A rate or satisfaction target written without an operator, or with a bare "=", where a floor
 * (≥) is meant; for rates where less is better (差错率, 投诉率) a ceiling (≤).
 */
export const operatorAmbiguous = defineRule({
  id: "operator-ambiguous",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "缺少≥或≤",
    description: "比率、满意度类指标值应写明 ≥ 或 ≤，不要只写数值或“=”",
  },
  messages: {
    floor: "“{{name}}”的指标值“{{value}}”没有写明 ≥ 或 ≤。比率、满意度通常是下限，应写作“{{suggestion}}”。",
    ceiling: "“{{name}}”的指标值“{{value}}”没有写明 ≥ 或 ≤。此类比率越低越好，应写作“{{suggestion}}”。",
    // Split header: the finding sits on the operator cell, so only the operator is to be typed.
    floorSplit: "“{{name}}”的指标值“{{value}}”没有写明 ≥ 或 ≤。比率、满意度通常是下限，请将本行“{{column}}”填为“≥”。",
    ceilingSplit: "“{{name}}”的指标值“{{value}}”没有写明 ≥ 或 ≤。此类比率越低越好，请将本行“{{column}}”填为“≤”。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      const t = it.parsed;
      if (!it.target || t.kind !== "numeric" || t.opExplicit) continue;
      const name = indicatorName(it);
      const rate = t.unitClass === "percent" || isRateName(name) || isSatisfactionIndicator(it);
      if (!rate) continue;
      // A count or an amount with no operator (1辆, 30万元) is a plain quantity, not a rate.
      if (t.unitClass !== "percent" && t.unitClass !== "none") continue;
      const ceiling = lowerIsBetter(name);
      const value = squash(it.targetText);
      // Where the header splits 指标性质 | 指标值 | 单位, the operator has a cell of its own: the
      // message there asks for the operator alone, or typing the whole value would repeat it.
      const split = splitColumnCell(table, it, "nature", "指标性质");
      if (split)
        ctx.report({
          cell: split.cell,
          messageId: ceiling ? "ceilingSplit" : "floorSplit",
          data: { name, value, column: split.column },
        });
      // The suggestion carries % also where the value had no unit: a rate is a percentage.
      else
        ctx.report({
          cell: it.target,
          messageId: ceiling ? "ceiling" : "floor",
          data: { name, value, suggestion: `${ceiling ? "≤" : "≥"}${t.value}%` },
        });
    }
  },
});
