/**
 * Labels as profile data: a form family's own labels (one file, ./zijin.ts) make its tables
 * readable; without that file the same tables are not read so; other tables read as before.
 */
import { checkWorkbook, defineProfile, PROFILE_SPECS, RULES, type SheetSnapshot } from "../../../src/core";
import { classifyColumn, classifyLabel, level1Of, level2Of } from "../../../src/core/locate/labels";
import { Vocabulary, withVocabulary } from "../../../src/core/locate/vocabulary";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import { seedTable } from "../rules/tables";
import zijin from "./zijin";

const WITH = [...PROFILE_SPECS, zijin];

const NAME = "乡村道路养护";
const ROWS: [string, string, string, string, string, string, string][] = [
  // 一级, 二级, 三级, 性质, 值, 单位, 依据
  ["产出指标", "数量指标", "养护里程", "≥", "50", "公里", "年度养护计划"],
  ["", "质量指标", "验收合格率", "≥", "95", "%", "养护技术规范"],
  ["", "时效指标", "完成时间", "≤", "12", "月", "年度养护计划"],
  ["成本指标", "经济成本指标", "养护成本", "≤", "120", "万元", "预算批复"],
  ["效益指标", "社会效益指标", "群众出行时间缩短", "≥", "10", "%", "交通调查"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "满意度调查"],
];

/** Layout A: one label a row, the value right of it; the target written whole (≥50公里) under 绩效指标值. */
function layoutA(): SheetSnapshot {
  const b = new SheetBuilder("资金项目");
  b.merge(0, 0, 0, 4, "2025年资金项目绩效目标表");
  b.set(1, 4, "单位：万元");
  b.set(2, 0, "资金项目名称：").merge(2, 1, 2, 4, NAME);
  b.set(3, 0, "本年安排资金").set(3, 1, 120, { numFmt: "0.00" });
  b.set(3, 2, "其中：财政资金").set(3, 3, 120, { numFmt: "0.00" });
  b.set(4, 0, "年度绩效目标").merge(4, 1, 4, 4, "完成全县农村公路50公里日常养护，路况优良率达到95%。");
  ["一级指标", "二级指标", "三级指标", "绩效指标值", "指标值确定依据"].forEach((h, c) => b.set(5, c, h));
  ROWS.forEach(([l1, l2, l3, op, v, unit, basis], i) => {
    const r = 6 + i;
    b.set(r, 0, l1 || null)
      .set(r, 1, l2)
      .set(r, 2, l3)
      .set(r, 3, op + v + unit)
      .set(r, 4, basis);
  });
  return b.toSnapshot();
}

/**
 * Layout B: name and money on one row, amounts in 元 by the label's （元）, two blank columns of
 * margin; the target split 指标性质 | 绩效指标值 | 度量单位.
 */
function layoutB(): SheetSnapshot {
  const b = new SheetBuilder("资金项目B");
  const c0 = 2;
  b.merge(1, c0, 1, c0 + 6, "资金项目绩效目标申报表");
  b.set(2, c0, "资金项目名称").merge(2, c0 + 1, 2, c0 + 3, NAME);
  b.set(2, c0 + 4, "本年安排资金（元）").merge(2, c0 + 5, 2, c0 + 6, 1200000, { numFmt: "#,##0.00" });
  b.set(3, c0, "绩效目标").merge(3, c0 + 1, 3, c0 + 6, "完成全县农村公路50公里日常养护。");
  ["一级指标", "二级指标", "三级指标", "指标性质", "绩效指标值", "度量单位", "指标值确定依据"].forEach((h, c) =>
    b.set(4, c0 + c, h),
  );
  ROWS.forEach((row, i) => row.forEach((v, c) => b.set(5 + i, c0 + c, v || null)));
  return b.toSnapshot();
}

const LAYOUTS: [string, () => SheetSnapshot][] = [
  ["one label a row, the target in one cell", layoutA],
  ["labels side by side, amounts in 元, the target split", layoutB],
];

describe.each(LAYOUTS)("a table of a form family's own labels (%s)", (_name, layout) => {
  it("reads with the family's file registered: name, budget in 万元, every target; picked by its own labels", () => {
    const r = checkWorkbook({ sheets: [layout()] }, null, RULES, WITH);
    expect(r.tables).toHaveLength(1);
    const [t] = r.tables;
    expect(r.report.tables[0]).toMatchObject({ profile: "zijin", projectName: NAME, budget: 120, indicators: 6 });
    expect(t.indicators.map((it) => it.parsed.kind)).toEqual(Array(6).fill("numeric"));
    expect(t.indicators[0].targetText).toBe("≥50公里");
    expect(r.report.findings.filter((f) => f.rule === "table-unreadable")).toEqual([]);
    expect(r.report.summary.errors).toBe(0);
  });

  it("is not read so without it: no name, no budget, no target column", () => {
    const r = checkWorkbook({ sheets: [layout()] }, null, RULES, PROFILE_SPECS);
    for (const s of r.report.tables) {
      expect(s.projectName).not.toBe(NAME);
      expect(s.budget).toBeNull();
      expect(s.profile).not.toBe("zijin");
    }
    for (const t of r.tables) expect(t.indicators.every((it) => it.targetText === "")).toBe(true);
    expect(r.report.findings.some((f) => f.rule === "table-unreadable" && /指标值/.test(f.message))).toBe(true);
  });
});

