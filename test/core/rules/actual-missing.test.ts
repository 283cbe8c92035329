import { actualMissing } from "../../../src/core/rules/actual-missing";
import { ruleTester } from "../../support/rule-tester";
import { Grid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/locate";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { ALL_MET, monitoringSheet, ON_TRACK, put, selfEvaluationSheet, withRow } from "./in-year";

/** The sheet with its 完成值 column headed as another form heads it. */
function headed(s: SheetSnapshot, heading: string): SheetSnapshot {
  const cell = locateTables(new Grid(s))[0].header?.columns.actual;
  if (!cell) throw new Error("no 完成值 column");
  put(s, cell, heading);
  return s;
}

ruleTester(actualMissing, {
  valid: [
    { name: "monitoring, filled in", sheet: monitoringSheet() },
    {
      name: "monitoring, later checkpoints may stay blank",
      sheet: monitoringSheet(1, { ...ON_TRACK, spend: [null, 50.4] }),
    },
    { name: "self-evaluation, filled in", sheet: selfEvaluationSheet() },
  ],
  invalid: [
    {
      name: "monitoring, a blank 当前完成值",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 2, null)),
      errors: [{ cell: "E10", message: "接待时限 的“当前完成值”未填写" }],
    },
    {
      name: "monitoring, a blank cell under the form's own heading",
      sheet: headed(monitoringSheet(1, withRow(ON_TRACK, "actual", 2, null)), "1-6月执行情况"),
      errors: [{ cell: "E10", message: "接待时限 的“1-6月执行情况”未填写" }],
    },
    {
      name: "monitoring, no spending at the as-of checkpoint",
      sheet: monitoringSheet(1, { ...ON_TRACK, spend: [25.2, null] }),
      errors: [{ cell: "C6", message: "截至6月底的实际累计支出未填写" }],
    },
    {
      name: "self-evaluation, a blank 实际完成值",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 4, null)),
      errors: [{ cell: "F17", message: "资金使用效益 的“实际完成值”未填写" }],
    },
    {
      name: "self-evaluation, a blank 全年执行数",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, spent: null }),
      errors: [{ cell: "F6", message: "“全年执行数”未填写" }],
    },
  ],
});
