import { LEVEL1_NAMES, LEVEL2_NAMES } from "../../../src/core/categories";
import { checkWorkbook } from "../../../src/core/engine";
import { Grid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/locate";
import type { Table } from "../../../src/core/model";
import { readShown } from "../../../src/core/money";
import {
  buildTemplate,
  freeSheetName,
  monitoringTemplate,
  selfEvaluationTemplate,
  targetTemplate,
  templateSnapshot,
  type SheetTemplate,
} from "../../../src/core/templates";
import { SEED_PROJECTS, cloneProject } from "../../fixtures/seed";
import { seedTarget } from "../rules/in-year";

function readBack(t: SheetTemplate): Table[] {
  return locateTables(new Grid(templateSnapshot(t)));
}

function money(c: Parameters<typeof readShown>[0]): string | null {
  const n = readShown(c);
  return n ? n.big.toFixed(2) : null;
}

function validationAt(t: SheetTemplate, row: number, col: number) {
  return t.validations.filter(
    (v) => v.range.top <= row && row <= v.range.bottom && v.range.left <= col && col <= v.range.right,
  );
}

/** Every template respects Excel's limits: lists ≤ 255 characters, prompt titles ≤ 32, messages ≤ 255. */
function expectExcelLimits(t: SheetTemplate): void {
  for (const v of t.validations) {
    if (v.list) expect(v.list.join(",").length).toBeLessThanOrEqual(255);
    if (v.prompt) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
    }
  }
  const covered = new Set<string>();
  for (const m of t.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        const key = `${r},${c}`;
        expect(covered.has(key)).toBe(false); // merges never overlap
        covered.add(key);
      }
}

