import { defineProfile } from "./define";

// Evidence patterns, compiled once: a regex literal in the function would make a new RegExp per table.
const CENTRAL_INVESTMENT = /中央预算内投资/;
const SPECIAL_NAME = /专项名称/;
const ALLOCATED_TO = /下达地方或单位/;

/**
 * The NDRC's 中央预算内投资计划绩效目标表: 专项名称 / 下达地方或单位 / 下达中央预算内投资, and
 * 实施效果指标 first-level with 产出指标 / 效益指标 under it; no 满意度 or 成本 required.
 */
export default defineProfile({
  id: "investment",
  name: "中央预算内投资（发展改革委）",
  description: "中央预算内投资计划绩效目标表：一级指标“实施效果指标”下分产出指标、效益指标，不要求满意度、成本指标",
  extends: "central",
  hierarchy: { categoriesAsLevel2: true },
  options: { requiredLevel1: ["output", "benefit"], requiredOutputLevel2: [] },
  evidence(e) {
    let n = 0;
    if (CENTRAL_INVESTMENT.test(e.text)) n += 6;
    if (SPECIAL_NAME.test(e.text) && ALLOCATED_TO.test(e.text)) n += 2;
    return n;
  },
});
