import { checkWorkbook } from "../../../src/core/engine";
import { scoreNumeric, gradeOf, round2 } from "../../../src/core/score/self-evaluation";
import { defaultIndicatorWeights } from "../../../src/core/score/weights";
import { resolveSettings } from "../../../src/core/settings";
import { toA1 } from "../../../src/core/snapshot";
import { parseTarget } from "../../../src/core/value";
import type { NumericTarget, RangeTarget } from "../../../src/core/value";
import { cloneProject } from "../../fixtures/seed";
import { ALL_MET, selfEvaluationSheet, withRow, type SelfEvaluationFill } from "../rules/in-year";

const S = resolveSettings();

function numeric(text: string): NumericTarget | RangeTarget {
  const t = parseTarget(text);
  if (t.kind !== "numeric" && t.kind !== "range") throw new Error(`${text} is ${t.kind}`);
  return t;
}

function check(fill: SelfEvaluationFill, project = 1) {
  const r = checkWorkbook({ sheets: [selfEvaluationSheet(project, fill)] });
  return { result: r, table: r.report.tables[0], analysis: r.analyses[0], findings: r.report.findings };
}

describe("scoring a numeric indicator (domain.md §5)", () => {
  it.each([
    // [target, actual, weight, score]
    ["≥40批次", 38, 15, 14.25],
    ["≥40批次", 40, 15, 15],
    ["≥40批次", 55, 15, 15],
    ["≥40批次", 0, 15, 0],
    ["≥40批次", -5, 15, 0],
    [">40批次", 20, 10, 5],
    ["=1辆", 1, 10, 10],
    ["=1辆", 0, 10, 0],
    ["=0次", 0, 10, 10],
    ["=0次", 1, 10, 0],
    ["≤30万元", 30, 10, 10],
    ["≤30万元", 12, 10, 10],
    ["≤30万元", 45, 10, 5],
    ["≤30万元", 60, 10, 0],
    ["≤30万元", 90, 10, 0],
    ["≤0起", 0, 5, 5],
    ["≤0起", 1, 5, 0],
    ["80%-90%", 85, 10, 10],
    ["80%-90%", 40, 10, 5],
    ["80%-90%", 99, 10, 9],
  ] as [string, number, number, number][])("%s with %d done, weight %d, scores %d", (target, actual, weight, score) => {
    expect(scoreNumeric(numeric(target), actual, weight).score).toBeCloseTo(score, 10);
  });

  it("38 of ≥40批次 scores exactly 14.25 of 15", () => {
    expect(scoreNumeric(numeric("≥40批次"), 38, 15).score).toBe(14.25);
  });
});

describe("grades", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ] as const)("%d is %s", (score, grade) => expect(gradeOf(score, S)).toBe(grade));
});

describe("default weights", () => {
  it("spread 产出 50, 效益 30, 满意度 10 over the seed's indicators", () => {
    const p = cloneProject(1);
    const its = p.indicators.map((i) => ({
      level1Kind: i.level1.startsWith("产出")
        ? ("output" as const)
        : i.level1.startsWith("效益")
          ? ("benefit" as const)
          : ("satisfaction" as const),
      level2Kind: null,
      level3Text: i.level3,
    }));
    expect(defaultIndicatorWeights(its, S.weights)).toEqual([12.5, 12.5, 12.5, 12.5, 30, 10]);
  });

  it("add up exactly to the cent when they do not divide evenly", () => {
    const three = [0, 1, 2].map(() => ({ level1Kind: "output" as const, level2Kind: null, level3Text: "x" }));
    const w = defaultIndicatorWeights(
      [...three, { level1Kind: "benefit", level2Kind: null, level3Text: "y" }],
      S.weights,
    );
    // 满意度 is missing: its 10 goes to 产出 and 效益 in proportion (50 : 30), so 产出 56.25 over three.
    expect(w).toEqual([18.75, 18.75, 18.75, 33.75]);
    type Cat = Parameters<typeof defaultIndicatorWeights>[0][number];
    const cats: Cat[] = Array.from({ length: 7 }, (): Cat => ({
      level1Kind: "output",
      level2Kind: null,
      level3Text: "x",
    }));
    cats.push({ level1Kind: "benefit", level2Kind: null, level3Text: "y" });
    cats.push({ level1Kind: "satisfaction", level2Kind: null, level3Text: "z" });
    const seven = defaultIndicatorWeights(cats, S.weights);
    expect(seven.slice(0, 7)).toEqual([7.15, 7.15, 7.14, 7.14, 7.14, 7.14, 7.14]);
    expect(Math.round(seven.reduce((a, b) => a + b, 0) * 100)).toBe(9000);
  });

  it("成本 as a first-level category (财预〔2021〕101号) counts with 产出", () => {
    const w = defaultIndicatorWeights(
      [
        { level1Kind: "output", level2Kind: "quantity", level3Text: "a" },
        { level1Kind: "cost", level2Kind: "economic-cost", level3Text: "b" },
        { level1Kind: "benefit", level2Kind: "social-benefit", level3Text: "c" },
        { level1Kind: "satisfaction", level2Kind: "satisfaction", level3Text: "d" },
      ],
      S.weights,
    );
    expect(w).toEqual([25, 25, 30, 10]);
  });
});

