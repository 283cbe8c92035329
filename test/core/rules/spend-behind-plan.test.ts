import { spendBehindPlan } from "../../../src/core/rules/spend-behind-plan";
import { ruleTester } from "../../support/rule-tester";
import { monitoringSheet, ON_TRACK } from "./in-year";

// 各项公务接待活动: 预算数 100.80, plan 25% / 50% / 75% / 100%; actual spending in B6:E6.
ruleTester(spendBehindPlan, {
  valid: [
    { name: "on plan", sheet: monitoringSheet() },
    { name: "v = 80 exactly is green", sheet: monitoringSheet(1, { ...ON_TRACK, spend: [25.2, 40.32] }) },
    { name: "no spending yet is actual-missing's", sheet: monitoringSheet(1, { ...ON_TRACK, spend: [] }) },
    {
      name: "spending typed as a share 45%",
      sheet: monitoringSheet(1, { ...ON_TRACK, spend: [null, { value: 0.45, numFmt: "0%" }] }),
    },
  ],
  invalid: [
    {
      name: "30% spent against a 50% plan: v = 60, yellow",
      sheet: monitoringSheet(1, { ...ON_TRACK, spend: [25.2, 30.24] }),
      errors: [{ cell: "C6", severity: "warning", message: "支出进度 60.00%，黄灯" }],
    },
    {
      name: "20 of 100.80 by June: red",
      sheet: monitoringSheet(1, { ...ON_TRACK, spend: [10, 20] }),
      errors: [
        {
          cell: "C6",
          severity: "error",
          message: /实际支出 20\.00 万元，占预算 19\.84%，计划 50%，支出进度 39\.68%，红灯/,
        },
      ],
    },
    {
      name: "at 10月底 the 10月底 cell counts",
      sheet: monitoringSheet(1, { ...ON_TRACK, asOf: "10月底", spend: [25.2, 50.4, 40] }),
      errors: [{ cell: "D6", severity: "error", message: "计划 75%" }],
    },
    {
      name: "a blank budget: no progress can be computed",
      sheet: monitoringSheet(1, { ...ON_TRACK, budget: null }),
      errors: [{ cell: "B3", severity: "warning", message: "预算数为空" }],
    },
  ],
});
