/** The 指标值 grammar (domain.md §2): parse a target value and ask what kind of quantity it is. */
export { parseTarget } from "./parse";
export { isPercentTarget, isRateName, isCumulative, isMoneyUnit } from "./classify";
export { classifyUnit, normaliseUnit, isPerUnit } from "./units";
export type * from "./types";
