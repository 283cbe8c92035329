import {
  ProfileSet,
  parseSettingsInput,
  resolveSettings,
  SettingsError,
  showSetting,
  DEFAULT_SETTINGS,
  type SettingsInput,
} from "../../../src/core";
import { checkWorkbook } from "../../../src/core/engine";
import { seedWorkbookSnapshot } from "../../fixtures/seed";

function problems(input: unknown): string[] {
  try {
    parseSettingsInput(input);
  } catch (e) {
    if (e instanceof SettingsError) return e.problems;
    throw e;
  }
  return [];
}

describe("the settings schema", () => {
  it("accepts what the pane saves, partial groups included", () => {
    const input = {
      profile: "central",
      requiredLevel1: ["output", "benefit"],
      timeProgress: { 6: 45 },
      lights: { red: 50 },
      overTargetNotePercent: null,
      weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 },
      rules: { "plan-below-time-progress": "off", "basis-empty": "info" },
    };
    expect(problems(input)).toEqual([]);
    const s = resolveSettings(input as SettingsInput);
    expect(s.lights).toEqual({ red: 50, yellow: 80, blue: 120 });
    expect(s.timeProgress).toEqual({ 3: 25, 6: 45, 10: 83.3, 12: 100 });
    expect(s.overTargetNotePercent).toBeNull();
    expect(problems(null)).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it("drops keys it does not know (a newer add-in's), keeps the rest", () => {
    expect(resolveSettings({ future: 1, scoreTolerance: 0.5 } as never).scoreTolerance).toBe(0.5);
  });

  it.each([
    [{ lights: { red: 2000 } }, "指标亮灯（完成进度，%）·红灯：低于应在 0 到 1000 之间，现为 2000"],
    [{ weights: { execution: "十" } }, "自评分值·预算执行率应为数字，现为 “十”"],
    [{ timeProgress: { 13: 50 } }, "序时进度的月份应为 1 到 12，现为 “13”"],
    [{ timeProgress: { 6: 150 } }, "序时进度应在 0 到 100 之间，现为 150"],
    [{ requiredLevel1: ["output", "效益"] }, "必需的一级指标中有未知的类别 “效益”"],
    [
      { rules: { "budget-sum": "fatal" } },
      "规则级别应为 error（错误）、warning（警告）、info（提示）或 off（关闭），现为 “fatal”",
    ],
    [{ overAchievementPercent: 50 }, "超额完成·实际值达到目标值的（视为超额完成）应在 100 到 1000 之间，现为 50"],
    [{ scoreTolerance: Number.NaN }, "自评得分·得分允许误差（分）应为数字"],
    ["{not json", "设置应为对象，现为 “{not json”"],
  ])("rejects %j in Chinese", (input, message) => {
    const p = problems(input);
    expect(p).toHaveLength(1);
    expect(p[0]).toContain(message);
  });

  it("lists every problem at once, and the error says how to fix it", () => {
    expect(() => resolveSettings({ lights: { red: -1 }, grades: { pass: 101 } })).toThrow(
      /^设置有误：指标亮灯.*红灯.*；自评等级线·中：不低于应在 0 到 100 之间，现为 101。请在“设置”中改正/,
    );
  });

  it("checks the groups that must agree once resolved with the table's profile", () => {
    const set = new ProfileSet({ weights: { execution: 20 } });
    // 20 + 50 + 30 + 10 under the central defaults; Hubei's own execution share is 20 with 40 for 产出.
    expect(() => set.get("central")).toThrow("自评分值：四项分值之和应为 100，现为 110");
    expect(set.get("hubei").settings.weights).toEqual({ execution: 20, output: 40, benefit: 30, satisfaction: 10 });
    expect(() => new ProfileSet({ lights: { red: 90 } }).get("central")).toThrow("应满足 红灯 ≤ 黄灯 < 蓝灯");
  });

  it("names an unknown profile and lists the ones there are", () => {
    expect(() => new ProfileSet({ profile: "shanghai" })).toThrow(
      /没有名为“shanghai”的表格式，可选：central（中央.*hebei（河北（预算一体化））/,
    );
    // The shared base is not a form anyone fills in.
    expect(() => new ProfileSet({ profile: "base" })).toThrow("没有名为“base”的表格式");
  });

  it("is what the engine checks with: a bad value stops the check, never a silent default", () => {
    expect(() => checkWorkbook(seedWorkbookSnapshot(), { lights: { yellow: "高" } } as never)).toThrow(SettingsError);
    expect(() => checkWorkbook(seedWorkbookSnapshot(), { profile: "nowhere" })).toThrow("没有名为“nowhere”的表格式");
  });

  it("shows each setting as users read it", () => {
    expect(showSetting("timeProgress", DEFAULT_SETTINGS.timeProgress)).toBe(
      "3月底 25%、6月底 50%、10月底 83.3%、12月底 100%",
    );
    expect(showSetting("requiredLevel1", ["output", "cost"])).toBe("产出指标、成本指标");
    expect(showSetting("lights", DEFAULT_SETTINGS.lights)).toBe("红灯 <60%、黄灯 <80%、蓝灯 ≥120%");
    expect(showSetting("overTargetNotePercent", null)).toBe("不要求");
    expect(showSetting("bands", DEFAULT_SETTINGS.bands)).toBe(
      "达成 80–100%（取值 100%）、部分达成 60–80%（取值 70%）、未达成 0–60%（取值 0%）",
    );
    expect(showSetting("blockShare", "even")).toBe("均分");
  });
});
