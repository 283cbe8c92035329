import { asOfMissing } from "../../../src/core/rules/as-of-missing";
import { ruleTester } from "../../support/rule-tester";
import { monitoringSheet, ON_TRACK, put } from "./in-year";

/** The 监控截至 label and its value removed: a monitoring table typed without it. */
function withoutLabel() {
  const s = monitoringSheet(1, ON_TRACK);
  put(s, { row: 2, col: 4 }, null);
  put(s, { row: 2, col: 5 }, null);
  return s;
}

ruleTester(asOfMissing, {
  valid: [
    { name: "6月底 (the template's default)", sheet: monitoringSheet() },
    { name: "a date 2024年6月30日", sheet: monitoringSheet(1, { ...ON_TRACK, asOf: "2024年6月30日" }) },
    { name: "Chinese numerals 六月底", sheet: monitoringSheet(1, { ...ON_TRACK, asOf: "六月底" }) },
    { name: "1-10月", sheet: monitoringSheet(1, { ...ON_TRACK, asOf: "1-10月" }) },
    { name: "a date cell", sheet: monitoringSheet(1, { ...ON_TRACK, asOf: { value: 45473, numFmt: "yyyy-mm-dd" } }) },
  ],
  invalid: [
    {
      name: "blank",
      sheet: monitoringSheet(1, { ...ON_TRACK, asOf: null }),
      errors: [{ cell: "F3", message: "“监控截至”未填写" }],
    },
    {
      name: "not a month",
      sheet: monitoringSheet(1, { ...ON_TRACK, asOf: "上半年" }),
      errors: [{ cell: "F3", message: "写的是“上半年”，读不出月份" }],
    },
    {
      name: "13月底 is no month",
      sheet: monitoringSheet(1, { ...ON_TRACK, asOf: "13月底" }),
      errors: [{ cell: "F3", message: "读不出月份" }],
    },
    {
      name: "no 监控截至 label: reported at 项目名称",
      sheet: withoutLabel(),
      errors: [{ cell: "E2", message: "监控表缺少“监控截至”" }],
    },
  ],
});
