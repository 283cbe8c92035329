import { defineProfile } from "./define";

// Evidence patterns, compiled once: a regex literal in the function would make a new RegExp per table.
const DEPARTMENT_WIDE = /部门整体/;

/**
 * Department-wide tables (部门整体支出绩效目标表 / 自评表): indicators follow the department's
 * functions; 财预〔2021〕101号's project categories (成本, 数量 / 质量 / 时效 under 产出) are not
 * demanded, only 产出 and 效益.
 */
export default defineProfile({
  id: "department",
  name: "部门整体支出",
  description: "部门整体支出绩效目标表、自评表：按部门职能列指标，只要求产出、效益指标",
  extends: "central",
  options: { requiredLevel1: ["output", "benefit"], requiredOutputLevel2: [] },
  evidence(e) {
    return DEPARTMENT_WIDE.test(e.text) ? 6 : 0;
  },
});
