import { behindProgress } from "../../../src/core/rules/behind-progress";
import { ruleTester } from "../../support/rule-tester";
import { monitoringSheet, ON_TRACK, withRow } from "./in-year";

// 接待批次 ≥40批次 at 6月底: 序时目标 20批次, so 当前完成值 x gives v = 5x.
const batches = (x: number) => monitoringSheet(1, withRow(ON_TRACK, "actual", 0, x));

ruleTester(behindProgress, {
  valid: [
    { name: "on track", sheet: monitoringSheet() },
    { name: "v = 80 is green", sheet: batches(16) },
    { name: "blue is over-progress's", sheet: batches(30) },
    {
      name: "a 95% rate with 96% in June is green: rates are not scaled",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 1, { value: 0.96, numFmt: "0%" })),
    },
    { name: "a blank actual is actual-missing's", sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, null)) },
  ],
  invalid: [
    {
      name: "v = 59.99 is red",
      sheet: batches(11.998),
      errors: [{ cell: "E8", severity: "error", message: "59.99%，红灯" }],
    },
    {
      name: "v = 60 is yellow",
      sheet: batches(12),
      errors: [{ cell: "E8", severity: "warning", message: "60.00%，黄灯" }],
    },
    {
      name: "the message shows the expected progress",
      sheet: batches(10),
      errors: [{ cell: "E8", message: "当前完成值 10批次 ÷ 序时目标 20批次（年度指标值 40批次 × 6/12）= 50.00%" }],
    },
    {
      name: "a rate far below target is red",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 1, { value: 0.5, numFmt: "0%" })),
      errors: [{ cell: "E9", severity: "error", message: "52.63%" }],
    },
    {
      name: "是否严格执行接待标准 answered 否",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 3, "否")),
      errors: [{ cell: "E11", severity: "error", message: "红灯" }],
    },
    {
      name: "部分达成 is yellow",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 4, "部分达成")),
      errors: [{ cell: "E12", severity: "warning", message: "黄灯" }],
    },
  ],
});
