import { overAchievement } from "../../../src/core/rules/over-achievement";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(overAchievement, {
  valid: [
    { name: "on target", sheet: selfEvaluationSheet() },
    { name: "47.99 of 40 is under 120%", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, 47.99)) },
    { name: "100% against ≥95% is 105%", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 1, "100%")) },
  ],
  invalid: [
    {
      name: "48 of 40 is 120%",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, 48)),
      errors: [{ cell: "F13", message: "实际完成 48批次，为指标值 ≥40批次 的 120.00%" }],
    },
    {
      name: "a lower threshold in the settings",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, 44)),
      settings: { overAchievementPercent: 110 },
      errors: [{ cell: "F13", message: "110% 及以上" }],
    },
  ],
});
