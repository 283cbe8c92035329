import { actualUnclear } from "../../../src/core/rules/actual-unclear";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, monitoringSheet, ON_TRACK, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(actualUnclear, {
  valid: [
    { name: "是 / 否", sheet: monitoringSheet() },
    { name: "达成", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 3, "达成")) },
    {
      name: "未超预算 answers 是否超预算支出",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 4, "未超预算")),
    },
    {
      name: "the unit scored it itself",
      sheet: selfEvaluationSheet(1, withRow(withRow(ALL_MET, "actual", 3, "见附件"), "score", 3, 12.5)),
    },
  ],
  invalid: [
    {
      name: "monitoring, words that say nothing",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 3, "见附件")),
      errors: [{ cell: "E11", message: "完成值“见附件”看不出是否达成" }],
    },
    {
      name: "self-evaluation, a bare number for a yes/no question",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 4, 1)),
      errors: [{ cell: "F17", message: "或直接填写得分" }],
    },
  ],
});
