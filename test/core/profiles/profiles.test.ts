import {
  buildTemplate,
  defineProfile,
  PROFILE_SPECS,
  ProfileSet,
  profileTemplateOptions,
  selectableProfiles,
  templateSnapshot,
  type SettingsInput,
  type SheetSnapshot,
} from "../../../src/core";
import { checkWorkbook } from "../../../src/core/engine";
import { indicatorMissingCategory } from "../../../src/core/rules/indicator-missing-category";
import type { RuleContext } from "../../../src/core/rules/types";
import { toA1 } from "../../../src/core/snapshot";
import { cloneProject } from "../../fixtures/seed";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import { ALL_MET, selfEvaluationSheet, withRow } from "../rules/in-year";
import { clearRows, indicator, put, seedTable, type Built } from "../rules/tables";

function check(sheet: SheetBuilder | SheetSnapshot, settings?: SettingsInput) {
  const snap = sheet instanceof SheetBuilder ? sheet.toSnapshot() : sheet;
  return checkWorkbook({ sheets: [snap] }, settings);
}

const noPlan = (b: Built) => clearRows(b, b.t.planRow, b.t.planRow + 1);
/** A unit outside Hebei: no division code 13, no plan. */
const elsewhere = (code: string) => (p: ReturnType<typeof cloneProject>) => (p.code = code);

describe("a profile per table, by evidence", () => {
  it("the seed's tables are Hebei's form", () => {
    const r = check(seedTable(0).sheet);
    expect(r.report.tables.map((t) => t.profile)).toEqual(["hebei"]);
    expect(r.profiles[0].forms.target.spendingPlan).toBe(true);
  });

  it("a Hebei table (division code 13) that lost its plan is still Hebei's: the plan is missing", () => {
    const r = check(seedTable(0, undefined, { after: noPlan }).sheet);
    expect(r.report.tables[0].profile).toBe("hebei");
    expect(r.report.findings.filter((f) => f.rule === "plan-missing").map((f) => [f.cell, f.severity])).toEqual([
      ["B4", "error"],
    ]);
  });

  it("a table from elsewhere without a plan is the central form: no plan is demanded", () => {
    for (const code of ["11010121Y000000012345", ""]) {
      const r = check(seedTable(0, elsewhere(code), { after: noPlan }).sheet);
      expect(r.report.tables[0].profile).toBe("central");
      expect(r.report.findings.filter((f) => f.rule.startsWith("plan-"))).toEqual([]);
      expect(r.report.summary.errors).toBe(0);
    }
  });

  it("a spending plan is evidence of the Hebei form wherever the unit is", () => {
    const r = check(seedTable(0, elsewhere("11010121Y000000012345")).sheet);
    expect(r.report.tables[0].profile).toBe("hebei");
  });

  it("a title names the family: 中央预算内投资, 部门整体支出, 四川", () => {
    const titled = (title: string) =>
      check(seedTable(0, (p) => ((p.title = title), (p.code = "")), { after: noPlan }).sheet).report.tables[0].profile;
    expect(titled("农业绿色发展专项2022年中央预算内投资计划绩效目标表")).toBe("investment");
    expect(titled("部门整体支出绩效目标申报表")).toBe("department");
    expect(titled("四川省部门预算项目绩效目标表")).toBe("sichuan");
    expect(titled("项目支出绩效目标表")).toBe("central");
  });

  it("a project code glued to the name still tells the province (51 四川)", () => {
    const r = check(
      seedTable(0, (p) => ((p.code = ""), (p.name = "51092324T000010263357-2023年全县安可替代补助资金项目")), {
        after: noPlan,
      }).sheet,
    );
    expect(r.report.tables[0].profile).toBe("sichuan");
  });

  it("a self-evaluation scoring 执行率 at 20 is Hubei's; its score uses 20", () => {
    const p = cloneProject(1);
    p.code = "";
    const r = check(selfEvaluationSheet(p, { spent: { value: 98.5, numFmt: "0.00" }, execWeight: 20 }));
    expect(r.report.tables.map((t) => [t.kind, t.profile])).toEqual([["self-evaluation", "hubei"]]);
    expect(r.profiles[0].settings.weights.execution).toBe(20);
  });

  it("the user's choice wins over evidence, for every table", () => {
    const r = check(seedTable(0, undefined, { after: noPlan }).sheet, { profile: "central" });
    expect(r.report.tables[0].profile).toBe("central");
    expect(r.report.findings.filter((f) => f.rule === "plan-missing")).toEqual([]);
    const hebei = check(seedTable(0, elsewhere(""), { after: noPlan }).sheet, { profile: "hebei" });
    expect(hebei.report.findings.filter((f) => f.rule === "plan-missing")).toHaveLength(1);
  });

  it("a chosen profile keeps its plan rules off a form without a plan even when the table has one", () => {
    const r = check(seedTable(0, (p) => (p.plan = [0.1, 0.2, 0.3, 0.9])).sheet, { profile: "central" });
    expect(r.report.findings.filter((f) => f.rule.startsWith("plan-"))).toEqual([]);
    const hebei = check(seedTable(0, (p) => (p.plan = [0.1, 0.2, 0.3, 0.9])).sheet);
    expect(new Set(hebei.report.findings.filter((f) => f.rule.startsWith("plan-")).map((f) => f.rule))).toEqual(
      new Set(["plan-final", "plan-below-time-progress"]),
    );
  });

  it("resolves each profile once per check, whatever the number of tables", () => {
    const b = new SheetBuilder("多表");
    let top = 0;
    for (let i = 0; i < 30; i++) {
      const t = seedTable(i % 3, undefined, { top });
      for (const [k, c] of t.sheet.cells) b.cells.set(k, c);
      b.merges.push(...t.sheet.merges);
      top = t.t.bottom + 3;
    }
    const r = check(b);
    expect(r.report.summary.tables).toBe(30);
    expect(new Set(r.profiles).size).toBe(1);
  });
});

