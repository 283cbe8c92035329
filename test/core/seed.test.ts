import { checkWorkbook } from "../../src/core/engine";
import { buildSeedSheet, SEED_PROJECTS } from "../fixtures/seed";

/** The seed document's three tables, as they land in Excel, through the whole engine. */
describe("the seed's three target tables", () => {
  const { builder, tables: written } = buildSeedSheet();
  const result = checkWorkbook({ sheets: [builder.toSnapshot()] });
  const { findings } = result.report;

  it("reads three tables with their 18 indicators", () => {
    expect(result.tables.map((t) => t.projectCode?.text)).toEqual(SEED_PROJECTS.map((p) => p.code));
    expect(result.report.summary.indicators).toBe(18);
    expect(result.tables.map((t) => t.funds?.budget.text)).toEqual(["0.81", "100.80", "18.00"]);
    for (const t of result.tables) expect(t.plan?.checkpoints.map((c) => c.plannedPercent)).toEqual([25, 50, 75, 100]);
  });

  it("has no error", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives exactly the expected warnings and notes", () => {
    // Rows of each table's 10月底 share and its 质量/满意度 indicators, from where the fixture wrote them.
    const a1 = (row: number, col: string) => `${col}${row + 1}`;
    const [t1, t2, t3] = written;
    const expected = [
      // 购置质量合格率（%） and 使用人员满意度（%） with ≥90百分比: the unit twice.
      { rule: "unit-duplicated", severity: "warning", cell: a1(t1.firstIndicatorRow + 1, "C") },
      { rule: "unit-duplicated", severity: "warning", cell: a1(t1.firstIndicatorRow + 5, "C") },
      // 购置公务用车: 购置质量合格率（%） with 100百分比: the unit twice, and no ≥.
      { rule: "unit-duplicated", severity: "warning", cell: a1(t3.firstIndicatorRow + 1, "C") },
      { rule: "operator-ambiguous", severity: "warning", cell: a1(t3.firstIndicatorRow + 1, "F") },
      // 10月底 75% in every table, below the time progress of 83.3%.
      { rule: "plan-below-time-progress", severity: "info", cell: a1(t1.planRow + 1, "E") },
      { rule: "plan-below-time-progress", severity: "info", cell: a1(t2.planRow + 1, "E") },
      { rule: "plan-below-time-progress", severity: "info", cell: a1(t3.planRow + 1, "E") },
    ];
    const got = findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell }));
    const key = (f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    expect(got).toEqual(expect.arrayContaining(expected));
    expect(result.report.summary).toMatchObject({ tables: 3, errors: 0, warnings: 4, infos: 3 });
  });

  it("says what would be right, in figures", () => {
    const message = (rule: string, cell: string) => findings.find((f) => f.rule === rule && f.cell === cell)?.message;
    expect(message("operator-ambiguous", "F45")).toContain("应写作“≥100%”");
    expect(message("unit-duplicated", "C11")).toContain("写作“购置质量合格率”");
    expect(message("plan-below-time-progress", "E7")).toContain("10月底 75% 低于序时进度 83.3%");
  });
});
