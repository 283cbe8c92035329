import { checkWorkbook } from "../../../src/core/engine";
import { bandLight, spendBand, worstLight } from "../../../src/core/score/lights";
import { resolveSettings } from "../../../src/core/settings";
import { cloneProject } from "../../fixtures/seed";
import { monitoringSheet, ON_TRACK, put, withRow, type MonitoringFill } from "../rules/in-year";

const S = resolveSettings();

function check(fill: MonitoringFill, project: Parameters<typeof monitoringSheet>[0] = 1) {
  const r = checkWorkbook({ sheets: [monitoringSheet(project, fill)] });
  return { table: r.report.tables[0], analysis: r.analyses[0], findings: r.report.findings };
}

describe("indicator light bands at their edges (接待批次 ≥40批次 at 6月底: v = 5 × 当前完成值)", () => {
  it.each([
    [59.99, 11.998, "red"],
    [60, 12, "yellow"],
    [79.99, 15.998, "yellow"],
    [80, 16, "green"],
    [119.99, 23.998, "green"],
    [120, 24, "blue"],
  ] as const)("v = %d is %s", (v, actual, light) => {
    const { analysis } = check(withRow(ON_TRACK, "actual", 0, actual));
    expect(analysis.monitoring!.rows[0].v).toBe(v);
    expect(analysis.rowLights![0]).toBe(light);
    expect(bandLight(v, S)).toBe(light);
  });

  it("bands are settings", () => {
    const { analysis } = check(withRow(ON_TRACK, "actual", 0, 13), 1);
    expect(analysis.rowLights![0]).toBe("yellow");
    const r = checkWorkbook(
      { sheets: [monitoringSheet(1, withRow(ON_TRACK, "actual", 0, 13))] },
      { lights: { red: 50, yellow: 60 } },
    );
    expect(r.analyses[0].rowLights![0]).toBe("green");
  });
});

describe("spending light bands at their edges (预算数 100.80, plan 50% at 6月底)", () => {
  it.each([
    [59.99, "red"],
    [60, "yellow"],
    [79.99, "yellow"],
    [80, "green"],
    [150, "green"],
  ] as const)("v = %d is %s", (v, light) => {
    const spent = (100.8 * v) / 200;
    const { analysis } = check({ ...ON_TRACK, spend: [25.2, spent] });
    expect(analysis.monitoring!.spend!.v).toBe(v);
    expect(analysis.spendLight).toBe(light);
    expect(spendBand(v, S)).toBe(light);
  });

  it("falls back to the time progress where the plan has no share", () => {
    const s = monitoringSheet(1, { ...ON_TRACK, spend: [25.2, 50.4, 50.4], asOf: "10月底" });
    put(s, { row: 4, col: 3 }, null); // 10月底 plan cell blank
    const r = checkWorkbook({ sheets: [s] });
    const sp = r.analyses[0].monitoring!.spend!;
    expect(sp.fromPlan).toBe(false);
    expect(sp.plannedPercent).toBe(83.3);
    expect(sp.v).toBeCloseTo((50 * 100) / 83.3, 9);
  });
});

describe("which indicators are scaled by time progress", () => {
  it("compares rates with the full target: 96% against ≥95% is green in June", () => {
    const { analysis } = check(withRow(ON_TRACK, "actual", 5, { value: 0.96, numFmt: "0%" }));
    expect(analysis.monitoring!.rows[5]).toMatchObject({ cumulative: false, light: "green" });
    expect(analysis.monitoring!.rows[5].v).toBeCloseTo(101.05, 2);
  });

  it("reads a bare fraction typed for a percent floor as a percent", () => {
    const { analysis } = check(withRow(ON_TRACK, "actual", 5, 0.96));
    expect(analysis.monitoring!.rows[5].light).toBe("green");
  });

  it("scales counts: 10 of ≥40批次 by June is half the expected 20", () => {
    const { analysis } = check(withRow(ON_TRACK, "actual", 0, 10));
    expect(analysis.monitoring!.rows[0]).toMatchObject({ cumulative: true, expected: 20, v: 50, light: "red" });
  });

  it("≤ indicators are green within the target, red beyond it", () => {
    const p = cloneProject(1);
    p.indicators[3].target = "≤30万元";
    const within = check(withRow({ ...ON_TRACK }, "actual", 3, 12), p);
    expect(within.analysis.rowLights![3]).toBe("green");
    const beyond = check(withRow({ ...ON_TRACK }, "actual", 3, 31), p);
    expect(beyond.analysis.rowLights![3]).toBe("red");
    expect(beyond.findings.map((f) => [f.rule, f.cell])).toContainEqual(["behind-progress", "E11"]);
  });

  it("qualitative: 达成 green, 部分达成 yellow, 未达成 red", () => {
    const lights = ["达成", "部分达成", "未达成"].map(
      (a) => check(withRow(ON_TRACK, "actual", 3, a)).analysis.rowLights![3],
    );
    expect(lights).toEqual(["green", "yellow", "red"]);
  });
});

describe("the table's light and the 监控结果 column", () => {
  it("is the worst light, spending included", () => {
    expect(check(ON_TRACK).table.light).toBe("green");
    expect(check(withRow(ON_TRACK, "actual", 0, 24)).table.light).toBe("blue");
    expect(check(withRow(withRow(ON_TRACK, "actual", 0, 24), "actual", 1, "70%")).table.light).toBe("yellow");
    expect(check({ ...ON_TRACK, spend: [25.2, 35] }).table.light).toBe("yellow");
    expect(check(withRow({ ...ON_TRACK, spend: [25.2, 35] }, "actual", 4, "是")).table.light).toBe("red");
    expect(worstLight(["green", "blue", null, "yellow"])).toBe("yellow");
  });

  it("fills each blank 监控结果 with its light, coloured, and leaves filled ones alone", () => {
    const { analysis } = check(withRow(withRow(ON_TRACK, "actual", 0, 10), "result", 1, "绿"));
    const results = analysis.computed.map((c) => [`I${c.row + 1}`, c.value, c.fill]);
    expect(results).toEqual([
      ["I8", "红", "#FF6B6B"],
      ["I10", "绿", "#A9D08E"],
      ["I11", "绿", "#A9D08E"],
      ["I12", "绿", "#A9D08E"],
      ["I13", "绿", "#A9D08E"],
    ]);
    expect(analysis.computed[0].note).toContain("当前完成值 10批次 ÷ 序时目标 20批次");
  });
});

describe("bad input gives findings, never a crash", () => {
  it("a missing 监控截至: rates still lit, counts and spending not", () => {
    const { analysis, findings } = check({ ...ON_TRACK, asOf: null });
    expect(analysis.monitoring!.month).toBeNull();
    expect(analysis.rowLights![0]).toBeNull();
    expect(analysis.rowLights![1]).toBe("green");
    expect(analysis.spendLight).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(["as-of-missing"]);
  });

  it("text in number cells", () => {
    const { findings } = check({
      ...ON_TRACK,
      budget: "一百万",
      spend: ["很多", "不详"],
      actual: ["若干", "#DIV/0!", "高", "?", "", "优"],
    });
    expect(findings.some((f) => f.rule === "engine-error")).toBe(false);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual(
      expect.arrayContaining([
        ["actual-not-number", "E8"],
        ["actual-not-number", "E9"],
        ["actual-not-number", "E10"],
        ["actual-unclear", "E11"],
        ["actual-missing", "E12"],
      ]),
    );
  });
});
