import { defineProfile } from "./define";

// Evidence patterns, compiled once: a regex literal in the function would make a new RegExp per table.
const PROVINCE_WORDS = /湖北|鄂财/;
const EXECUTION_20 = /预算执行[^|]{0,12}\(20分\)|\(20分\*执行率\)/;

/**
 * Hubei's 2020 self-evaluation: 预算执行情况 20 分 (score = 20 × 执行率), the rest spread over the
 * year's goals (年度绩效目标1(40分)), shared among their indicators as the rater scored them; the
 * table's own 分值 rule first.
 */
export default defineProfile({
  id: "hubei",
  name: "湖北（执行率 20 分）",
  description: "湖北自评表：预算执行情况 20 分，年度绩效目标共 80 分（表中分值优先）",
  extends: "central",
  // The goals' 40 分 are not spread over their indicators by the form: the rater's scores show the split.
  scoring: { weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 }, blockShare: "scores" },
  evidence(e) {
    let n = 0;
    if (e.province === "42") n += 3;
    if (PROVINCE_WORDS.test(e.text)) n += 3;
    if (e.kind === "self-evaluation" && e.executionWeight === 20) n += 3;
    // The funds block's own heading: 预算执行情况(万元)(20分), 得分(20分*执行率).
    else if (e.kind === "self-evaluation" && EXECUTION_20.test(e.text)) n += 3;
    return n;
  },
});
