import { costNotMonetary } from "../../../src/core/rules/cost-not-monetary";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { indicator, project2021, seedCases, seedTable, splitTable } from "./tables";

/** The 2021 table with its 经济成本 indicator (row 14, F14) set to a value. */
const economic = (value: string, i = 0) =>
  seedTable(i, (p) => {
    project2021(p);
    p.indicators[4].target = value;
  }).sheet;

/** The seed's older hierarchy with its 产出/成本指标 row (13) replaced. */
const older = (level2: string, name: string, value: string) =>
  seedTable(0, (p) => {
    p.indicators[3] = indicator("产出指标", level2, name, value);
  }).sheet;

/** Hubei's form (一级 | 二级 | 指标内容 | 指标值), amounts in the label cells, 成本指标 under 产出. */
const hubei = (cost: string) =>
  buildSheet(
    "目标表",
    [
      ["项目支出绩效目标申报表"],
      ["项目名称", "薄弱学校改造补助资金"],
      ["年度资金总额:16", "其中:上级资金16"],
      ["一级指标", "二级指标", "指标内容", "指标值"],
      ["产出指标", "数量指标", "学校改造覆盖率", "≥100%"],
      ["", "质量指标", "维修改造质量合格率", "≥98%"],
      ["", "时效指标", "项目按计划完成率", "≥95%"],
      ["", "成本指标", "建设项目成本", cost],
      ["效益指标", "可持续影响指标", "设施持续使用年限", "≥10年"],
      ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
    ],
    {},
  ).toSnapshot();

/** The 2021 table split into 指标性质 | 指标值 | 计量单位, its 经济成本 row (14) given. */
const split2021 = (cost: readonly [string, string | number, string]): [string, string | number, string][] => [
  ["≥", 2, "台"],
  ["≥", 90, "%"],
  ["", "预算年度结束前完成购置计划", ""],
  ["", "是否保障办公正常运转", ""],
  [...cost],
  ["", "不发生负面社会影响", ""],
  ["≥", 90, "%"],
];

ruleTester(costNotMonetary, {
  valid: [
    // The older hierarchy's 产出/成本指标 (费用标准) is a standard to follow, not 经济成本.
    ...seedCases(),
    { name: "≤0.81万元", sheet: economic("≤0.81万元") },
    { name: "≤8000元", sheet: economic("≤8000元") },
    { name: "a per-head amount", sheet: economic("≤300元/人") },
    { name: "a blank value is indicator-value-empty's", sheet: economic("") },
    { name: "社会成本 need not be money", sheet: seedTable(0, project2021).sheet },
    { name: "the older 成本指标 in money", sheet: older("成本指标", "购置成本", "≤0.81万元") },
    // Dongguan's 预算(或投资规模)控制指标 asks for the execution rate: no cost heading.
    { name: "a 预算控制 heading's 预算执行率", sheet: older("预算(或投资规模)控制指标", "年度预算执行率", "≥90%") },
    { name: "Hubei's form, the cost in money", sheet: hubei("≤16万元") },
  ],
  invalid: [
    {
      name: "经济成本 as a compliance statement",
      sheet: economic("严格按照办公设备配置标准执行"),
      errors: [
        {
          cell: "F14",
          message:
            "“设备购置成本”是经济成本指标，指标值“严格按照办公设备配置标准执行”不是金额。请以元或万元表示，如 ≤0.81万元",
        },
      ],
    },
    {
      name: "经济成本 as a percentage",
      sheet: economic("≤100%", 1),
      errors: [{ cell: "F14", message: "如 ≤100.80万元" }],
    },
    {
      name: "first-level 成本指标 without a second level naming the cost",
      sheet: seedTable(2, (p) => {
        project2021(p);
        p.indicators[4] = indicator("成本指标", "成本指标", "购车成本", "不超标准购置");
      }).sheet,
      errors: [{ cell: "F14", message: "“购车成本”是经济成本指标" }],
    },
    // Split header: the finding is on the 计量单位 cell (F) and names the unit and the figure
    // apart, never the whole value, which typed there would read "≤2≤0.81万元".
    ...(
      [
        ["a count", ["≤", 2, "台"], "≤2台"],
        ["a percentage", ["≤", 100, "%"], "≤100%"],
        ["no unit", ["≤", 2, ""], "≤2"],
        ["a range", ["", "1-2", "台"], "1-2台"],
      ] as const
    ).map(([what, row, value]) => ({
      name: `a split header, ${what}: the 计量单位 cell is the one to change`,
      sheet: splitTable(0, split2021(row), project2021).sheet,
      errors: [
        {
          cell: "F14",
          message: `“设备购置成本”是经济成本指标，指标值“${value}”不是金额。请把本行“计量单位”改为“万元”，并把“指标值”改为金额，如 0.81。`,
        },
      ],
    })),
    {
      name: "the older 成本指标 as a rate",
      sheet: older("成本指标", "成本控制率", "100%"),
      errors: [
        { cell: "F13", message: "“成本控制率”是成本指标，指标值“100%”不是金额。请以元或万元表示，如 ≤0.81万元" },
      ],
    },
    {
      name: "Hubei's form: 建设项目成本控制率 100% (the 2020 Qingshan table)",
      sheet: hubei("100%"),
      errors: [{ cell: "D8", message: "“建设项目成本”是成本指标，指标值“100%”不是金额" }],
    },
    {
      name: "a split header, a statement in 指标值: the value cell, whole-value message",
      sheet: splitTable(0, split2021(["", "严格按照办公设备配置标准执行", ""]), project2021).sheet,
      errors: [{ cell: "E14", message: "不是金额。请以元或万元表示，如 ≤0.81万元。" }],
    },
  ],
});
