import {
  DEFAULT_SETTINGS,
  NUMBER_SPECS,
  parseSettingsInput,
  resolveSettings,
  selectableProfiles,
} from "../../src/core";
import { checkWorkbook } from "../../src/core/engine";
import { diffFromDefaults, fromForm, NUMBER_FIELDS, PROFILE_OPTIONS, toForm } from "../../src/taskpane/settings/form";
import { seedWorkbookSnapshot } from "../fixtures/seed";

describe("settings form", () => {
  test("the defaults round-trip to an empty input, so later defaults still apply", () => {
    const { settings, errors } = fromForm(toForm({}));
    expect(errors).toEqual({});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(diffFromDefaults(settings)).toEqual({});
  });

  test("saved input shows in the form and survives a round trip", () => {
    const input = {
      requiredLevel1: ["output" as const, "benefit" as const],
      weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 },
      overTargetNotePercent: null,
      timeProgress: { 6: 45 },
      rules: { "plan-below-time-progress": "off" as const },
    };
    const form = toForm(input);
    expect(form.requiredLevel1).toEqual(["output", "benefit"]);
    expect(form.numbers.wExecution).toBe("20");
    expect(form.numbers.tp6).toBe("45");
    expect(form.overTargetEnabled).toBe(false);
    const { settings, errors } = fromForm(form, input);
    expect(errors).toEqual({});
    expect(settings).toEqual(resolveSettings(input));
    expect(diffFromDefaults(settings)).toEqual({
      requiredLevel1: ["output", "benefit"],
      weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 },
      overTargetNotePercent: null,
      timeProgress: { ...DEFAULT_SETTINGS.timeProgress, 6: 45 },
      rules: { "plan-below-time-progress": "off" },
    });
  });

  test("edits become settings; checkbox order does not matter", () => {
    const form = toForm({});
    form.numbers.lightRed = "50";
    form.numbers.scoreTolerance = "0.5";
    form.requiredOutputLevel2 = ["timeliness", "quantity"];
    const { settings, errors } = fromForm(form);
    expect(errors).toEqual({});
    expect(settings.lights.red).toBe(50);
    expect(settings.scoreTolerance).toBe(0.5);
    expect(settings.requiredOutputLevel2).toEqual(["quantity", "timeliness"]);
  });

  test("invalid numbers and inconsistent groups are reported in Chinese", () => {
    const form = toForm({});
    form.numbers.tp3 = "";
    form.numbers.gPass = "120";
    form.numbers.wOutput = "60";
    form.numbers.lightYellow = "50";
    form.numbers.spendRed = "abc";
    const { errors } = fromForm(form);
    expect(errors.tp3).toBe("请输入数字");
    expect(errors.gPass).toBe("应在 0 到 100 之间");
    expect(errors.weights).toBe("四项分值之和应为 100，现为 110");
    expect(errors.lights).toBe("应满足 红灯 ≤ 黄灯 < 蓝灯");
    expect(errors.spendRed).toBe("请输入数字");
    expect(errors.spendLights).toBeUndefined();
    expect(errors.grades).toBeUndefined();
  });

  test("qualitative bands and the block share are edited and checked as the engine checks them", () => {
    const form = toForm({ profile: "hubei" });
    expect(form.blockShare).toBe("scores");
    expect(form.numbers.bAchievedMin).toBe("80");
    form.blockShare = "even";
    form.numbers.bAchievedComputed = "90";
    const { input, errors } = fromForm(form, { profile: "hubei" });
    expect(errors).toEqual({});
    expect(input).toEqual({
      profile: "hubei",
      blockShare: "even",
      bands: { ...DEFAULT_SETTINGS.bands, achieved: { min: 80, max: 100, computed: 90 } },
    });
    expect(resolveSettings(input).bands.achieved.computed).toBe(90);
    form.numbers.bPartialMax = "85";
    expect(fromForm(form).errors.bands).toBe("应满足 未达成 ≤ 部分达成 ≤ 达成");
    form.numbers.bPartialMax = "abc";
    expect(fromForm(form).errors).toEqual({ bPartialMax: "请输入数字" });
  });

  test("a disabled over-target note ignores its number", () => {
    const form = toForm({});
    form.overTargetEnabled = false;
    form.numbers.overTarget = "not a number";
    const { settings, errors } = fromForm(form);
    expect(errors).toEqual({});
    expect(settings.overTargetNotePercent).toBeNull();
  });

  test("labels and bounds are the schema's", () => {
    expect(NUMBER_FIELDS.lightRed).toMatchObject({ label: NUMBER_SPECS["lights.red"].label, min: 0, max: 1000 });
    expect(NUMBER_FIELDS.overAchievement).toMatchObject({ min: NUMBER_SPECS.overAchievementPercent.min, max: 1000 });
    expect(NUMBER_FIELDS.tp6).toMatchObject({ label: "6月底", min: 0, max: 100 });
    // What the form accepts, the engine accepts: the bounds are the same numbers.
    const form = toForm({});
    form.numbers.lightBlue = "1000";
    form.numbers.overAchievement = "100";
    const { input, errors } = fromForm(form);
    expect(errors).toEqual({});
    expect(() => parseSettingsInput(input)).not.toThrow();
  });

  test("offers automatic choice and every profile", () => {
    expect(PROFILE_OPTIONS[0]).toMatchObject({ value: "", label: "按表的内容自动判断" });
    expect(PROFILE_OPTIONS.slice(1).map((o) => o.value)).toEqual(selectableProfiles().map((p) => p.id));
    expect(toForm({}).profile).toBe("");
  });

  test("a chosen profile shows its defaults and is saved with only what differs from them", () => {
    const form = toForm({ profile: "hubei" });
    expect(form.profile).toBe("hubei");
    expect(form.numbers.wExecution).toBe("20");
    expect(form.numbers.wOutput).toBe("40");
    form.numbers.gPass = "65";
    const { errors, input } = fromForm(form, { profile: "hubei" });
    expect(errors).toEqual({});
    expect(input).toEqual({ profile: "hubei", grades: { excellent: 90, good: 80, pass: 65 } });
    // Saved and read back by the engine: every table checked by that profile.
    const r = checkWorkbook(seedWorkbookSnapshot(), input);
    expect(new Set(r.report.tables.map((t) => t.profile))).toEqual(new Set(["hubei"]));
    expect(r.profiles[0].settings.grades.pass).toBe(65);
    expect(diffFromDefaults(resolveSettings({}, r.profiles[0].settings), "hubei")).toEqual({
      profile: "hubei",
      grades: { excellent: 90, good: 80, pass: 65 },
    });
  });

  test("switching back to automatic saves no profile", () => {
    const form = toForm({ profile: "central" });
    form.profile = "";
    expect(fromForm(form).input).toEqual({});
  });
});
