import { isPercentTarget, isRateName } from "../value";
import { squash } from "../text";
import { defineRule } from "./types";
import { indicatorName, isGrowthName, isSatisfactionIndicator } from "./support";

/** Below 0%, above 100%, or a strict bound no rate can meet (>100%, <0%). */
function outside(op: string, value: number): boolean {
  return value < 0 || value > 100 || (op === ">" && value >= 100) || (op === "<" && value <= 0);
}

/**
 * A rate or percentage target lies within 0–100%. Percent-unit values always; a bare number only
 * when the name says rate or 满意度. Growth (增长率, 同比提高) may exceed 100% and is left alone.
 */
export const percentRange = defineRule({
  id: "percent-range",
  severity: "error",
  kinds: ["target"],
  docs: {
    name: "比率超出范围",
    description: "比率、百分比、满意度类指标值应在 0%–100% 之间",
  },
  messages: {
    outOfRange:
      "“{{name}}”的指标值“{{value}}”超出 0%–100%。比率、满意度不可能{{what}}，请改为 0%–100% 之间，如 {{example}}。",
  },
  check(table, ctx) {
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (!it.target) continue;
      const t = it.parsed;
      // The figure first: most are within 0–100, and then the name need not be read at all.
      let bad: number | null = null;
      if (t.kind === "numeric" && outside(t.op, t.value)) bad = t.value;
      if (t.kind === "range") bad = outside("=", t.max) ? t.max : outside("=", t.min) ? t.min : null;
      if (bad === null) continue;
      const name = indicatorName(it);
      if (isGrowthName(name)) continue;
      const rate =
        isPercentTarget(t) ||
        ((t.kind === "numeric" || t.kind === "range") &&
          t.unitClass === "none" &&
          (isRateName(name) || isSatisfactionIndicator(it)));
      if (!rate) continue;
      const op = t.kind === "numeric" ? t.op : "=";
      const limit = bad > 100 || (bad === 100 && op === ">") ? 100 : 0;
      ctx.report({
        cell: it.target,
        messageId: "outOfRange",
        data: {
          name,
          value: squash(it.targetText),
          what: limit === 100 ? "超过 100%" : "低于 0%",
          example: limit === 100 ? (op === "<=" || op === "<" ? "≤100%" : "≥95%") : "≥0%",
        },
      });
    }
  },
});