describe("hierarchy placements", () => {
  const satisfactionUnderBenefit = (p: ReturnType<typeof cloneProject>) => {
    p.indicators = p.indicators.filter((it) => it.level1 !== "满意度指标");
    p.indicators.push(indicator("效益指标", "社会效益指标", "群众满意度", "≥90%"));
  };

  it("满意度 under 效益 (older forms) counts as the required 满意度", () => {
    const r = check(seedTable(0, satisfactionUnderBenefit).sheet);
    expect(r.report.findings.filter((f) => f.rule === "indicator-missing-category")).toEqual([]);
  });

  it("a profile that does not accept it still reports it", () => {
    const strict = defineProfile({
      id: "strict",
      name: "严格",
      description: "满意度须为一级指标",
      extends: "hebei",
      hierarchy: { satisfactionUnderBenefit: false },
    });
    const set = new ProfileSet({ profile: "strict" }, [...PROFILE_SPECS, strict]);
    expect(set.get("strict").hierarchy.satisfactionUnderBenefit).toBe(false);
    const r = checkWorkbook(
      { sheets: [seedTable(0, satisfactionUnderBenefit).sheet.toSnapshot()] },
      { profile: "strict" },
      undefined,
      [...PROFILE_SPECS, strict],
    );
    expect(r.report.findings.filter((f) => f.rule === "indicator-missing-category").map((f) => f.message)).toEqual([
      expect.stringContaining("缺少一级指标“满意度指标”"),
    ]);
  });

  it("实施效果指标 › 产出指标 / 效益指标 (中央预算内投资) needs no 满意度 nor 成本", () => {
    // The model as the readers give it for such rows: no known first level, the category one level down.
    const table = check(seedTable(0, (p) => (p.code = ""), { after: noPlan }).sheet).tables[0];
    const rows = table.indicators.slice(0, 2).map((it, i) => ({
      ...it,
      level1Kind: null,
      level1Text: "实施效果指标",
      level2Kind: null,
      level2Text: i === 0 ? "产出指标" : "效益指标",
    }));
    const missing = (id: string) => {
      const found: string[] = [];
      const profile = new ProfileSet({ profile: id }).main;
      const ctx = {
        settings: profile.settings,
        profile,
        report: (d: { data?: Record<string, string | number> }) => found.push(String(d.data?.missing)),
      } as unknown as RuleContext;
      indicatorMissingCategory.check({ ...table, indicators: rows }, ctx);
      return found;
    };
    expect(missing("investment")).toEqual([]);
    expect(missing("central")).toEqual([expect.stringContaining("缺少一级指标“产出指标”、“效益指标”、“满意度指标”")]);
  });
});

describe("qualitative scoring bands as profile data", () => {
  // 达成 twice (是 and 否 answered as expected, weights 12.5 and 30), the rest numeric and met.
  const strict = defineProfile({
    id: "strict-bands",
    name: "定性从严",
    description: "达成按 90% 计，得分须在 90%–100%",
    extends: "central",
    scoring: { bands: { achieved: { min: 90, max: 100, computed: 90 } } },
  });
  const run = (settings: SettingsInput, sheet = selfEvaluationSheet()) =>
    checkWorkbook({ sheets: [sheet] }, settings, undefined, [...PROFILE_SPECS, strict]);

  it("a profile's bands change the computed score", () => {
    const central = run({ profile: "central" }).report.tables[0];
    const strictTable = run({ profile: "strict-bands" }).report.tables[0];
    expect(central.score).toBe(99.77);
    // 12.5 × 90% + 30 × 90%: 4.25 less.
    expect(strictTable.score).toBe(95.52);
  });

  it("and the band an entered score must lie in", () => {
    const sheet = selfEvaluationSheet(1, withRow(ALL_MET, "score", 3, 10.5));
    const out = (settings: SettingsInput) =>
      run(settings, sheet).report.findings.filter((f) => f.rule === "score-out-of-band");
    expect(out({ profile: "central" })).toEqual([]);
    expect(out({ profile: "strict-bands" }).map((f) => f.message)).toEqual([
      expect.stringContaining("得分应在 11.25–12.5 之间（分值 12.5 的 90%–100%），现为 10.5"),
    ]);
    // The user's settings may set them too, over the profile's.
    expect(out({ profile: "strict-bands", bands: { achieved: { min: 80 } } })).toEqual([]);
  });

  it("are checked by the schema", () => {
    expect(() => new ProfileSet({ bands: { achieved: { min: 120 } } })).toThrow(
      "定性指标得分（占分值 %）·达成：最低应在 0 到 100 之间，现为 120",
    );
    expect(() => new ProfileSet({ bands: { partial: { max: 85 } } }).get("central")).toThrow(
      "应满足 未达成 ≤ 部分达成 ≤ 达成",
    );
    expect(() => new ProfileSet({ bands: { failed: { computed: 70 } } }).get("central")).toThrow(
      "每档应满足 最低 ≤ 计算取 ≤ 最高",
    );
    expect(() => new ProfileSet({ blockShare: "half" } as never)).toThrow("分块分值的分配应为 even（均分）或 scores");
  });
});

