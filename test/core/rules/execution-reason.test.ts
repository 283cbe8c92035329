import { executionReason } from "../../../src/core/rules/execution-reason";
import { toA1 } from "../../../src/core/snapshot";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import { ruleTester } from "../../support/rule-tester";

interface Fill {
  /** 预算执行数 (万元 in layout A, 元 in layout B). */
  spent: number;
  reason?: string;
  /** The funds block without its reason column. */
  noReasonColumn?: boolean;
}

const FORM_NOTE =
  "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

/** Where each layout puts its reason and 执行率 cells. */
const A = { reason: toA1(4, 9), rate: toA1(4, 6) };
const B = { reason: toA1(4, 8), rate: toA1(4, 6) };

/**
 * Layout A, Sichuan's 2023 form (real-tables ex2): 预算执行情况(10分) merged down the left, the
 * funds header 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因, the
 * 总额 row under it; the code 51… names the province.
 */
function layoutA(f: Fill): SheetBuilder {
  const b = new SheetBuilder("自评A");
  b.merge(0, 0, 0, 10, "部门预算项目支出绩效自评表(2023年度)");
  b.set(1, 0, "项目名称").merge(1, 1, 1, 10, "51092324T000010263357-2023年全县安可替代补助资金项目");
  b.set(2, 0, "主管部门").merge(2, 1, 2, 4, "大英县司法局").set(2, 5, "实施单位").merge(2, 6, 2, 10, "大英县司法局");
  const heads = ["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"];
  b.merge(3, 0, 5, 0, "预算执行情况(10分)");
  heads.forEach((h, i) => {
    if (!(f.noReasonColumn && h === "原因")) b.set(3, 2 + i, h);
  });
  const rate = f.spent / 3.36;
  const row = (r: number, name: string) =>
    b
      .set(r, 2, name)
      .set(r, 3, 0, { numFmt: "0.00" })
      .set(r, 4, 3.36, { numFmt: "0.00" })
      .set(r, 5, f.spent, { numFmt: "0.00" })
      .set(r, 6, rate, { numFmt: "0.00%" });
  row(4, "总额")
    .set(4, 7, 10)
    .set(4, 8, Math.round(Math.min(rate, 1) * 1000) / 100);
  if (f.reason !== undefined && !f.noReasonColumn) b.merge(4, 9, 5, 10, f.reason);
  row(5, "其中:财政资金");
  b.merge(6, 0, 9, 0, "绩效指标(90分)");
  [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "得分",
    "未完成原因分析",
  ].forEach((h, i) => b.set(6, 1 + i, h));
  const rows: (string | number)[][] = [
    ["产出指标", "数量指标", "购置安可电脑", "≥", 13, "台", 13, 30, 30],
    ["", "质量指标", "验收合格率", "=", 100, "%", 100, 30, 30],
    ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥", 90, "%", 95, 30, 30],
  ];
  rows.forEach((cells, i) => cells.forEach((v, c) => b.set(7 + i, 1 + c, v === "" ? null : v)));
  return b;
}

/**
 * Layout B, the 财预〔2020〕10号 block as a Sichuan title uses it: 项目资金情况（元） merged down the
 * left, 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 偏差原因 over the 年度资金总额 row,
 * amounts in 元 with thousands separators; the target in one cell.
 */
function layoutB(f: Fill): SheetBuilder {
  const b = new SheetBuilder("自评B");
  b.merge(0, 0, 0, 8, "四川省省级部门预算项目绩效自评表");
  b.set(1, 0, "项目名称").merge(1, 1, 1, 8, "社区矫正信息化建设");
  b.merge(2, 0, 5, 0, "项目资金情况（元）");
  const heads = ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"];
  heads.forEach((h, i) => {
    if (h && !(f.noReasonColumn && h === "偏差原因")) b.set(3, 1 + i, h);
  });
  const rate = f.spent / 1200000;
  const money = { numFmt: "#,##0.00" };
  b.set(4, 1, "年度资金总额").set(4, 2, 1000000, money).set(4, 3, 1200000, money).set(4, 4, f.spent, money);
  b.set(4, 5, 10)
    .set(4, 6, rate, { numFmt: "0.00%" })
    .set(4, 7, Math.round(Math.min(rate, 1) * 1000) / 100);
  if (f.reason !== undefined && !f.noReasonColumn) b.set(4, 8, f.reason);
  b.set(5, 1, "其中：财政拨款").set(5, 2, 1000000, money).set(5, 3, 1200000, money).set(5, 4, f.spent, money);
  ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach(
    (h, i) => b.set(6, i, h),
  );
  const rows: (string | number)[][] = [
    ["产出指标", "数量指标", "接入矫正对象", "≥300人", "310人", 30, 30],
    ["效益指标", "社会效益指标", "脱管漏管率", "≤1%", "0.5%", 30, 30],
    ["满意度指标", "服务对象满意度指标", "基层司法所满意度", "≥90%", "93%", 30, 30],
  ];
  rows.forEach((cells, i) => cells.forEach((v, c) => b.set(7 + i, c, v)));
  return b;
}

ruleTester(executionReason, {
  valid: [
    { name: "A: every yuan spent (100%)", sheet: layoutA({ spent: 3.36 }) },
    { name: "A: 89.29% with a reason", sheet: layoutA({ spent: 3, reason: "12月追加预算，0.36万元次年初支付。" }) },
    { name: "A: exactly 90%", sheet: layoutA({ spent: 3.024 }) },
    {
      name: "A: 89.29% checked as the central form (the rule is Sichuan's)",
      sheet: layoutA({ spent: 3 }),
      settings: { profile: "central" },
    },
    { name: "A: the floor moved to 85%", sheet: layoutA({ spent: 3 }), settings: { executionReasonPercent: 85 } },
    { name: "B: 95% spent", sheet: layoutB({ spent: 1140000 }) },
    { name: "B: 80% with a reason", sheet: layoutB({ spent: 960000, reason: "设备招标延期，尾款24万元次年支付" }) },
  ],
  invalid: [
    { name: "A: 89.29% and no reason", sheet: layoutA({ spent: 3 }), errors: [{ cell: A.reason, message: "89.29%" }] },
    {
      name: "A: the form's own note left in the reason cell is no reason",
      sheet: layoutA({ spent: 3, reason: FORM_NOTE }),
      errors: [{ cell: A.reason, message: /低于 90%/ }],
    },
    {
      name: "A: no reason column: on the 执行率",
      sheet: layoutA({ spent: 3, noReasonColumn: true }),
      errors: [{ cell: A.rate, message: /没有“原因”列/ }],
    },
    {
      name: "B: 80% and no reason",
      sheet: layoutB({ spent: 960000 }),
      errors: [{ cell: B.reason, message: "80.00%" }],
    },
    {
      name: "B: 无 is no reason; a warning where the user set the rule so",
      sheet: layoutB({ spent: 960000, reason: "无" }),
      settings: { rules: { "execution-reason": "warning" } },
      errors: [{ cell: B.reason, severity: "warning" }],
    },
    {
      name: "B: no reason column",
      sheet: layoutB({ spent: 960000, noReasonColumn: true }),
      errors: [{ cell: B.rate }],
    },
  ],
});
