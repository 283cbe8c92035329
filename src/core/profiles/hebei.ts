import { defineProfile } from "./define";

// Evidence patterns, compiled once: a regex literal in the function would make a new RegExp per table.
const PROVINCE_WORDS = /河北|冀财/;
const FORM_LABEL = /预算规模及资金用途/;

/**
 * Hebei's 预算一体化 form (the seed's): the target table carries 资金支出计划 at 3月底 / 6月底 /
 * 10月底 / 12月底 under 预算规模及资金用途. The default for a table that fits it.
 */
export default defineProfile({
  id: "hebei",
  name: "河北（预算一体化）",
  description: "河北省预算管理一体化系统的表：目标表含资金支出计划（3月底、6月底、10月底、12月底）",
  extends: "central",
  forms: { target: { spendingPlan: true } },
  options: { timeProgress: { 3: 25, 6: 50, 10: 83.3, 12: 100 } },
  evidence(e) {
    let n = 0;
    if (e.hasPlan) n += 4;
    // 13: Hebei's division code opens its project codes (13020924P00056410001N).
    if (e.province === "13") n += 3;
    if (PROVINCE_WORDS.test(e.text)) n += 3;
    if (FORM_LABEL.test(e.text)) n += 1;
    return n;
  },
});
