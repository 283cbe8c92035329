import fc from "fast-check";
import { checkWorkbook, looksLikeSummary } from "../../src/core/engine";
import { textWidth } from "../../src/core/layout";
import { FILLS, NOTE_PREFIX, planWrites, SUMMARY_SHEET } from "../../src/core/plan";
import type { Rule } from "../../src/core/rules/types";
import { toA1, type CellValue, type SheetSnapshot } from "../../src/core/snapshot";
import { buildSeedSheet, cloneProject, SEED_PROJECTS, writeTargetTable } from "../fixtures/seed";
import { SheetBuilder } from "../fixtures/sheet-builder";

const budgetRule: Rule = {
  id: "test-budget",
  severity: "error",
  kinds: ["target"],
  docs: { name: "测试预算", description: "test" },
  messages: { bad: "预算数 {{value}} 有误", other: "再一条" },
  check(table, ctx) {
    if (table.funds) {
      ctx.report({ cell: table.funds.budget, messageId: "bad", data: { value: table.funds.budget.text } });
      ctx.report({ cell: table.funds.budget, messageId: "other", severity: "warning" });
    }
  },
};

/** A rule that always crashes: the engine must turn it into a finding. */
const throwing: Rule = {
  ...budgetRule,
  id: "test-throw",
  check: () => {
    throw new Error("boom");
  },
};

