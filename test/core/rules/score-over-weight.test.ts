import { scoreOverWeight } from "../../../src/core/rules/score-over-weight";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(scoreOverWeight, {
  valid: [
    { name: "scores left for the check", sheet: selfEvaluationSheet() },
    {
      name: "full scores typed in",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, score: [12.5, 12.5, 12.5, 12.5, 30, 10] }),
    },
    { name: "12.505 is within the tolerance", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "score", 0, 12.505)) },
  ],
  invalid: [
    {
      name: "13 of 12.5",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "score", 0, 13)),
      errors: [{ cell: "H13", message: "接待批次 得分 13 超过分值 12.5" }],
    },
    {
      name: "执行率 score above 10",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, execScore: 11 }),
      errors: [{ cell: "I6", message: "执行率得分 11 超过分值 10" }],
    },
    {
      name: "总分 above 100",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, total: 101 }),
      errors: [{ cell: "H19", message: "总分 101 超过满分 100" }],
    },
  ],
});