describe("the union of the profiles' labels", () => {
  it("another family's labels change nothing in a table that does not use them (the seed's tables)", () => {
    for (const i of [0, 1, 2]) {
      const sheet = seedTable(i).sheet.toSnapshot();
      const without = checkWorkbook({ sheets: [sheet] });
      const withIt = checkWorkbook({ sheets: [sheet] }, null, RULES, WITH);
      expect(withIt.report).toEqual(without.report);
    }
  });

  it("a label the shared table already reads keeps its reading; a label two families declare is no one's own", () => {
    const other = defineProfile({
      id: "other",
      name: "另一省",
      description: "与 zijin 共用一个标签",
      extends: "central",
      labels: { header: { budget: ["本年安排资金"] }, columns: { target: ["完成值", "年度绩效指标值"] } },
    });
    const v = new Vocabulary([...WITH, other]);
    withVocabulary(v, () => {
      expect(classifyColumn("完成值")).toBe("actual");
      expect(classifyColumn("年度绩效指标值")).toBe("target");
      expect(classifyLabel("本年安排资金")).toEqual({ kind: "budget" });
      expect(classifyLabel("资金项目名称：")).toEqual({ kind: "projectName", rank: 1, owner: "zijin" });
    });
    expect(v.columns.read("年度绩效指标值")).toEqual({ kind: "target", owner: "other" });
    expect(v.header.read("本年安排资金")?.owner).toBeNull();
    // Outside that check, the registered profiles' vocabulary again.
    expect(classifyColumn("年度绩效指标值")).toBeNull();
  });

  it("category names are a family's too, read as the cell's start, for the checks given that family", () => {
    const fam = defineProfile({
      id: "fam",
      name: "某地",
      description: "效益写作社会影响指标",
      extends: "central",
      labels: { level1: { benefit: ["社会影响指标"] }, level2: { quality: ["品质指标"] } },
    });
    withVocabulary(new Vocabulary([...PROFILE_SPECS, fam]), () => {
      expect(level1Of("社会影响指标（30分）")).toBe("benefit");
      expect(level2Of("品质指标")).toBe("quality");
      expect(level1Of("产出指标")).toBe("output");
    });
    expect(level1Of("社会影响指标（30分）")).toBeNull();
    expect(level2Of("品质指标")).toBeNull();
    // The built-in families' names hold for every check (广东's 社会、经济、生态效益指标).
    expect(level2Of("社会、经济、生态效益指标")).toBe("social-benefit");
    expect(level1Of("效果指标")).toBe("benefit");
  });

  it("a label a chosen form does not use reads as plain text, only when that form is chosen", () => {
    const danwei = defineProfile({
      id: "danwei",
      name: "某县（单位列）",
      description: "指标表的“单位”列写责任单位，不是计量单位",
      extends: "central",
      labels: { unused: ["单位"] },
    });
    const b = new SheetBuilder("单位列");
    b.set(0, 0, "项目名称").merge(0, 1, 0, 5, NAME);
    b.set(1, 0, "预算数").set(1, 1, 120);
    ["一级指标", "二级指标", "三级指标", "指标值", "单位", "指标值确定依据"].forEach((h, c) => b.set(2, c, h));
    ROWS.forEach(([l1, l2, l3, op, v, unit, basis], i) =>
      [l1, l2, l3, op + v + unit, "县交通运输局", basis].forEach((x, c) => b.set(3 + i, c, x || null)),
    );
    const targets = (settings: { profile?: string }) =>
      checkWorkbook({ sheets: [b.toSnapshot()] }, settings, RULES, [...PROFILE_SPECS, danwei]).tables[0].indicators.map(
        (it) => it.targetText,
      );
    expect(targets({ profile: "danwei" })).toEqual(ROWS.map(([, , , op, v, unit]) => op + v + unit));
    // Not chosen: the shared reading, 单位 a unit column (its text glued to every value).
    expect(targets({})[0]).toBe("≥50公里县交通运输局");
    expect(targets({ profile: "central" })[0]).toBe("≥50公里县交通运输局");
  });

  it("a label the locator could never reach is refused with the family named", () => {
    const bad = defineProfile({
      id: "bad",
      name: "坏",
      description: "名称标签没有“称”字",
      labels: { header: { projectName: ["项目"] }, funds: { spent: ["支付数"] } },
    });
    expect(() => new Vocabulary([bad])).toThrow(/表格式 bad：表头标签“项目”读不到/);
  });
});
