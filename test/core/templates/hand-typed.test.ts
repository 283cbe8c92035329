/** Monitoring and self-evaluation tables typed by hand, not made by the templates: other labels, other columns. */
import { checkWorkbook } from "../../../src/core/engine";
import type { CellRef } from "../../../src/core/model";
import { asOfMonth } from "../../../src/core/read/monitoring";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import { SEED_PROJECTS } from "../../fixtures/seed";

function ref(text: string, value: string | number = text, format = "General"): CellRef {
  return { row: 0, col: 0, address: "A1", text, value, format };
}

describe("监控截至 as a month", () => {
  it.each([
    ["6月底", 6],
    ["6月末", 6],
    ["6月", 6],
    ["1-6月", 6],
    ["1至10月", 10],
    ["截至6月底", 6],
    ["2024年6月30日", 6],
    ["2024-06-30", 6],
    ["2024/10/31", 10],
    ["六月底", 6],
    ["十月底", 10],
    ["十二月", 12],
    ["第二季度末", 6],
    ["３月底", 3],
  ] as const)("%s is month %d", (text, month) => expect(asOfMonth(ref(text))).toBe(month));

  it.each(["", "上半年", "13月底", "0月", "2024年", "六", "abc"])("%j is no month", (text) =>
    expect(asOfMonth(ref(text))).toBeNull(),
  );

  it("reads a date cell by its serial", () => {
    expect(asOfMonth(ref("2024/6/30", 45473, "yyyy/m/d"))).toBe(6);
    expect(asOfMonth(ref("45473", 45473, "General"))).toBeNull();
  });
});

describe("a monitoring table typed by hand", () => {
  const p = SEED_PROJECTS[2]; // 购置公务用车, 预算数 18.00
  const b = new SheetBuilder("双监控");
  b.set(0, 0, "项目名称").merge(0, 1, 0, 3, p.name).set(0, 4, "项目编码").merge(0, 5, 0, 9, p.code);
  b.set(1, 0, "预算数(万元)").set(1, 1, 18, { numFmt: "0.00" }).set(1, 4, "监控截止时间").set(1, 5, "2024年6月30日");
  b.set(2, 0, "资金支出进度");
  ["3月底", "6月底", "10月底", "12月底"].forEach((m, i) => b.set(2, 1 + i, m));
  b.set(3, 0, "计划支出进度（%）");
  [0.25, 0.5, 0.75, 1].forEach((v, i) => b.set(3, 1 + i, v, { numFmt: "0%" }));
  b.set(4, 0, "实际支出（万元）").set(4, 1, 2, { numFmt: "0.00" }).set(4, 2, 10, { numFmt: "0.00" });
  const head = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "1-6月执行情况",
    "全年预计完成情况",
    "完成目标可能性",
    "偏差原因分析",
    "偏差原因说明",
    "监控结果",
  ];
  head.forEach((h, c) => b.set(5, c, h));
  const actual = [0, "100%", "采购中", "严格执行", "否", "95%"];
  p.indicators.forEach((it, i) => {
    const r = 6 + i;
    b.set(r, 0, it.level1).set(r, 1, it.level2).set(r, 2, it.level3).set(r, 3, it.target);
    b.set(r, 4, actual[i]).set(r, 6, "确定能");
  });
  b.set(6, 7, "其他").set(6, 8, "车辆采购计划在第三季度");
  const result = checkWorkbook({ sheets: [b.toSnapshot()] });
  const [table] = result.tables;

  it("is found and read as a monitoring table", () => {
    expect(table.kind).toBe("monitoring");
    expect(table.monitoring?.asOfMonth).toBe(6);
    expect(table.plan?.checkpoints.map((c) => c.actual?.address)).toEqual(["B5", "C5", "D5", "E5"]);
    expect(table.indicators[0].reasonCategory?.text).toBe("其他");
    expect(table.indicators[0].reason?.text).toBe("车辆采购计划在第三季度");
  });

  it("lights it: 1辆 not bought by June is red, explained; 采购中 is under way; spending 55.56% of 50% is green", () => {
    const a = result.analyses[0];
    expect(a.rowLights).toEqual(["red", "green", "green", "green", "green", "green"]);
    expect(a.monitoring?.spend?.v).toBeCloseTo(111.11, 2);
    expect(a.light).toBe("red");
    expect(result.report.findings.map((f) => [f.rule, f.cell])).toEqual([["behind-progress", "E7"]]);
  });
});

