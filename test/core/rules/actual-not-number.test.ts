import { actualNotNumber } from "../../../src/core/rules/actual-not-number";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, monitoringSheet, ON_TRACK, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(actualNotNumber, {
  valid: [
    { name: "monitoring, numbers", sheet: monitoringSheet() },
    { name: "a number with its unit: 20批次", sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, "20批次")) },
    { name: "a percent typed as text 96%", sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 1, "96%")) },
    { name: "full-width digits", sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, "２０")) },
    { name: "self-evaluation, numbers", sheet: selfEvaluationSheet() },
    {
      name: "words answer a qualitative target",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 3, "严格执行")),
    },
  ],
  invalid: [
    {
      name: "monitoring, 完成 for ≥40批次",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, "完成")),
      errors: [{ cell: "E8", message: "指标值是数值（≥40批次），完成值却写的是“完成”。请填写数值，如 40批次" }],
    },
    {
      name: "a percent for a count",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, { value: 0.5, numFmt: "0%" })),
      errors: [{ cell: "E8", message: "单位是“批次”" }],
    },
    // The reading's unit mismatch picks the message, whatever words the unit is written in.
    {
      name: "a count unit for a percent: 20台 for ≥95%",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 1, "20台")),
      errors: [
        {
          cell: "E9",
          message: "接待完成率 的指标值单位是“%”，完成值写的是“20台”。请按指标值的单位填写，如 95%。",
        },
      ],
    },
    {
      name: "百分数 for a count: 50百分数 for ≥40批次",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, "50百分数")),
      errors: [
        {
          cell: "F13",
          message: "接待批次 的指标值单位是“批次”，完成值写的是“50百分数”。请按指标值的单位填写，如 40批次。",
        },
      ],
    },
    {
      name: "spending in words",
      sheet: monitoringSheet(1, { ...ON_TRACK, spend: [25.2, "五十万"] }),
      errors: [{ cell: "C6", message: "实际累计支出写的是“五十万”" }],
    },
    {
      name: "self-evaluation, 完成 for ≥95%",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 1, "已完成")),
      errors: [{ cell: "F14", message: "完成值却写的是“已完成”" }],
    },
    {
      name: "self-evaluation, 全年执行数 in words",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, spent: "未统计" }),
      errors: [{ cell: "F6", message: "“全年执行数”写的是“未统计”" }],
    },
  ],
});
