import { defineProfile } from "./define";

/**
 * The central forms: 财预〔2021〕101号 target table (no spending plan), 财预〔2020〕10号
 * self-evaluation (执行率 10 + 产出 50 + 效益 30 + 满意度 10), 财预〔2019〕136号 monitoring. The
 * fallback for a table no family claims.
 */
export default defineProfile({
  id: "central",
  name: "中央（101号目标表、10号自评表、136号监控表）",
  description: "财预〔2021〕101号绩效目标表（无支出计划）、财预〔2020〕10号自评表、财预〔2019〕136号监控表",
  extends: "base",
  evidence: () => 1,
});