describe("a family's own category names", () => {
  it("预期产出指标, 效果指标 and 预算(或投资规模)控制指标 (广东) read as 产出, 效益 and 成本", () => {
    const guangdong = (p: ReturnType<typeof cloneProject>) => {
      p.code = "";
      for (const it of p.indicators) {
        if (it.level1 === "产出指标") it.level1 = "预期产出指标";
        if (it.level1 === "效益指标") it.level1 = "效果指标";
        if (it.level2 === "成本指标") it.level2 = "预算(或投资规模)控制指标";
      }
    };
    const r = check(seedTable(0, guangdong, { after: noPlan }).sheet);
    expect(r.report.tables[0].profile).toBe("guangdong");
    const kinds = r.tables[0].indicators.map((it) => [it.level1Text, it.level1Kind, it.level2Kind]);
    expect(kinds).toContainEqual(["预期产出指标", "output", "cost"]);
    expect(kinds).toContainEqual(["效果指标", "benefit", "economic-benefit"]);
    expect(r.report.findings.filter((f) => f.rule === "indicator-missing-category")).toEqual([]);
  });
});

describe("findings keep their structure", () => {
  it("row, col, messageId and data stand beside the cell and the message", () => {
    const r = check(seedTable(0, (p) => (p.plan = [0.25, 0.5, 0.75, 1])).sheet);
    const f = r.report.findings.find((x) => x.rule === "plan-below-time-progress")!;
    expect(f).toMatchObject({ cell: "E7", row: 6, col: 4, messageId: "below" });
    expect(f.data).toEqual({ month: "10月底", value: "75%", progress: "83.3%" });
    expect(f.message).toBe(
      "资金支出计划 10月底 75% 低于序时进度 83.3%。支出安排偏慢，如无特殊原因可调整为不低于 83.3%。",
    );
  });

  it("the marks are placed by those numbers", () => {
    const b = seedTable(0, undefined, { top: 30, left: 27, after: (x) => put(x, x.t.budgetRow, 2, 9) });
    const r = check(b.sheet);
    const f = r.report.findings.find((x) => x.rule === "budget-sum")!;
    expect([f.cell, f.row, f.col]).toEqual([toA1(b.t.budgetRow, 29), b.t.budgetRow, 29]);
    expect(f.row).toBeGreaterThan(30);
  });
});

describe.each(selectableProfiles().map((s) => [s.id] as const))(
  "profile %s: its templates read back as written",
  (id) => {
    const profile = new ProfileSet({ profile: id }).main;
    const opts = profileTemplateOptions(profile);

    it("a blank target table: its form's parts, nothing the form lacks", () => {
      const r = check(templateSnapshot(buildTemplate("target", null, opts)), { profile: id });
      const [t] = r.tables;
      expect([t.kind, r.report.tables[0].profile]).toEqual(["target", id]);
      expect(t.plan !== null).toBe(profile.forms.target.spendingPlan);
      expect(t.funds?.budgetLabel.text).toBe("预算数");
      expect(Object.keys(t.header!.columns).sort()).toEqual(
        ["description", "level1", "level2", "level3", "target", "targetBasis"].sort(),
      );
    });

    it("monitoring and self-evaluation tables made from a target table read back with their kind and weights", () => {
      const source = check(seedTable(1).sheet).tables[0];
      const mon = check(templateSnapshot(buildTemplate("monitoring", source, opts)), { profile: id });
      expect(mon.tables.map((t) => [t.kind, t.indicators.length])).toEqual([["monitoring", 6]]);
      const self = check(templateSnapshot(buildTemplate("self-evaluation", source, opts)), { profile: id });
      expect(self.tables.map((t) => [t.kind, t.indicators.length])).toEqual([["self-evaluation", 6]]);
      expect(self.tables[0].selfEvaluation?.weight?.value).toBe(profile.settings.weights.execution);
      const weights = self.tables[0].indicators.reduce((s, it) => s + Number(it.weight?.value ?? 0), 0);
      expect(Math.round(weights * 100) / 100).toBe(100 - profile.settings.weights.execution);
    });
  },
);