describe("a self-evaluation table through the engine", () => {
  const weights = [15, 15, 10, 10, 30, 10];

  it("scores 38 of ≥40批次 14.25 of 15 and 执行率 98.50 ÷ 100.80 9.77 of 10", () => {
    const { analysis, table } = check({ ...withRow(ALL_MET, "actual", 0, 38), weight: weights });
    const se = analysis.selfEvaluation!;
    expect(se.rows[0].computed).toBe(14.25);
    expect(se.rows[0].weight).toBe(15);
    expect(round2(se.execution.computed!)).toBe(9.77);
    expect(se.execution.rate).toBeCloseTo(98.5 / 100.8, 12);
    // 14.25 + 15 + 10 + 10 + 30 + 10 + 9.7718… = 99.0218…
    expect(table.score).toBe(99.02);
    expect(table.grade).toBe("优");
  });

  it("fills blank 执行率, 得分 and 总分 with computed values and notes", () => {
    const { analysis } = check({ ...withRow(ALL_MET, "actual", 0, 38), weight: weights });
    const at = (a1: string) => analysis.computed.find((c) => toA1(c.row, c.col) === a1);
    expect(at("H6")).toMatchObject({ numFmt: "0.00%" });
    expect(at("H6")!.value).toBeCloseTo(0.977183, 6);
    expect(at("H6")!.note).toContain("全年执行数 98.50 ÷ 全年预算数 100.80 = 97.72%");
    expect(at("I6")!.note).toContain("= 9.77");
    expect(at("H13")).toMatchObject({ value: 14.25, numFmt: "0.00" });
    expect(at("H13")!.note).toContain("实际完成值 38批次 ÷ 指标值 40批次 × 分值 15 = 14.25");
    expect(round2(at("H19")!.value as number)).toBe(99.02);
    expect(at("H19")!.note).toContain("等级“优”");
  });

  it("never overwrites what the unit filled in", () => {
    const { analysis } = check({ ...ALL_MET, rate: "97.72%", execScore: 9.77, score: [12.5, 12.5], total: 99.77 });
    const cells = analysis.computed.map((c) => toA1(c.row, c.col));
    expect(cells).not.toEqual(expect.arrayContaining(["H6"]));
    expect(cells).not.toContain("I6");
    expect(cells).not.toContain("H13");
    expect(cells).not.toContain("H14");
    expect(cells).not.toContain("H19");
    expect(cells).toEqual(["H15", "H16", "H17", "H18"]);
  });

  it("rounds to 2 decimals only at the end", () => {
    // Two rows of 11.875 each: rounded first they would add up to 23.76, exactly they are 23.75.
    const { table, analysis } = check({ ...withRow(withRow(ALL_MET, "actual", 0, 38), "actual", 1, "90.25%") });
    expect(analysis.selfEvaluation!.rows.slice(0, 2).map((r) => r.computed)).toEqual([11.875, 11.875]);
    expect(analysis.selfEvaluation!.total).toBeCloseTo(98.521825, 6);
    expect(table.score).toBe(98.52);
  });

  it("uses the entered scores for the total", () => {
    // 达成 scored 10 of 12.5 and 25 of 30: within the band (80–100%), the rater's call.
    const { table, analysis } = check({ ...ALL_MET, score: [12.5, 12.5, 12.5, 10, 25, 10], execScore: 9.77 });
    expect(table.score).toBe(92.27);
    expect(round2(analysis.selfEvaluation!.total)).toBe(92.27);
  });

  it("counts the computed score where an entered one is wrong (and reported)", () => {
    // 40 of ≥40 scored 10 of 12.5, 97.72% scored 9: the table adds up to 96.5, the right figures to 99.77.
    const { table, analysis, findings } = check({ ...ALL_MET, score: [10, 12.5, 12.5, 12.5, 30, 10], execScore: 9 });
    expect(round2(analysis.selfEvaluation!.total)).toBe(96.5);
    expect(table.score).toBe(99.77);
    expect(findings.filter((f) => f.rule === "score-mismatch").map((f) => f.cell)).toEqual(["I6", "H13"]);
  });

  it("scores qualitative answers by their band: 达成 full, 部分达成 70%, 未达成 0", () => {
    const { analysis } = check(withRow(withRow(ALL_MET, "actual", 3, "部分达成"), "actual", 4, "是"));
    const rows = analysis.selfEvaluation!.rows;
    expect(rows[3]).toMatchObject({ level: "partial", computed: 8.75 });
    expect(rows[4]).toMatchObject({ level: "failed", computed: 0 });
  });

  it("caps 执行率 at 100%", () => {
    const { analysis } = check({ ...ALL_MET, spent: 110 });
    expect(analysis.selfEvaluation!.execution.computed).toBe(10);
  });

  it("grades a poor year 差", () => {
    const { table } = check({
      spent: 40,
      actual: [10, "50%", "50%", "否", "是", "40%"],
      reason: ["a", "b", "c", "d", "e", "f"],
    });
    expect(table.grade).toBe("差");
    expect(table.score).toBeLessThan(60);
  });

  it("leaves 总分 blank when a part cannot be scored, and says why", () => {
    const { analysis, findings } = check(withRow(ALL_MET, "actual", 0, "完成"));
    expect(analysis.computed.find((c) => c.row === 18)).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.cell])).toContainEqual(["actual-not-number", "F13"]);
  });
});
