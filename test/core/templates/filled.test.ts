/**
 * The whole year on the seed's 各项公务接待活动: a monitoring sheet and a self-evaluation sheet made
 * from its target table, filled in by code as a unit would, and checked.
 */
import { checkWorkbook } from "../../../src/core/engine";
import { planWrites } from "../../../src/core/plan";
import { toA1 } from "../../../src/core/snapshot";
import { monitoringSheet, selfEvaluationSheet, type MonitoringFill, type SelfEvaluationFill } from "../rules/in-year";

const pct = (x: number) => ({ value: x, numFmt: "0%" });

function findings(r: ReturnType<typeof checkWorkbook>) {
  return r.report.findings.map((f) => [f.rule, f.severity, f.cell]);
}

describe("a monitoring sheet filled in at 6月底", () => {
  const fill: MonitoringFill = {
    spend: [22, 40],
    actual: [15, pct(0.96), "完成", "是", "否", 0.5],
    forecast: [40, pct(0.96), pct(0.95), "是", "否", pct(0.9)],
    chance: ["确定能", "确定能", null, "确定能", "确定能", "有可能"],
    reason: ["上半年大型会议少，下半年集中接待"],
  };
  const r = checkWorkbook({ sheets: [monitoringSheet(1, fill)] });

  it("gives the expected findings at the cells to change", () => {
    expect(findings(r)).toEqual([
      ["actual-not-number", "error", "E10"],
      ["behind-progress", "error", "E13"],
      ["reason-missing", "error", "H13"],
      ["spend-behind-plan", "warning", "C6"],
      ["behind-progress", "warning", "E8"],
      ["chance-missing", "warning", "G10"],
    ]);
    const byCell = new Map(r.report.findings.map((f) => [f.cell, f.message]));
    expect(byCell.get("C6")).toContain("支出进度 79.37%，黄灯");
    expect(byCell.get("E8")).toContain("= 75.00%，黄灯");
    expect(byCell.get("E13")).toContain("当前完成值 50% ÷ 年度指标值 95% = 52.63%");
  });

  it("lights the table red and fills 监控结果 where blank", () => {
    expect(r.report.tables[0]).toMatchObject({ kind: "monitoring", light: "red", errors: 3, warnings: 3 });
    expect(r.analyses[0].spendLight).toBe("yellow");
    expect(r.analyses[0].computed.map((c) => [toA1(c.row, c.col), c.value])).toEqual([
      ["I8", "黄"],
      ["I9", "绿"],
      ["I11", "绿"],
      ["I12", "绿"],
      ["I13", "红"],
    ]);
  });

  it("plans the writes and shows the light in 检查结果", () => {
    const plan = planWrites(r);
    expect(plan.writes.map((w) => [w.cell, w.value, w.fill])).toContainEqual(["I13", "红", "#FF6B6B"]);
    expect(plan.writes.every((w) => w.note?.includes("监控结果由检查计算"))).toBe(true);
    const row = plan.summary.rows.find((cells) => cells[1]?.value === "运行监控表");
    expect(row?.[8]).toMatchObject({ value: "红灯" });
  });
});

describe("a self-evaluation sheet filled in at year end", () => {
  const base: SelfEvaluationFill = {
    spent: { value: 98.5, numFmt: "0.00" },
    weight: [15, 15, 10, 10, 30, 10],
    actual: [38, pct(0.96), pct(0.95), "是", "否", pct(0.96)],
    reason: ["全年实际接待需求减少"],
  };

  it("scores exactly: 14.25 of 15 for 38 of 40, 9.77 of 10 for 98.50 ÷ 100.80, total 99.02 优", () => {
    const r = checkWorkbook({ sheets: [selfEvaluationSheet(1, base)] });
    // 38 of 40 is explained in its reason cell: nothing left to ask.
    expect(findings(r)).toEqual([]);
    expect(r.report.tables[0]).toMatchObject({ kind: "self-evaluation", score: 99.02, grade: "优" });
    const computed = new Map(r.analyses[0].computed.map((c) => [toA1(c.row, c.col), c.value as number]));
    expect(computed.get("H13")).toBe(14.25);
    expect(Number(computed.get("I6")!.toFixed(2))).toBe(9.77);
    expect([...computed.keys()]).toEqual(["H6", "I6", "H13", "H14", "H15", "H16", "H17", "H18", "H19"]);
    const plan = planWrites(r);
    const row = plan.summary.rows.find((cells) => cells[1]?.value === "绩效自评表");
    expect(row?.[8]).toMatchObject({ value: "99.02 分（优）" });
  });

  it("finds the usual mistakes, never crashing", () => {
    const r = checkWorkbook({
      sheets: [
        selfEvaluationSheet(1, {
          ...base,
          spent: 101,
          weight: [15, 15, 10, 10, 30, 15],
          actual: [48, "完成", pct(0.95), "是", "是", pct(0.96)],
          score: [15, null, 12, 7, null, "满分"],
          reason: [],
          total: 120,
        }),
      ],
    });
    expect(r.report.findings.some((f) => f.rule === "engine-error")).toBe(false);
    expect(findings(r)).toEqual(
      expect.arrayContaining([
        ["weights-sum", "error", "G12"],
        ["actual-not-number", "error", "F14"],
        ["score-over-weight", "error", "H15"],
        ["score-out-of-band", "error", "H16"],
        ["score-mismatch", "error", "H18"],
        ["score-over-weight", "error", "H19"],
        ["spend-over-budget", "warning", "F6"],
        ["over-achievement", "warning", "F13"],
        ["yes-no-mismatch", "warning", "F17"],
        ["reason-missing", "error", "I16"],
        ["reason-missing", "error", "I17"],
      ]),
    );
    expect(r.report.tables[0].grade).toBeDefined();
  });
});
