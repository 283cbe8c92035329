import { checkWorkbook } from "../../../src/core/engine";
import { planWrites } from "../../../src/core/plan";
import { awaitingInput } from "../../../src/core/rules/awaiting-input";
import { buildTemplate, templateSnapshot, TEMPLATE_KINDS } from "../../../src/core/templates";
import { timeProgressAt, resolveSettings } from "../../../src/core/settings";
import { SEED_PROJECTS } from "../../fixtures/seed";
import { findingsOf, ruleTester } from "../../support/rule-tester";
import { ALL_MET, monitoringSheet, ON_TRACK, seedTarget, selfEvaluationSheet } from "./in-year";

const blank = (kind: (typeof TEMPLATE_KINDS)[number]) => templateSnapshot(buildTemplate(kind));

/** The blank target template with its 项目名称 (E3) typed in: the user has started, the rules apply. */
function namedTarget() {
  const s = blank("target");
  s.values[2][4] = "办公设备购置";
  s.text![2][4] = "办公设备购置";
  return s;
}

ruleTester(awaitingInput, {
  valid: [
    { name: "target, its name typed in", sheet: namedTarget() },
    { name: "monitoring, filled in", sheet: monitoringSheet() },
    { name: "monitoring, only the spending entered so far", sheet: monitoringSheet(1, { spend: [25.2, 50.4] }) },
    { name: "self-evaluation, filled in", sheet: selfEvaluationSheet() },
    { name: "self-evaluation, only 全年执行数 entered", sheet: selfEvaluationSheet(1, { spent: ALL_MET.spent }) },
  ],
  invalid: [
    {
      name: "a blank target template: project, budget and the first indicator row",
      sheet: blank("target"),
      errors: [
        { cell: "E3", severity: "info", message: "待填写：项目编码和项目名称" },
        { cell: "C4", severity: "info", message: "待填写：预算数" },
        { cell: "C10", severity: "info", message: "待填写：绩效指标" },
      ],
    },
    {
      name: "a monitoring sheet prefilled from its target, nothing entered",
      sheet: monitoringSheet(1, {}),
      errors: [
        { cell: "C6", severity: "info", message: "待填写：截至6月底的实际累计支出" },
        { cell: "E8", severity: "info", message: "待填写：6 个指标的“当前完成值”" },
      ],
    },
    {
      name: "a self-evaluation sheet prefilled from its target, nothing entered",
      sheet: selfEvaluationSheet(1, {}),
      errors: [
        { cell: "F6", severity: "info", message: "待填写：全年执行数" },
        { cell: "F13", severity: "info", message: "待填写：6 个指标的“实际完成值”" },
      ],
    },
  ],
});

describe("every template passes its own check", () => {
  const cases = TEMPLATE_KINDS.flatMap((kind) => [
    [`blank ${kind}`, kind, null] as const,
    ...(kind === "target" ? [] : SEED_PROJECTS.map((p, i) => [`${kind} from ${p.name}`, kind, seedTarget(i)] as const)),
  ]);

  it.each(cases)("%s: only 待填写 notices, no light, no score", (_name, kind, source) => {
    const result = checkWorkbook({ sheets: [templateSnapshot(buildTemplate(kind, source))] });
    const { findings, tables } = result.report;
    expect(tables).toHaveLength(1);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatchObject({ rule: "awaiting-input", severity: "info" });
      expect(f.message).toMatch(/^待填写：/);
    }
    expect(tables[0]).not.toHaveProperty("score");
    expect(tables[0]).not.toHaveProperty("light");
    const plan = planWrites(result);
    expect(plan.writes).toEqual([]);
    // The table's row in the summary: its first cell links to the sheet.
    const outcome = plan.summary.rows.find((r) => r[0]?.link)?.[8]?.value;
    expect(outcome).toBe(kind === "self-evaluation" ? "待填写，未评分" : "待填写");
    expect(JSON.stringify(plan.summary.rows)).not.toContain("（差）");
  });

  it("checks a target again once its name is typed in: the budget and the indicators are errors", () => {
    const rules = findingsOf("budget-sum", namedTarget()).concat(findingsOf("table-unreadable", namedTarget()));
    expect(rules.map((f) => f.severity)).toEqual(["error", "error"]);
  });

  it("checks a table again once anything is entered", () => {
    const spendOnly = monitoringSheet(1, { spend: ON_TRACK.spend });
    expect(findingsOf("actual-missing", spendOnly).map((f) => f.severity)).toContain("error");
    expect(findingsOf(awaitingInput, spendOnly)).toEqual([]);
  });

  it("starts the target's spending plan at the settings' 序时进度, so the plan agrees with its check", () => {
    const timeProgress = { 3: 20, 6: 45, 10: 75, 12: 100 };
    const settings = resolveSettings({ timeProgress });
    const t = buildTemplate("target", null, { timeProgress: settings.timeProgress });
    const plan = checkWorkbook({ sheets: [templateSnapshot(t)] }, settings).tables[0].plan!;
    expect(plan.checkpoints.map((c) => c.plannedPercent)).toEqual(
      plan.checkpoints.map((c) => timeProgressAt(settings, c.month)),
    );
    expect(plan.checkpoints.map((c) => c.plannedPercent)).toEqual([20, 45, 75, 100]);
  });
});
