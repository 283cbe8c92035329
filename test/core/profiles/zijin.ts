/**
 * A form family the built-in profiles do not know, as one file (docs/profiles.md's example): its
 * tables name the project 资金项目名称, the year's money 本年安排资金 and the target column 绩效指标值.
 */
import { defineProfile } from "../../../src/core";

export default defineProfile({
  id: "zijin",
  name: "某省（资金项目表）",
  description: "资金项目名称、本年安排资金、绩效指标值：不在通用词表中的标签",
  extends: "central",
  labels: {
    header: { projectName: ["资金项目名称"], budget: ["本年安排资金"] },
    columns: { target: ["绩效指标值"] },
  },
});
