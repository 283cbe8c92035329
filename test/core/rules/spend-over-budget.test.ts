import { spendOverBudget } from "../../../src/core/rules/spend-over-budget";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet } from "./in-year";

ruleTester(spendOverBudget, {
  valid: [
    { name: "98.50 of 100.80", sheet: selfEvaluationSheet() },
    { name: "exactly the budget", sheet: selfEvaluationSheet(1, { ...ALL_MET, spent: 100.8 }) },
  ],
  invalid: [
    {
      name: "101.00 of 100.80",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, spent: 101 }),
      errors: [{ cell: "F6", message: "全年执行数 101.00 超过全年预算数 100.80（超出 0.20 万元）" }],
    },
    {
      name: "the adjusted budget rules, not the initial one",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, budgetFull: 90, spent: 95 }),
      errors: [{ cell: "F6", message: "超过全年预算数 90.00" }],
    },
  ],
});
