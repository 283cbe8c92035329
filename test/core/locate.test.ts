import { Grid } from "../../src/core/grid";
import fc from "fast-check";
import { locateTables } from "../../src/core/locate";
import { classifyColumn, classifyLabel, isNameLabel, mayBeAnchor } from "../../src/core/locate/labels";
import type { Table } from "../../src/core/model";
import { readShown } from "../../src/core/money";
import { SheetBuilder } from "../fixtures/sheet-builder";
import { buildSeedSheet, cloneProject, SEED_PROJECTS, writeTargetTable, type SeedProject } from "../fixtures/seed";

function read(b: SheetBuilder): Table[] {
  return locateTables(new Grid(b.toSnapshot()));
}

function money(c: { text: string; value: unknown; format: string } | null | undefined): string | null {
  const n = readShown(c as never);
  return n ? n.big.toFixed(n.decimals) : null;
}

/** Asserts a table holds exactly the seed project's figures. */
function expectSeed(t: Table, p: SeedProject): void {
  expect(t.kind).toBe("target");
  expect(t.projectCode?.text).toBe(p.code);
  expect(t.projectName?.text).toBe(p.name);
  expect(money(t.funds?.budget)).toBe(p.budget.toFixed(2));
  expect(t.funds?.sources.map((s) => s.name)).toEqual(["财政资金", "其他资金"]);
  expect(money(t.funds?.sources[0].amount)).toBe(p.fiscal.toFixed(2));
  expect(t.funds?.sources[1].amount.text).toBe(p.other === null ? "" : p.other.toFixed(2));
  expect(t.funds?.purpose?.text).toBe(p.purpose);
  expect(t.plan?.checkpoints.map((c) => c.month)).toEqual([3, 6, 10, 12]);
  expect(t.plan?.checkpoints.map((c) => c.plannedPercent)).toEqual(p.plan.map((x) => x * 100));
  expect(t.goal?.text).toBe(p.goal);
  expect(
    t.indicators.map((i) => [i.level1Text, i.level2Text, i.level3Text, i.targetText, i.targetBasis?.text]),
  ).toEqual(p.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.basis]));
  expect(t.problems).toEqual([]);
}