describe("checkWorkbook", () => {
  it("checks every sheet and skips the summary the host's record names and the bookkeeping sheets", () => {
    const a = buildSeedSheet("表一").builder.toSnapshot();
    const b = new SheetBuilder("表二");
    writeTargetTable(b, SEED_PROJECTS[2], 4, 2);
    const own: SheetSnapshot = { ...buildSeedSheet(`${SUMMARY_SHEET} (2)`).builder.toSnapshot() };
    const hidden: SheetSnapshot = { ...buildSeedSheet("_jixiao_marks").builder.toSnapshot() };
    const result = checkWorkbook({ sheets: [a, b.toSnapshot(), own, hidden], own: [own.name] });
    expect(result.report.summary).toMatchObject({ sheets: 2, tables: 4, indicators: 24 });
    expect(result.report.tables.map((t) => [t.sheet, t.projectCode, t.budget, t.indicators, t.range])).toEqual([
      ["表一", SEED_PROJECTS[0].code, 0.81, 6, "A1:G15"],
      ["表一", SEED_PROJECTS[1].code, 100.8, 6, "A18:G32"],
      ["表一", SEED_PROJECTS[2].code, 18, 6, "A35:G49"],
      ["表二", SEED_PROJECTS[2].code, 18, 6, "C5:I18"],
    ]);
  });

  it("reads a sheet of the user's named 检查结果 like any other; one laid out as our summary is ours", () => {
    const users = buildSeedSheet(SUMMARY_SHEET).builder.toSnapshot();
    expect(checkWorkbook({ sheets: [users] }).report.summary).toMatchObject({ sheets: 1, tables: 3 });
    const plan = planWrites(checkWorkbook({ sheets: [buildSeedSheet("表一").builder.toSnapshot()] }));
    const ours: SheetSnapshot = {
      name: SUMMARY_SHEET,
      values: plan.summary.rows.map((r) => r.map((c) => c.value)),
    };
    expect(looksLikeSummary(ours)).toBe(true);
    expect(looksLikeSummary({ ...ours, name: "汇总" })).toBe(false);
    expect(looksLikeSummary({ ...ours, values: ours.values.slice(1) })).toBe(false);
    const both = checkWorkbook({ sheets: [buildSeedSheet("表一").builder.toSnapshot(), ours] });
    expect(both.report.summary).toMatchObject({ sheets: 1, tables: 3 });
  });

  it("formats messages, applies severity overrides, and turns rule crashes into findings", () => {
    const snap = { sheets: [buildSeedSheet().builder.toSnapshot()] };
    const undeclared: Rule = {
      ...budgetRule,
      id: "test-undeclared",
      check: (t, ctx) => ctx.report({ cell: t.funds!.budget, messageId: "nope" }),
    };
    const result = checkWorkbook(snap, { rules: { "test-budget": "info" } }, [budgetRule, throwing, undeclared]);
    const f = result.report.findings.filter((x) => x.table === 0);
    expect(f.filter((x) => x.rule === "test-budget").map((x) => [x.cell, x.severity, x.message])).toEqual([
      ["C4", "info", "预算数 0.81 有误"],
      ["C4", "info", "再一条"],
    ]);
    expect(f.filter((x) => x.rule === "engine-error").map((x) => x.message)).toEqual([
      expect.stringContaining("test-throw"),
      expect.stringContaining("test-undeclared"),
    ]);
    // A placeholder the data leaves unfilled is the rule's bug: an engine-error, never "{{value}}" shown.
    const unfilled: Rule = {
      ...budgetRule,
      id: "test-unfilled",
      check: (t, ctx) => ctx.report({ cell: t.funds!.budget, messageId: "bad", data: { amount: 1 } }),
    };
    const u = checkWorkbook(snap, null, [unfilled]).report.findings.filter((x) => x.table === 0);
    expect(u.map((x) => [x.rule, x.messageId, x.data.rule])).toEqual([["engine-error", "crashed", "test-unfilled"]]);
    expect(u[0].message).toMatch(/^检查规则 test-unfilled 运行出错（message placeholder \{\{value\}\} left unfilled）/);
    const off = checkWorkbook(snap, { rules: { "test-budget": "off" } }, [budgetRule]);
    expect(off.report.findings).toEqual([]);
  });

  it("keeps what a rule reported before it crashed, and quotes the error as it is", () => {
    const snap = { sheets: [buildSeedSheet().builder.toSnapshot()] };
    const halfway: Rule = {
      ...budgetRule,
      id: "test-halfway",
      check(t, ctx) {
        ctx.report({ cell: t.funds!.budget, messageId: "other" });
        throw new Error("缺少 {{budget}}");
      },
    };
    const f = checkWorkbook(snap, null, [halfway]).report.findings.filter((x) => x.table === 0);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["test-halfway", "C4"],
      ["engine-error", "A9"],
    ]);
    expect(f[0].message).toBe("再一条");
    expect(f[1].message).toContain("test-halfway 运行出错（缺少 {{budget}}）");
  });

  it("puts a crashed rule's finding on the table's own first column, and sorts findings in reading order", () => {
    const b = new SheetBuilder("表二");
    const written = writeTargetTable(b, SEED_PROJECTS[2], 4, 2);
    // Reported bottom-right first: the report must still read top-left first.
    const backwards: Rule = {
      ...budgetRule,
      id: "test-backwards",
      check(table, ctx) {
        for (const it of [...table.indicators].reverse()) ctx.report({ cell: it.target!, messageId: "other" });
      },
    };
    const result = checkWorkbook({ sheets: [b.toSnapshot()] }, null, [backwards, throwing]);
    const crash = result.report.findings.find((f) => f.rule === "engine-error");
    expect(crash?.cell).toBe(toA1(written.headerRow, written.left));
    const cells = result.report.findings.filter((f) => f.rule === "test-backwards").map((f) => f.cell);
    expect(cells).toEqual(result.tables[0].indicators.map((it) => it.target!.address));
  });

  it("plans one note per cell, worst severity first, and a summary with links", () => {
    const snap = { sheets: [buildSeedSheet().builder.toSnapshot()] };
    const result = checkWorkbook(snap, null, [budgetRule]);
    const plan = planWrites(result, { checkedAt: "2026-11-23 10:00", source: "sample.xlsx" });
    expect(plan.marks).toHaveLength(3);
    expect(plan.marks[0]).toMatchObject({ sheet: "绩效目标表", cell: "C4", severity: "error", fill: FILLS.error });
    expect(plan.marks[0].note).toBe(`${NOTE_PREFIX}\n错误：预算数 0.81 有误\n警告：再一条`);
    expect(plan.summary.name).toBe(SUMMARY_SHEET);
    const rows = plan.summary.rows;
    expect(rows[0][1].value).toBe("sample.xlsx  2026-11-23 10:00");
    // The bold title fits column A (B1 holds the file name, so it cannot spill over), with room for bold.
    expect(textWidth(String(rows[0][0].value)) + 1).toBeLessThan(plan.summary.widths[0]);
    expect(rows[1][0].value).toBe("共 3 张表、18 个指标：错误 3 个，警告 3 个，提示 0 个。");
    const tableRow = rows.find((r) => r[2]?.value === SEED_PROJECTS[1].code)!;
    expect(tableRow[0].link).toEqual({ sheet: "绩效目标表", cell: "E20" });
    const findingRows = rows.filter((r) => r[4]?.link);
    expect(findingRows).toHaveLength(6);
    expect(findingRows[0].map((c) => c.value)).toEqual([
      "错误",
      "绩效目标表",
      SEED_PROJECTS[0].code,
      "预算数 0.81 有误",
      "C4",
      "test-budget",
    ]);
  });

  it("says so when a workbook has no tables", () => {
    const result = checkWorkbook({ sheets: [] });
    expect(result.report.summary.tables).toBe(0);
    expect(planWrites(result).summary.rows[1][0].value).toMatch(/未找到绩效表/);
  });

  it("reads 100,000 rows without trouble", () => {
    const values: CellValue[][] = [];
    for (let r = 0; r < 100000; r++) values.push([r % 7 === 0 ? "合计" : r, `行${r}`, r * 0.5, null, "#DIV/0!"]);
    const b = new SheetBuilder("大表");
    const w = writeTargetTable(b, cloneProject(0), 0);
    const seedPart = b.toSnapshot();
    for (let r = 0; r <= w.bottom; r++) values[r] = seedPart.values[r];
    const result = checkWorkbook({ sheets: [{ name: "大表", values, merges: seedPart.merges }] });
    expect(result.report.tables).toHaveLength(1);
    expect(result.report.tables[0].indicators).toBe(6);
  });

  it("never throws on random grids of labels, numbers and junk", () => {
    const word = fc.constantFrom(
      "项目名称",
      "项目编码",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "预算数",
      "其中：财政资金",
      "资金支出计划（%）",
      "3月底",
      "12月底",
      "绩效目标",
      "产出指标",
      "≥40批次",
      "监控截至",
      "当前完成值",
      "分值",
      "得分",
      "总分",
      "合计",
      "#DIV/0!",
      "",
    );
    const cell = fc.oneof(word, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.string());
    const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 });
    const merge = fc.record({ top: fc.nat(40), left: fc.nat(9), h: fc.nat(3), w: fc.nat(3) });
    fc.assert(
      fc.property(grid, fc.array(merge, { maxLength: 6 }), (values, ms) => {
        const merges = ms.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
        const result = checkWorkbook({ sheets: [{ name: "随机", values: values as CellValue[][], merges }] });
        planWrites(result);
        expect(result.report.findings.filter((f) => f.rule === "engine-error")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