describe("a self-evaluation in the original 10-column 财预〔2020〕10号 form", () => {
  const p = SEED_PROJECTS[2];
  const b = new SheetBuilder("自评");
  b.merge(0, 0, 0, 9, "项目支出绩效自评表").merge(1, 0, 1, 9, "（2024年度）");
  b.set(2, 0, "项目名称").merge(2, 1, 2, 9, p.name);
  b.set(3, 0, "主管部门").merge(3, 1, 3, 4, "曹妃甸区政府办").set(3, 5, "实施单位").merge(3, 6, 3, 9, "政务接待中心");
  b.merge(4, 0, 7, 0, "项目资金（万元）").merge(4, 1, 4, 2, null);
  ["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"].forEach((h, i) =>
    b.set(4, 3 + i, h),
  );
  b.merge(5, 1, 5, 2, "年度资金总额").set(5, 3, 18, { numFmt: "0.00" }).set(5, 4, 18, { numFmt: "0.00" });
  b.set(5, 5, 17.1, { numFmt: "0.00" }).set(5, 6, 10);
  b.merge(6, 1, 6, 2, "其中：当年财政拨款").set(6, 3, 18, { numFmt: "0.00" }).set(6, 4, 18, { numFmt: "0.00" });
  b.merge(7, 1, 7, 2, "其他资金");
  b.merge(8, 0, 9, 0, "年度总体目标").merge(8, 1, 8, 4, "预期目标").merge(8, 5, 8, 9, "实际完成情况");
  b.merge(9, 1, 9, 4, p.goal).merge(9, 5, 9, 9, "按计划购置公务用车一辆");
  const head = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  head.forEach((h, c) => b.set(10, c, h));
  b.merge(10, 8, 10, 9, "偏差原因分析及改进措施");
  const actual = ["1辆", "100%", "11月完成", "符合标准", "否", "92%"];
  const weights = [15, 15, 10, 10, 30, 10];
  p.indicators.forEach((it, i) => {
    const r = 11 + i;
    b.set(r, 1, it.level1).set(r, 2, it.level2).set(r, 3, it.level3).set(r, 4, it.target);
    b.set(r, 5, actual[i]).set(r, 6, weights[i]);
    b.merge(r, 8, r, 9, null);
  });
  b.merge(17, 0, 17, 5, "总分").set(17, 6, 100).set(17, 7, 99.5);
  b.merge(17, 8, 17, 9, null);
  const result = checkWorkbook({ sheets: [b.toSnapshot()] });
  const [table] = result.tables;

  it("reads the funds block, the goal and 总分", () => {
    expect(table.kind).toBe("self-evaluation");
    const info = table.selfEvaluation!;
    expect([
      info.budgetFull?.address,
      info.spent?.address,
      info.weight?.address,
      info.rate?.address,
      info.score?.address,
    ]).toEqual(["E6", "F6", "G6", "H6", "I6"]);
    expect(info.total?.address).toBe("H18");
    expect(table.goal?.text).toBe(p.goal);
    expect(info.goalActual?.text).toBe("按计划购置公务用车一辆");
    expect(table.indicators[0].reason?.address).toBe("I12");
  });

  it("scores it: 执行率 17.10 ÷ 18.00 = 95% → 9.5, every indicator met, 总分 99.5 as entered", () => {
    const a = result.analyses[0];
    expect(a.selfEvaluation?.execution.computed).toBeCloseTo(9.5, 12);
    expect(a.selfEvaluation?.rows.map((r) => r.computed)).toEqual([15, 15, 10, 10, 30, 10]);
    expect(result.report.tables[0]).toMatchObject({ score: 99.5, grade: "优", budget: 18 });
    expect(result.report.findings).toEqual([]);
  });
});
