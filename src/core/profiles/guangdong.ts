import { defineProfile } from "./define";

// Evidence patterns, compiled once: a regex literal in the function would make a new RegExp per table.
const PROVINCE_WORDS = /广东|粤财/;
const FORM_TITLE = /绩效目标批复表/;
const OUTPUT_LABEL = /预期产出指标/;
const ROLLING_LABEL = /中期滚动目标/;

/**
 * Guangdong's 财政项目支出绩效目标批复表 (东莞 2019): 预期产出指标 / 效果指标 first-level,
 * 预算(或投资规模)控制指标 as the cost category, a mid-term (中期滚动目标) and an annual set side by side.
 */
export default defineProfile({
  id: "guangdong",
  name: "广东（绩效目标批复表）",
  description:
    "广东财政项目支出绩效目标批复表：一级指标“预期产出指标”“效果指标”，成本写作“预算(或投资规模)控制指标”，中期与年度指标并列",
  extends: "central",
  labels: {
    level1: { output: ["预期产出指标"] },
    level2: {
      cost: ["预算(或投资规模)控制指标", "预算控制指标", "投资规模控制指标"],
      "social-benefit": ["社会、经济、生态效益指标"],
    },
  },
  evidence(e) {
    let n = 0;
    if (e.province === "44") n += 3;
    if (PROVINCE_WORDS.test(e.text)) n += 3;
    if (FORM_TITLE.test(e.text)) n += 1;
    if (OUTPUT_LABEL.test(e.text) || ROLLING_LABEL.test(e.text)) n += 2;
    return n;
  },
});
