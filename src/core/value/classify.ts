/** What rules and monitoring ask of a target: is it a percent, a rate, a quantity that accumulates? */
import type { Target } from "./types";
import { isMoneyUnit, isPerUnit } from "./units";

export { isMoneyUnit };

/** A number or range in percent (≥95%, 80%-90%). */
export function isPercentTarget(t: Target): boolean {
  return (t.kind === "numeric" || t.kind === "range") && t.unitClass === "percent";
}

const RATE_NAME_RE = /率|满意度|百分比|占比|比例|比率|比重|百分点|%|％/;

/** The indicator's name says it is a rate or a percentage (合格率, 满意度, 购置质量合格率（%）). */
export function isRateName(name: string): boolean {
  return RATE_NAME_RE.test(name);
}

/** Per head, per unit, average or standard amounts do not add up over the year (人均培训费, 单价). */
const PER_UNIT_NAME_RE = /人均|户均|平均|均价|单价|单位成本|单位造价|标准|每/;
/** Names of things counted or spent, for a bare number with no unit. */
const QUANTITY_NAME_RE = /数|次|金额|费用|成本|资金|经费|支出|面积|长度|里程|规模|产量|工作量|用量/;
const NOT_QUANTITY_NAME_RE =
  /指数|系数|分数|倍数|得分|评分|分值|数据|层次|名次|位次|档次|次序|效益|效果|效率|水平|质量/;

/**
 * A cumulative quantity, scaled by time progress in monitoring (domain.md §4): counts, money and days
 * that pile up over the year. Rates, percentages, per-unit amounts and qualitative targets are not.
 * Time units count as cumulative (=300天) except under a ceiling (≤3个工作日 is a duration limit).
 * A bare number is cumulative when the name counts or spends something (接待批次, 购置数量).
 */
export function isCumulative(t: Target, name: string): boolean {
  if (t.kind !== "numeric" && t.kind !== "range") return false;
  if (t.unitClass === "percent" || isRateName(name) || PER_UNIT_NAME_RE.test(name) || isPerUnit(t.unit)) return false;
  switch (t.unitClass) {
    case "money":
    case "count":
      return true;
    case "time":
      return t.kind === "numeric" && t.op !== "<=" && t.op !== "<";
    case "none":
      return QUANTITY_NAME_RE.test(name) && !NOT_QUANTITY_NAME_RE.test(name);
    default:
      return false;
  }
}
