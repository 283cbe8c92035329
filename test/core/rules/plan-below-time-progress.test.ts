import { planBelowTimeProgress } from "../../../src/core/rules/plan-below-time-progress";
import { ruleTester } from "../../support/rule-tester";
import { seedTable } from "./tables";

ruleTester(planBelowTimeProgress, {
  valid: [
    { name: "at or above the time progress", sheet: seedTable(0, (p) => (p.plan = [0.25, 0.5, 0.84, 1])).sheet },
    {
      name: "the seed's 75% at 10月底 with a province's time progress of 75%",
      sheet: seedTable(0).sheet,
      settings: { timeProgress: { 10: 75 } },
    },
    { name: "12月底 is plan-final's", sheet: seedTable(0, (p) => (p.plan = [0.25, 0.5, 0.9, 0.95])).sheet },
  ],
  invalid: [
    {
      name: "the seed: 10月底 75% < 83.3%",
      sheet: seedTable(0).sheet,
      errors: [{ cell: "E7", message: "资金支出计划 10月底 75% 低于序时进度 83.3%" }],
    },
    {
      name: "3月底 20% and 10月底 75%",
      sheet: seedTable(1, (p) => (p.plan = [0.2, 0.5, 0.75, 1])).sheet,
      errors: [
        { cell: "B7", message: "3月底 20% 低于序时进度 25%" },
        { cell: "E7", message: "83.3%" },
      ],
    },
    {
      name: "thresholds come from settings",
      sheet: seedTable(2, (p) => (p.plan = [0.25, 0.5, 0.9, 1])).sheet,
      settings: { timeProgress: { 6: 60 } },
      errors: [{ cell: "D7", message: "6月底 50% 低于序时进度 60%" }],
    },
  ],
});
