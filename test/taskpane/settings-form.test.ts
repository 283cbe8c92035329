import { DEFAULT_SETTINGS, resolveSettings } from "../../src/core";
import { diffFromDefaults, fromForm, toForm } from "../../src/taskpane/settings/form";

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

  test("a disabled over-target note ignores its number", () => {
    const form = toForm({});
    form.overTargetEnabled = false;
    form.numbers.overTarget = "not a number";
    const { settings, errors } = fromForm(form);
    expect(errors).toEqual({});
    expect(settings.overTargetNotePercent).toBeNull();
  });
});