describe("locating and reading target tables", () => {
  it("reads the seed's three tables on one sheet with every figure exact", () => {
    const { builder, tables: written } = buildSeedSheet();
    const tables = read(builder);
    expect(tables).toHaveLength(3);
    tables.forEach((t, i) => expectSeed(t, SEED_PROJECTS[i]));
    expect(tables.reduce((n, t) => n + t.indicators.length, 0)).toBe(18);
    expect(tables.map((t) => money(t.funds?.budget))).toEqual(["0.81", "100.80", "18.00"]);
    // Every value carries the cell it came from.
    const w = written[1];
    const t = tables[1];
    expect(t.projectCode?.address).toBe(`B${w.codeRow + 1}`);
    expect(t.funds?.budget.address).toBe(`C${w.budgetRow + 1}`);
    expect(t.funds?.sources[0].amount.address).toBe(`E${w.budgetRow + 1}`);
    expect(t.plan?.checkpoints.map((c) => c.planned.address)).toEqual(
      ["B", "D", "E", "F"].map((c) => `${c}${w.planRow + 2}`),
    );
    expect(t.header?.columns.level1?.address).toBe(`A${w.headerRow + 1}`);
    expect(t.indicators[0].target?.address).toBe(`F${w.firstIndicatorRow + 1}`);
    expect(t.indicators[0].parsed).toMatchObject({ kind: "numeric", op: ">=", value: 40, unit: "批次" });
    expect(t.title?.text).toBe(SEED_PROJECTS[1].title);
    expect(t.unitLine?.text).toBe(SEED_PROJECTS[1].unit);
    expect(t.range.top).toBe(w.top);
    expect(t.range.bottom).toBe(w.bottom);
  });

  it("finds a table at any row and column", () => {
    const b = new SheetBuilder("S");
    writeTargetTable(b, SEED_PROJECTS[2], 7, 3);
    const [t] = read(b);
    expectSeed(t, SEED_PROJECTS[2]);
    expect(t.projectCode?.address).toBe("E9");
    expect(t.range).toEqual({ top: 7, left: 3, bottom: 20, right: 9 });
  });

  it("finds tables one under another with no blank row between them", () => {
    const b = new SheetBuilder("S");
    const first = writeTargetTable(b, SEED_PROJECTS[0], 0);
    writeTargetTable(b, SEED_PROJECTS[1], first.bottom + 1);
    const tables = read(b);
    expect(tables).toHaveLength(2);
    expectSeed(tables[0], SEED_PROJECTS[0]);
    expectSeed(tables[1], SEED_PROJECTS[1]);
  });

  it("finds tables side by side", () => {
    const b = new SheetBuilder("S");
    writeTargetTable(b, SEED_PROJECTS[0], 0, 0);
    writeTargetTable(b, SEED_PROJECTS[1], 2, 8);
    const tables = read(b);
    expect(tables).toHaveLength(2);
    expectSeed(tables[0], SEED_PROJECTS[0]);
    expectSeed(tables[1], SEED_PROJECTS[1]);
    expect(tables[1].range.left).toBe(8);
    expect(tables[0].range.right).toBeLessThan(8);
  });

  it("reads the indicator block after blank rows (the two Word tables pasted apart)", () => {
    const b = new SheetBuilder("S");
    writeTargetTable(b, SEED_PROJECTS[0], 0, 0, { gap: 2 });
    expectSeed(read(b)[0], SEED_PROJECTS[0]);
  });

  it("carries first-level names written once, or repeated, or merged", () => {
    for (const style of ["blank", "repeat"] as const) {
      const b = new SheetBuilder("S");
      const w = writeTargetTable(b, SEED_PROJECTS[1], 0);
      b.merges.splice(0, b.merges.length, ...b.merges.filter((m) => !(m.left === 0 && m.top >= w.firstIndicatorRow)));
      SEED_PROJECTS[1].indicators.forEach((it, i) => {
        const prev = SEED_PROJECTS[1].indicators[i - 1];
        const show = style === "repeat" || !prev || prev.level1 !== it.level1;
        b.set(w.firstIndicatorRow + i, 0, show ? it.level1 : null);
      });
      expectSeed(read(b)[0], SEED_PROJECTS[1]);
    }
  });

  it("matches labels with stray spaces, full-width punctuation and colons", () => {
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, SEED_PROJECTS[0], 0);
    b.set(w.codeRow, 0, " 项目 编码：");
    b.set(w.codeRow, 3, "项目名称:");
    b.set(w.budgetRow, 1, "预算数（万元）");
    b.set(w.budgetRow, 3, "其中:财政资金");
    b.set(w.planRow, 0, "资金支出计划(%)");
    b.set(w.headerRow, 0, "一级 指标");
    b.set(w.headerRow, 5, "指标值 ");
    expectSeed(read(b)[0], SEED_PROJECTS[0]);
  });

  it.each(["指标目标值", "年度指标值", "当年预期实现值"])("accepts the header synonym %s", (name) => {
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, SEED_PROJECTS[1], 0);
    b.set(w.headerRow, 5, name);
    expectSeed(read(b)[0], SEED_PROJECTS[1]);
  });

  it("composes split 指标性质 | 指标值 | 计量单位 columns and points at the value cell", () => {
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, SEED_PROJECTS[1], 0);
    // Replace 绩效指标描述 (D:E) with 指标性质 | 指标值 | 计量单位 across D, E, F.
    b.merges.splice(
      0,
      b.merges.length,
      ...b.merges.filter((m) => !(m.left === 3 && m.right === 4 && m.top >= w.headerRow)),
    );
    b.set(w.headerRow, 3, "指标性质").set(w.headerRow, 4, "指标值").set(w.headerRow, 5, "计量单位");
    const split: [string, number | string, string][] = [
      ["≥", 40, "批次"],
      ["≥", 95, "%"],
      ["≤", 30, "万元"],
      // An operator and a unit around a blank value: no value, not "≥台".
      ["≥", "", "台"],
    ];
    split.forEach(([op, v, unit], i) => {
      b.set(w.firstIndicatorRow + i, 3, op)
        .set(w.firstIndicatorRow + i, 4, v)
        .set(w.firstIndicatorRow + i, 5, unit);
    });
    // A statement merged across the three columns is the row's value, read from the cell that holds it.
    const statementRow = w.firstIndicatorRow + 4;
    b.merge(statementRow, 3, statementRow, 5, "预算年度结束前完成购置计划");
    const [t] = read(b);
    expect(t.indicators.slice(0, 5).map((i) => i.targetText)).toEqual([
      "≥40批次",
      "≥95%",
      "≤30万元",
      "",
      "预算年度结束前完成购置计划",
    ]);
    expect(t.indicators[3].parsed.kind).toBe("empty");
    expect(t.indicators[4].parsed.kind).toBe("deadline");
    expect(t.indicators[4].target?.address).toBe(`D${statementRow + 1}`);
    expect(t.indicators[0].target?.address).toBe(`E${w.firstIndicatorRow + 1}`);
    expect(t.indicators[2].parsed).toMatchObject({ kind: "numeric", op: "<=", value: 30, unit: "万元" });
  });

  it("reads extra funding sources", () => {
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, SEED_PROJECTS[1], 0);
    b.set(w.budgetRow, 5, "上级财政资金");
    b.set(w.budgetRow, 6, 20, { numFmt: "0.00" });
    b.set(w.budgetRow, 4, 80.8, { numFmt: "0.00" });
    const [t] = read(b);
    expect(t.funds?.sources.map((s) => [s.name, money(s.amount)])).toEqual([
      ["财政资金", "80.80"],
      ["上级财政资金", "20.00"],
    ]);
  });

  it("reads tables without 项目编码 or without a spending plan", () => {
    const p: SeedProject = cloneProject(0);
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, p, 0);
    b.set(w.codeRow, 0, null);
    b.merges.splice(0, b.merges.length, ...b.merges.filter((m) => !(m.top === w.codeRow && m.left === 1)));
    b.set(w.codeRow, 1, null);
    for (let c = 0; c < 7; c++) {
      b.set(w.planRow, c, null);
      b.set(w.planRow + 1, c, null);
    }
    b.merges.splice(0, b.merges.length, ...b.merges.filter((m) => m.top !== w.planRow && m.top !== w.planRow + 1));
    const [t] = read(b);
    expect(t.projectCode).toBeNull();
    expect(t.projectName?.text).toBe(p.name);
    expect(t.plan).toBeNull();
    expect(t.indicators).toHaveLength(6);
  });

  it("reads a plan typed as text or as whole numbers", () => {
    for (const values of [
      ["25%", "50%", "75%", "100%"],
      [25, 50, 75, 100],
    ]) {
      const b = new SheetBuilder("S");
      const w = writeTargetTable(b, SEED_PROJECTS[0], 0);
      [1, 3, 4, 5].forEach((c, i) => b.set(w.planRow + 1, c, values[i]));
      expect(read(b)[0].plan?.checkpoints.map((c) => c.plannedPercent)).toEqual([25, 50, 75, 100]);
    }
  });

  it("reads the 2021 hierarchy with 成本指标 first-level", () => {
    const p = cloneProject(1);
    p.indicators[3] = { ...p.indicators[3], level1: "成本指标", level2: "经济成本指标", target: "≤100.8万元" };
    p.indicators.splice(4, 0, p.indicators.splice(3, 1)[0]);
    const b = new SheetBuilder("S");
    writeTargetTable(b, p, 0);
    const [t] = read(b);
    expect(t.indicators.map((i) => i.level1Kind)).toEqual([
      "output",
      "output",
      "output",
      "benefit",
      "cost",
      "satisfaction",
    ]);
    expect(t.indicators[4].level2Kind).toBe("economic-cost");
  });

  it("turns a table cut off after its header block into a problem at its label", () => {
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, SEED_PROJECTS[0], 0);
    for (const key of [...b.cells.keys()]) if (Number(key.split(",")[0]) >= w.headerRow) b.cells.delete(key);
    b.merges.splice(0, b.merges.length, ...b.merges.filter((m) => m.top < w.headerRow));
    const [t] = read(b);
    expect(t.indicators).toEqual([]);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ row: w.codeRow, col: 3 });
  });

  it("reads an indicator block standing alone, without a header block", () => {
    const b = new SheetBuilder("S");
    const w = writeTargetTable(b, SEED_PROJECTS[0], 0);
    for (const key of [...b.cells.keys()]) if (Number(key.split(",")[0]) < w.headerRow) b.cells.delete(key);
    b.merges.splice(0, b.merges.length, ...b.merges.filter((m) => m.top >= w.headerRow));
    const [t] = read(b);
    expect(t.projectName).toBeNull();
    expect(t.indicators).toHaveLength(6);
  });

  it("does not take a ledger's repeated 项目名称 column header for tables", () => {
    const b = new SheetBuilder("台账");
    for (let r = 0; r < 500; r += 5)
      b.set(r, 0, "项目名称")
        .set(r, 1, "金额")
        .set(r + 1, 0, `项目${r}`)
        .set(r + 1, 1, r);
    expect(read(b)).toEqual([]);
  });

  it("finds nothing on sheets without tables, and never throws on odd grids", () => {
    const b = new SheetBuilder("S");
    b.set(0, 0, "项目名称").set(0, 1, "#DIV/0!").set(3, 2, 45123, { numFmt: "yyyy-mm-dd" });
    expect(() => read(b)).not.toThrow();
    expect(read(new SheetBuilder("E"))).toEqual([]);
    const c = new SheetBuilder("C");
    c.set(0, 0, "说明").set(1, 0, "本表无绩效目标");
    expect(read(c)).toEqual([]);
  });
});

