import { defineProfile } from "./define";

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
    if (/中央预算内投资/.test(e.text)) n += 6;
    if (/专项名称/.test(e.text) && /下达地方或单位/.test(e.text)) n += 2;
    return n;
  },
});
