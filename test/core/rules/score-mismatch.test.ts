import { scoreMismatch } from "../../../src/core/rules/score-mismatch";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

const short = withRow(ALL_MET, "actual", 0, 38);

ruleTester(scoreMismatch, {
  valid: [
    { name: "scores left for the check", sheet: selfEvaluationSheet() },
    { name: "38 of 40 typed as 11.88 (rounded)", sheet: selfEvaluationSheet(1, withRow(short, "score", 0, 11.88)) },
    {
      name: "执行率 typed as 97.72%",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, rate: { value: 0.9772, numFmt: "0.00%" } }),
    },
    { name: "执行率 typed with one decimal 97.7%", sheet: selfEvaluationSheet(1, { ...ALL_MET, rate: "97.7%" }) },
    // A bare fraction rounds in its own unit: 0.977 stands for 97.65% to 97.75%.
    { name: "执行率 typed as the fraction 0.977", sheet: selfEvaluationSheet(1, { ...ALL_MET, rate: 0.977 }) },
    { name: "执行率 typed as the fraction 0.98", sheet: selfEvaluationSheet(1, { ...ALL_MET, rate: 0.98 }) },
    // A printed rate is the computed one rounded to the places it prints: 215457.6 ÷ 250000 = 86.18304%.
    {
      name: "执行率 86.18% for 215457.6 ÷ 250000 (元)",
      sheet: selfEvaluationSheet(1, {
        ...ALL_MET,
        budgetFull: 250000,
        spent: 215457.6,
        rate: "86.18%",
        execScore: 8.62,
      }),
    },
    {
      name: "执行率 86.2% with one decimal",
      sheet: selfEvaluationSheet(1, {
        ...ALL_MET,
        budgetFull: 250000,
        spent: 215457.6,
        rate: "86.2%",
        execScore: 8.62,
      }),
    },
    {
      name: "执行率 at a tie: 1 ÷ 8 = 12.5% printed 13%",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, budgetFull: 8, spent: 1, rate: "13%", execScore: 1.25 }),
    },
    {
      name: "执行率 at a tie: 1 ÷ 8 = 12.5% printed 12%",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, budgetFull: 8, spent: 1, rate: "12%", execScore: 1.25 }),
    },
    { name: "执行率 score typed 9.77", sheet: selfEvaluationSheet(1, { ...ALL_MET, execScore: 9.77 }) },
    { name: "总分 typed 99.77", sheet: selfEvaluationSheet(1, { ...ALL_MET, total: 99.77 }) },
    { name: "qualitative scores are judged by band", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "score", 3, 11)) },
  ],
  invalid: [
    {
      name: "38 of 40 given the full 12.5",
      sheet: selfEvaluationSheet(1, withRow(short, "score", 0, 12.5)),
      errors: [
        {
          cell: "H13",
          message: "接待批次 得分应为 11.88（实际完成值 38批次 ÷ 指标值 40批次 × 分值 12.5 = 11.88），现为 12.5",
        },
      ],
    },
    {
      name: "执行率 score 10 for 97.72%",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, execScore: 10 }),
      errors: [{ cell: "I6", message: "执行率得分应为 9.77" }],
    },
    {
      name: "执行率 95% for 98.50 ÷ 100.80",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, rate: "95%" }),
      errors: [{ cell: "H6", message: "执行率应为 97.72%（全年执行数 98.50 ÷ 全年预算数 100.80），现为 95%" }],
    },
    {
      name: "执行率 fraction 0.97 for 97.72%",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, rate: 0.97 }),
      errors: [{ cell: "H6", message: "执行率应为 97.72%（全年执行数 98.50 ÷ 全年预算数 100.80），现为 0.97" }],
    },
    {
      name: "执行率 86.19% for 215457.6 ÷ 250000 = 86.18%: within 0.01, but not the rounding",
      sheet: selfEvaluationSheet(1, {
        ...ALL_MET,
        budgetFull: 250000,
        spent: 215457.6,
        rate: "86.19%",
        execScore: 8.62,
      }),
      errors: [{ cell: "H6", message: "执行率应为 86.18%" }],
    },
    {
      name: "执行率 0.8619 (a bare fraction) for 86.18%",
      sheet: selfEvaluationSheet(1, {
        ...ALL_MET,
        budgetFull: 250000,
        spent: 215457.6,
        rate: { value: 0.8619, numFmt: "0.0000" },
        execScore: 8.62,
      }),
      errors: [{ cell: "H6", message: "执行率应为 86.18%" }],
    },
    {
      name: "总分 not the sum",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, total: 100 }),
      errors: [{ cell: "H19", message: "总分应为各项得分之和 99.77，现为 100" }],
    },
    {
      name: "a score in words",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "score", 1, "满分")),
      errors: [{ cell: "H14", message: "得分应为数字，现为“满分”" }],
    },
  ],
});