/** Every label that starts a table: the names of a project or a department, and the 一级指标 header. */
const ANCHORS = [
  "项目名称",
  "专项名称",
  "专项资金名称",
  "项目支出名称",
  "专项（项目）名称",
  "一级项目名称",
  "二级项目名称",
  "部门（单位）名称",
  "单位名称",
  "一级指标",
];

describe("the anchor pre-check", () => {
  it("lets through every spelling the anchor matchers accept", () => {
    const pad = fc.constantFrom("", " ", "  ", "\u3000", "\u00a0", "\t");
    const spelled = (label: string) =>
      fc
        .tuple(
          fc.array(pad, { minLength: label.length + 1, maxLength: label.length + 1 }),
          fc.constantFrom("", ":", "：", "：："),
        )
        .map(([gaps, colon]) => [...label].map((ch, i) => gaps[i] + ch).join("") + gaps[label.length] + colon);
    fc.assert(
      fc.property(fc.oneof(...ANCHORS.map(spelled), fc.string({ maxLength: 30 })), (text) => {
        const anchor = isNameLabel(classifyLabel(text)) || classifyColumn(text) === "level1";
        if (anchor) expect(mayBeAnchor(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const a of ANCHORS) expect(isNameLabel(classifyLabel(a)) || classifyColumn(a) === "level1").toBe(true);
    expect(mayBeAnchor("项 目 名 称：")).toBe(true);
    expect(mayBeAnchor("资金用途")).toBe(false);
  });
});

describe("in-year columns as monitoring forms head them", () => {
  it.each([
    ["1-6月实际完成值", "actual"],
    ["1—6月执行情况", "actual"],
    ["上半年完成情况", "actual"],
    ["当前实际完成值", "actual"],
    ["截至6月30日完成情况", "actual"],
    ["预计年底完成值", "forecast"],
    ["全年预计完成情况", "forecast"],
    ["1-6月执行数", null],
    ["完成情况说明", null],
  ])("%s is %s", (text, role) => {
    expect(classifyColumn(text)).toBe(role);
  });
});
