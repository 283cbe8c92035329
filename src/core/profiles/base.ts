import { DEFAULT_SETTINGS } from "../settings";
import { defineProfile } from "./define";

/**
 * What every form shares: the label vocabulary the readers know (src/core/locate, src/core/read),
 * the defaults of domain.md, both hierarchies. Not chosen itself: the families extend it.
 */
export default defineProfile({
  id: "base",
  name: "通用",
  description: "各地表格共有的标签、两套指标体系和 domain.md 的默认设置",
  abstract: true,
  // The older name of 效益指标, in approved tables of several provinces (河北 2019, 东莞 2019).
  labels: { level1: { benefit: ["效果指标"] } },
  forms: {
    target: { spendingPlan: false },
    monitoring: { spendingPlan: false },
    "self-evaluation": { spendingPlan: false },
  },
  hierarchy: {
    // Approved tables of the older forms file 满意度 under 效益 (社会效益指标 › 群众满意度).
    satisfactionUnderBenefit: true,
    categoriesAsLevel2: false,
  },
  options: {
    requiredLevel1: DEFAULT_SETTINGS.requiredLevel1,
    requiredOutputLevel2: DEFAULT_SETTINGS.requiredOutputLevel2,
    timeProgress: DEFAULT_SETTINGS.timeProgress,
    overTargetNotePercent: DEFAULT_SETTINGS.overTargetNotePercent,
    overAchievementPercent: DEFAULT_SETTINGS.overAchievementPercent,
  },
  scoring: {
    weights: DEFAULT_SETTINGS.weights,
    bands: DEFAULT_SETTINGS.bands,
    blockShare: DEFAULT_SETTINGS.blockShare,
    grades: DEFAULT_SETTINGS.grades,
    scoreTolerance: DEFAULT_SETTINGS.scoreTolerance,
  },
  lights: { lights: DEFAULT_SETTINGS.lights, spendLights: DEFAULT_SETTINGS.spendLights },
});
