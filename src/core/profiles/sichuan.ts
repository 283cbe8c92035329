import { defineProfile } from "./define";

// Evidence patterns, compiled once: a regex literal in the function would make a new RegExp per table.
const PROVINCE_WORDS = /四川|川财/;
const WEIGHT_WORD = /权重/;
const INDICATORS_90 = /绩效指标[（(]?90分/;

/**
 * Sichuan's 部门预算项目 forms: the indicator value split 指标性质 | 指标值 | 度量单位 with a 权重 per
 * row; the self-evaluation scores 预算执行情况 10 + 绩效指标 90 by those weights, and its funds block
 * asks for a 原因 where 预算执行率 (预算执行数 ÷ 调整后预算数) is under 90%.
 */
export default defineProfile({
  id: "sichuan",
  name: "四川（指标性质、权重）",
  description:
    "四川部门预算项目表：指标值拆为指标性质、指标值、度量单位，每行有权重；自评表预算执行 10 分、绩效指标 90 分",
  extends: "central",
  scoring: { weights: { execution: 10, output: 50, benefit: 30, satisfaction: 10 } },
  forms: { "self-evaluation": { executionReason: true } },
  options: { executionReasonPercent: 90 },
  evidence(e) {
    let n = 0;
    if (e.province === "51") n += 3;
    if (PROVINCE_WORDS.test(e.text)) n += 3;
    if (e.columns.has("nature") && WEIGHT_WORD.test(e.text)) n += 2;
    if (INDICATORS_90.test(e.text)) n += 2;
    return n;
  },
});