describe("blank target table", () => {
  const t = targetTemplate();
  const [table] = readBack(t);

  it("reads back as a target table in the seed's layout with the plan ready", () => {
    expect(t.kind).toBe("target");
    expect(table.kind).toBe("target");
    expect(table.projectCodeLabel?.address).toBe("A3");
    expect(table.projectNameLabel?.address).toBe("D3");
    expect(table.funds?.budget.address).toBe("C4");
    expect(table.funds?.sources.map((s) => s.name)).toEqual(["财政资金", "其他资金"]);
    expect(table.plan?.checkpoints.map((c) => [c.month, c.plannedPercent])).toEqual([
      [3, 25],
      [6, 50],
      [10, 83.3],
      [12, 100],
    ]);
    expect(table.plan?.checkpoints[0].planned.format).toBe("0%");
    expect(table.plan?.checkpoints[0].planned.value).toBe(0.25);
    expect(table.plan?.checkpoints[2].planned.format).toBe("0.0%");
    expect(Object.keys(table.header!.columns).sort()).toEqual(
      ["description", "level1", "level2", "level3", "target", "targetBasis"].sort(),
    );
    expect(table.indicators).toEqual([]);
  });

  it("offers both hierarchies in the 一级 / 二级 drop-downs and hints for 指标值", () => {
    const head = table.header!.row;
    const l1 = validationAt(t, head + 1, 0).find((v) => v.list);
    const l2 = validationAt(t, head + 1, 1).find((v) => v.list);
    expect([...(l1?.list ?? [])].sort()).toEqual(Object.values(LEVEL1_NAMES).sort());
    expect([...(l2?.list ?? [])].sort()).toEqual([...new Set(Object.values(LEVEL2_NAMES))].sort());
    expect(l2?.list).toEqual(
      expect.arrayContaining(["经济成本指标", "社会成本指标", "生态环境成本指标", "可持续影响指标"]),
    );
    const hint = validationAt(t, head + 5, table.header!.columns.target!.col).find((v) => v.prompt);
    expect(hint?.prompt?.message).toContain("≥40批次");
    expectExcelLimits(t);
  });

  it("filled in by code, reads like the seed's table", () => {
    const s = templateSnapshot(t);
    const p = SEED_PROJECTS[1];
    const set = (r: number, c: number, v: string | number, fmt = "General") => {
      s.values[r][c] = v;
      s.text![r][c] = typeof v === "number" && fmt === "0.00" ? v.toFixed(2) : String(v);
      s.formats![r][c] = fmt;
    };
    set(1, 0, p.unit);
    set(2, 1, p.code);
    set(2, 4, p.name);
    set(3, 2, p.budget, "0.00");
    set(3, 4, p.fiscal, "0.00");
    set(4, 1, p.purpose);
    set(7, 1, p.goal);
    p.indicators.forEach((it, i) => {
      const r = table.header!.row + 1 + i;
      set(r, 0, it.level1);
      set(r, 1, it.level2);
      set(r, 2, it.level3);
      set(r, 3, it.description);
      set(r, 5, it.target);
      set(r, 6, it.basis);
    });
    const result = checkWorkbook({ sheets: [s] });
    const [read] = result.tables;
    expect(read.projectCode?.text).toBe(p.code);
    expect(money(read.funds?.budget)).toBe("100.80");
    expect(read.indicators.map((i) => i.targetText)).toEqual(p.indicators.map((i) => i.target));
    expect(result.report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe.each(SEED_PROJECTS.map((p, i) => [p.name, i] as const))("monitoring table from %s", (_name, i) => {
  const source = seedTarget(i);
  const t = monitoringTemplate(source);
  const [table] = readBack(t);
  const p = SEED_PROJECTS[i];

  it("reads back as a monitoring table with every figure of its source", () => {
    expect(readBack(t)).toHaveLength(1);
    expect(table.kind).toBe("monitoring");
    expect(table.title?.text).toBe("预算项目绩效运行监控表");
    expect(table.projectCode?.text).toBe(p.code);
    expect(table.projectName?.text).toBe(p.name);
    expect(money(table.funds?.budget)).toBe(p.budget.toFixed(2));
    expect(table.monitoring?.asOf?.text).toBe("6月底");
    expect(table.monitoring?.asOfMonth).toBe(6);
    expect(table.monitoring?.actualLabel?.text).toBe("实际累计支出（万元）");
    expect(table.plan?.checkpoints.map((c) => [c.month, c.plannedPercent, c.actual?.address])).toEqual([
      [3, 25, "B6"],
      [6, 50, "C6"],
      [10, 75, "D6"],
      [12, 100, "E6"],
    ]);
    expect(table.indicators.map((it) => [it.level1Text, it.level2Text, it.level3Text, it.targetText])).toEqual(
      p.indicators.map((it) => [it.level1, it.level2, it.level3, it.target]),
    );
    expect(table.indicators.map((it) => it.parsed)).toEqual(source.indicators.map((it) => it.parsed));
    expect(Object.keys(table.header!.columns).sort()).toEqual(
      ["level1", "level2", "level3", "target", "actual", "forecast", "chance", "reason", "result"].sort(),
    );
    expect(table.problems).toEqual([]);
  });

  it("has the issue's layout", () => {
    const s = templateSnapshot(t);
    expect(s.values[1].slice(0, 5)).toEqual(["项目编码", p.code, null, null, "项目名称"]);
    expect([s.values[2][0], s.values[2][4], s.values[2][5]]).toEqual(["预算数（万元）", "监控截至", "6月底"]);
    expect(s.values[3].slice(0, 5)).toEqual(["资金支出进度", "3月底", "6月底", "10月底", "12月底"]);
    expect(s.values[4][0]).toBe("计划累计支出（%）");
    expect(s.values[5][0]).toBe("实际累计支出（万元）");
    expect(s.values[6]).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "当前完成值",
      "全年预计完成情况",
      "完成可能性",
      "偏差原因说明",
      "监控结果",
    ]);
  });

  it("makes rows tall enough for wrapped text", () => {
    // 年度指标值 is 16 wide: ten Chinese characters take two lines.
    const long = table.indicators.find((it) => it.targetText.length >= 10);
    expect(long).toBeDefined();
    expect(t.heights[long!.row]).toBe(33);
    expect(t.heights[table.projectCode!.row]).toBeUndefined();
  });

  it("offers 完成可能性 and 监控截至 as drop-downs", () => {
    const chance = validationAt(t, table.indicators[0].row, table.header!.columns.chance!.col).find((v) => v.list);
    expect(chance?.list).toEqual(["确定能", "有可能", "完全不可能"]);
    expect(chance?.range.bottom).toBe(table.indicators[table.indicators.length - 1].row);
    const asOf = validationAt(t, 2, 5).find((v) => v.list);
    expect(asOf?.list).toContain("6月底");
    expect(t.select).toEqual({ row: table.indicators[0].row, col: table.header!.columns.actual!.col });
    expectExcelLimits(t);
  });

  it("is clean when checked before anything is filled in, apart from what must be filled in", () => {
    const { findings } = checkWorkbook({ sheets: [templateSnapshot(t)] }).report;
    expect(new Set(findings.map((f) => [f.rule, f.severity].join(" ")))).toEqual(new Set(["awaiting-input info"]));
  });
});

describe.each(SEED_PROJECTS.map((p, i) => [p.name, i] as const))("self-evaluation table from %s", (_name, i) => {
  const source = seedTarget(i);
  const t = selfEvaluationTemplate(source);
  const [table] = readBack(t);
  const p = SEED_PROJECTS[i];
  const info = table.selfEvaluation!;

  it("reads back as a self-evaluation table with every figure of its source", () => {
    expect(table.kind).toBe("self-evaluation");
    expect(table.title?.text).toBe("项目支出绩效自评表");
    expect(table.projectCode?.text).toBe(p.code);
    expect(table.projectName?.text).toBe(p.name);
    expect(money(info.budgetStart)).toBe(p.budget.toFixed(2));
    expect(money(info.budgetFull)).toBe(p.budget.toFixed(2));
    expect(info.spent?.address).toBe("F6");
    expect(info.weight?.value).toBe(10);
    expect(info.rate?.address).toBe("H6");
    expect(info.score?.address).toBe("I6");
    expect(info.total?.address).toBe(`H${table.indicators[table.indicators.length - 1].row + 2}`);
    expect(info.goalActual?.address).toBe("F11");
    expect(table.goal?.text).toBe(p.goal);
    // The funds model follows the 全年预算数 column: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金.
    expect(table.funds?.budget.address).toBe("E6");
    expect(table.funds?.sources.map((s) => [s.name, money(s.amount)])).toEqual([
      ["当年财政拨款", p.fiscal.toFixed(2)],
      ["上年结转资金", null],
      ["其他资金", null],
    ]);
    expect(table.indicators.map((it) => [it.level1Text, it.level2Text, it.level3Text, it.targetText])).toEqual(
      p.indicators.map((it) => [it.level1, it.level2, it.level3, it.target]),
    );
    expect(table.problems).toEqual([]);
  });

  it("has the 财预〔2020〕10号 headers and the year from the project code", () => {
    const s = templateSnapshot(t);
    expect(s.values[1][0]).toBe("（2024年度）");
    expect(s.values[3][0]).toBe("主管部门");
    expect(s.values[3][4]).toBe("实施单位");
    expect(s.values[3][5]).toBe("曹妃甸区政务接待中心本级");
    expect(s.values[4].slice(3)).toEqual(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
    expect([s.values[9][1], s.values[9][5]]).toEqual(["预期目标", "实际完成情况"]);
    expect(s.values[table.header!.row]).toEqual([
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    expect(s.values[info.total!.row][0]).toBe("总分");
    expect(s.values[info.total!.row][6]).toBe(100);
  });

  it("prefills weights adding up exactly to 100 with 执行率", () => {
    const weights = table.indicators.map((it) => it.weight!.value as number);
    expect(weights).toEqual([12.5, 12.5, 12.5, 12.5, 30, 10]);
    expect(Math.round((weights.reduce((a, b) => a + b, 0) + (info.weight!.value as number)) * 100)).toBe(10000);
    expectExcelLimits(t);
  });

  it("leaves 执行率, 得分 and 总分 blank for the check to fill", () => {
    expect([info.rate?.text, info.score?.text, info.total?.text]).toEqual(["", "", ""]);
    expect(table.indicators.every((it) => it.score?.text === "")).toBe(true);
  });
});

describe("templates from tables that differ from the seed", () => {
  it("spreads 50 over three 产出 indicators to the cent", () => {
    const p = cloneProject(1);
    p.indicators = p.indicators.filter((it) => it.level2 !== "成本指标");
    const [table] = readBack(selfEvaluationTemplate(seedTarget(p)));
    expect(table.indicators.map((it) => it.weight!.value)).toEqual([16.67, 16.67, 16.66, 30, 10]);
  });

  it("takes the weights from the settings", () => {
    const [table] = readBack(
      selfEvaluationTemplate(seedTarget(1), { weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 } }),
    );
    expect(table.selfEvaluation?.weight?.value).toBe(20);
    expect(table.indicators.map((it) => it.weight!.value)).toEqual([10, 10, 10, 10, 30, 10]);
  });

  it("keeps a plan at one decimal (83.3%)", () => {
    const source = seedTarget(0);
    source.plan!.checkpoints[2].plannedPercent = 83.3;
    const t = monitoringTemplate(source);
    expect(t.cells.find((c) => c.row === 4 && c.col === 3)).toMatchObject({ value: 0.833, numFmt: "0.0%" });
    const [table] = readBack(t);
    expect(table.plan?.checkpoints.map((c) => c.plannedPercent)).toEqual([25, 50, 83.3, 100]);
  });

  it("monitoring at another month", () => {
    const [table] = readBack(monitoringTemplate(seedTarget(2), { asOfMonth: 10 }));
    expect(table.monitoring?.asOfMonth).toBe(10);
  });

  it("without a source: blank forms that still read as their kind", () => {
    for (const kind of ["monitoring", "self-evaluation"] as const) {
      const t = buildTemplate(kind, null);
      const tables = readBack(t);
      expect(tables).toHaveLength(1);
      expect(tables[0].kind).toBe(kind);
      expect(t.name).toBe(kind === "monitoring" ? "运行监控表" : "绩效自评表");
    }
  });
});

describe("free sheet names", () => {
  it("never reuses an existing name (case-insensitively) and keeps Excel's 31 characters", () => {
    expect(freeSheetName("各项公务接待活动-监控", [])).toBe("各项公务接待活动-监控");
    expect(freeSheetName("各项公务接待活动-监控", ["各项公务接待活动-监控"])).toBe("各项公务接待活动-监控 (2)");
    expect(freeSheetName("Sheet", ["sheet", "SHEET (2)"])).toBe("Sheet (3)");
    const long = "很".repeat(40);
    const name = freeSheetName(long, [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(freeSheetName("a/b:c?[d]*", [])).toBe("abcd");
    expect(freeSheetName("   ", [])).toBe("新建表");
  });

  it("names monitoring and self-evaluation sheets after the project", () => {
    expect(monitoringTemplate(seedTarget(0)).name).toBe("办公设备购置-监控");
    expect(selfEvaluationTemplate(seedTarget(2)).name).toBe("购置公务用车-自评");
  });
});
