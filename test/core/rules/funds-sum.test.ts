import { Grid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/locate";
import { fundsSum } from "../../../src/core/rules/funds-sum";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, put, selfEvaluationSheet, type Typed } from "./in-year";

/**
 * The seed's self-evaluation template (年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额 and
 * 其中：当年财政拨款 / 上年结转资金 / 其他资金), with cells of the funds block typed over: `edit`
 * names a row by its label and a column by its header.
 */
function template(edit: [row: string, column: string, value: Typed][]): SheetSnapshot {
  const s = selfEvaluationSheet(1, ALL_MET);
  const [t] = locateTables(new Grid(s));
  const funds = t.funds!;
  for (const [row, column, value] of edit) {
    const { header, total } = funds.columns!.find((c) => c.header.text.startsWith(column))!;
    const r = row === "年度资金总额" ? total.row : funds.sources.find((x) => x.name === row)!.label.row;
    put(s, { row: r, col: header.col }, value);
  }
  return s;
}

const money = (value: number): Typed => ({ value, numFmt: "0.00" });

/** The central form as a district fills it in 元 (项目资金（元）), dashes in the 其中 rows' score cells. */
const yuan = (total: string[], fiscal: string[], carried: string[]) =>
  buildSheet(
    "自评",
    [
      ["财政项目支出绩效自评表"],
      ["项目名称", "援滇对口支援及结对帮扶经费"],
      ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", ...total, "10", "45.17%", "4.52"],
      ["", "其中：当年财政拨款", ...fiscal, "—", "—", "—"],
      ["", "上年结转资金", ...carried, "—", "—", "—"],
      ["", "其他资金", "", "", "", "—", "—", "—"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["", "产出指标", "数量指标", "帮扶人次", "≥10人次", "10", "50", "50"],
      ["", "效益指标", "社会效益指标", "帮扶成效", "明显", "明显", "30", "30"],
      ["", "满意度指标", "服务对象满意度指标", "受援方满意度", "≥90%", "95%", "10", "10"],
    ],
    {},
  );

/** A monitoring table of the 财预〔2019〕136号 kind: 1-6月执行数, sources 财政拨款 and 其他资金. */
const monitoring = (total: string[], fiscal: string[], other: string[]) =>
  buildSheet(
    "监控",
    [
      ["项目支出绩效运行监控表"],
      ["项目名称", "乡村道路维护"],
      ["监控截至", "6月底"],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
      ["", "年度资金总额", ...total, ""],
      ["", "其中：财政拨款", ...fiscal, ""],
      ["", "其他资金", ...other, ""],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况", "完成可能性"],
      ["", "产出指标", "数量指标", "维护里程", "≥20公里", "10公里", "20公里", "确定能"],
      ["", "效益指标", "社会效益指标", "通行时间缩短", "≥10%", "5%", "10%", "确定能"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "≥90%", "确定能"],
    ],
    {},
  );

ruleTester(fundsSum, {
  valid: [
    // 全年执行数 98.50 with its 其中 rows blank: no breakdown given, nothing to add up.
    { name: "the template as filled: 100.80 = 100.80, execution not broken down", sheet: selfEvaluationSheet() },
    {
      name: "a blank part counts as 0 where the others add up",
      sheet: template([
        ["当年财政拨款", "全年执行数", money(90.5)],
        ["其他资金", "全年执行数", money(8)],
      ]),
    },
    {
      name: "in 元 with thousands separators and dashes",
      sheet: yuan(["250000.00", "250000.00", "215,457.6"], ["250000.00", "250000.00", "215457.6"], ["0", "0", ""]),
    },
    {
      name: "a monitoring table whose columns add up",
      sheet: monitoring(["120", "120", "50"], ["100", "100", "40"], ["20", "20", "10"]),
    },
  ],
  invalid: [
    {
      name: "a total of 0 over 本年财政拨款 in every column (a filled-in form's slip)",
      sheet: template([
        ["年度资金总额", "年初预算数", 0],
        ["年度资金总额", "全年预算数", 0],
        ["年度资金总额", "全年执行数", 0],
        ["当年财政拨款", "全年执行数", money(98.5)],
      ]),
      errors: [
        {
          cell: "D6",
          message:
            "年度资金总额的年初预算数 0 不等于其中各项之和 100.80（当年财政拨款 100.80 + 上年结转资金 0 + 其他资金 0）",
        },
        { cell: "E6", message: "年度资金总额的全年预算数 0 不等于其中各项之和 100.80" },
        { cell: "F6", message: "年度资金总额的全年执行数 0 不等于其中各项之和 98.50" },
      ],
    },
    {
      name: "a source added to one column only",
      sheet: template([["上年结转资金", "全年预算数", money(5)]]),
      errors: [
        {
          cell: "E6",
          message:
            "全年预算数 100.80 不等于其中各项之和 105.80（当年财政拨款 100.80 + 上年结转资金 5.00 + 其他资金 0）",
        },
      ],
    },
    {
      name: "a blank total over filled parts",
      sheet: template([["年度资金总额", "年初预算数", null]]),
      errors: [{ cell: "D6", message: "年度资金总额的年初预算数为空，其中各项之和为 100.80" }],
    },
    {
      name: "in 元: 其中 rows 0 under 20000.00, shown as written",
      sheet: yuan(["20000.00", "20000.00", "9,034"], ["0", "0", ""], ["0", "0", ""]),
      errors: [
        {
          cell: "C4",
          message: "年初预算数 20000.00 不等于其中各项之和 0.00（当年财政拨款 0 + 上年结转资金 0 + 其他资金 0）",
        },
        { cell: "D4", message: "全年预算数 20000.00 不等于其中各项之和 0.00" },
      ],
    },
    {
      name: "a monitoring table whose 1-6月执行数 misses its parts",
      sheet: monitoring(["120", "120", "50"], ["100", "100", "45"], ["20", "20", "10"]),
      errors: [
        { cell: "E5", message: "年度资金总额的1-6月执行数 50 不等于其中各项之和 55（财政拨款 45 + 其他资金 10）" },
      ],
    },
  ],
});
