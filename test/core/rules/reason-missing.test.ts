import { Grid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/locate";
import { reasonMissing } from "../../../src/core/rules/reason-missing";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, monitoringSheet, ON_TRACK, put, selfEvaluationSheet, withRow } from "./in-year";

/** The sheet with its reason column blanked, header included: a table the unit cut down. */
function noReasonColumn(s: SheetSnapshot): SheetSnapshot {
  const [t] = locateTables(new Grid(s));
  const header = t.header!.columns.reason!;
  for (const cell of [header, ...t.indicators.map((it) => it.reason!)]) put(s, cell, null);
  // Built while the cases are declared, outside any test: a broken fixture must say so by name.
  if (locateTables(new Grid(s))[0].header!.columns.reason) throw new Error("fixture: the reason column is still read");
  return s;
}

const yellow = withRow(ON_TRACK, "actual", 0, 12);
const short = withRow(ALL_MET, "actual", 0, 38);

ruleTester(reasonMissing, {
  valid: [
    { name: "monitoring, all green", sheet: monitoringSheet() },
    {
      name: "monitoring, yellow with a reason",
      sheet: monitoringSheet(1, withRow(yellow, "reason", 0, "上半年接待任务少，下半年集中安排")),
    },
    {
      name: "monitoring, v = 115 is not more than 15% above",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, 23)),
    },
    {
      name: "the Hebei note turned off",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, 23.5)),
      settings: { overTargetNotePercent: null },
    },
    { name: "self-evaluation, every target met", sheet: selfEvaluationSheet() },
    {
      name: "self-evaluation, below weight with a reason",
      sheet: selfEvaluationSheet(1, withRow(short, "reason", 0, "下半年接待减少")),
    },
    { name: "no reason column, none needed", sheet: noReasonColumn(monitoringSheet()) },
  ],
  invalid: [
    {
      name: "monitoring, yellow without a reason",
      sheet: monitoringSheet(1, yellow),
      errors: [{ cell: "H8", severity: "error", message: "接待批次 为黄灯，必须填写偏差原因说明" }],
    },
    {
      name: "monitoring, red without a reason",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 3, "否")),
      errors: [{ cell: "H11", message: "红灯" }],
    },
    {
      name: "monitoring, 完全不可能 without a reason",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "chance", 2, "完全不可能")),
      errors: [{ cell: "H10", message: "完全不可能" }],
    },
    {
      name: "monitoring, Hebei: more than 15% above progress",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 0, 23.5)),
      errors: [{ cell: "H8", severity: "warning", message: "完成 117.50%，超出目标 15% 以上" }],
    },
    {
      name: "self-evaluation, 38 of 40 scores below its weight",
      sheet: selfEvaluationSheet(1, short),
      errors: [{ cell: "I13", severity: "error", message: "接待批次 得分 11.88 低于分值 12.5" }],
    },
    {
      name: "self-evaluation, an entered score below the weight",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "score", 5, 9)),
      errors: [{ cell: "I18", message: "得分 9 低于分值 10" }],
    },
    {
      name: "self-evaluation, Hebei: 48 against ≥40",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, 48)),
      errors: [{ cell: "I13", severity: "warning", message: "完成 120.00%" }],
    },
    // Without a reason column, one finding on the header, never on the actual cell (H is blanked).
    {
      name: "monitoring, no reason column: yellow and 完全不可能",
      sheet: noReasonColumn(monitoringSheet(1, withRow(yellow, "chance", 2, "完全不可能"))),
      errors: [
        {
          cell: "A7",
          severity: "error",
          message:
            "接待批次、接待时限 需要说明偏差原因，但表头中没有“偏差原因说明”列。请在指标表头加上“偏差原因说明”列，并逐项填写原因和改进措施。",
        },
      ],
    },
    {
      name: "monitoring, no reason column: the over-target note alone is a warning",
      sheet: noReasonColumn(monitoringSheet(1, withRow(ON_TRACK, "actual", 0, 23.5))),
      errors: [{ cell: "A7", severity: "warning", message: "接待批次 需要说明偏差原因" }],
    },
    {
      name: "self-evaluation, no reason column",
      sheet: noReasonColumn(selfEvaluationSheet(1, short)),
      errors: [{ cell: "B12", severity: "error", message: "表头中没有“偏差原因分析及改进措施”列" }],
    },
  ],
});
