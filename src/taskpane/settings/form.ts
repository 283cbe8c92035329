import { DEFAULT_SETTINGS, resolveSettings, type Settings, type SettingsInput, type Severity } from "../../core";
import { LEVEL1_NAMES, LEVEL2_NAMES, type Level1, type Level2 } from "../../core/categories";

/** The settings view's editable state: numbers as typed, so that a half-typed value is not lost. */
export interface SettingsForm {
  requiredLevel1: Level1[];
  requiredOutputLevel2: Level2[];
  numbers: Record<NumberKey, string>;
  /** Off means no deviation note is required for over-target indicators (overTargetNotePercent null). */
  overTargetEnabled: boolean;
  rules: Record<string, Severity | "off">;
}

export const LEVEL1_OPTIONS: { value: Level1; label: string }[] = (
  ["output", "benefit", "satisfaction", "cost"] as const
).map((value) => ({ value, label: LEVEL1_NAMES[value] }));

/** The second-level categories of 产出指标 a settings file can require. */
export const OUTPUT_LEVEL2_OPTIONS: { value: Level2; label: string }[] = (
  ["quantity", "quality", "timeliness", "cost"] as const
).map((value) => ({ value, label: LEVEL2_NAMES[value] }));

interface NumberField {
  label: string;
  min: number;
  max: number;
  get(s: Settings): number;
  set(s: Settings, v: number): void;
}

/** Every numeric setting the view edits, with its Chinese label and its allowed range. */
export const NUMBER_FIELDS = {
  tp3: tp(3),
  tp6: tp(6),
  tp10: tp(10),
  tp12: tp(12),
  lightRed: field(
    "红灯：低于",
    0,
    1000,
    (s) => s.lights.red,
    (s, v) => (s.lights.red = v),
  ),
  lightYellow: field(
    "黄灯：低于",
    0,
    1000,
    (s) => s.lights.yellow,
    (s, v) => (s.lights.yellow = v),
  ),
  lightBlue: field(
    "蓝灯：不低于",
    0,
    1000,
    (s) => s.lights.blue,
    (s, v) => (s.lights.blue = v),
  ),
  spendRed: field(
    "红灯：低于",
    0,
    1000,
    (s) => s.spendLights.red,
    (s, v) => (s.spendLights.red = v),
  ),
  spendYellow: field(
    "黄灯：低于",
    0,
    1000,
    (s) => s.spendLights.yellow,
    (s, v) => (s.spendLights.yellow = v),
  ),
  overTarget: field(
    "超过目标值的百分比",
    0,
    1000,
    (s) => s.overTargetNotePercent ?? DEFAULT_SETTINGS.overTargetNotePercent ?? 15,
    (s, v) => (s.overTargetNotePercent = v),
  ),
  wExecution: field(
    "预算执行率",
    0,
    100,
    (s) => s.weights.execution,
    (s, v) => (s.weights.execution = v),
  ),
  wOutput: field(
    LEVEL1_NAMES.output,
    0,
    100,
    (s) => s.weights.output,
    (s, v) => (s.weights.output = v),
  ),
  wBenefit: field(
    LEVEL1_NAMES.benefit,
    0,
    100,
    (s) => s.weights.benefit,
    (s, v) => (s.weights.benefit = v),
  ),
  wSatisfaction: field(
    LEVEL1_NAMES.satisfaction,
    0,
    100,
    (s) => s.weights.satisfaction,
    (s, v) => (s.weights.satisfaction = v),
  ),
  gExcellent: field(
    "优：不低于",
    0,
    100,
    (s) => s.grades.excellent,
    (s, v) => (s.grades.excellent = v),
  ),
  gGood: field(
    "良：不低于",
    0,
    100,
    (s) => s.grades.good,
    (s, v) => (s.grades.good = v),
  ),
  gPass: field(
    "中：不低于",
    0,
    100,
    (s) => s.grades.pass,
    (s, v) => (s.grades.pass = v),
  ),
  overAchievement: field(
    "实际值达到目标值的（视为超额完成）",
    100,
    1000,
    (s) => s.overAchievementPercent,
    (s, v) => (s.overAchievementPercent = v),
  ),
  scoreTolerance: field(
    "得分允许误差（分）",
    0,
    10,
    (s) => s.scoreTolerance,
    (s, v) => (s.scoreTolerance = v),
  ),
} satisfies Record<string, NumberField>;

export type NumberKey = keyof typeof NUMBER_FIELDS;

function field(label: string, min: number, max: number, get: NumberField["get"], set: NumberField["set"]): NumberField {
  return { label, min, max, get, set };
}

function tp(month: number): NumberField {
  return field(
    `${month}月底`,
    0,
    100,
    (s) => s.timeProgress[month] ?? Math.round((month / 12) * 1000) / 10,
    (s, v) => (s.timeProgress[month] = v),
  );
}

const KEYS = Object.keys(NUMBER_FIELDS) as NumberKey[];

export function toForm(input: SettingsInput | null | undefined): SettingsForm {
  const s = resolveSettings(input);
  const numbers = {} as Record<NumberKey, string>;
  for (const k of KEYS) numbers[k] = String(NUMBER_FIELDS[k].get(s));
  return {
    requiredLevel1: [...s.requiredLevel1],
    requiredOutputLevel2: [...s.requiredOutputLevel2],
    numbers,
    overTargetEnabled: s.overTargetNotePercent !== null,
    rules: { ...s.rules },
  };
}

export type FormErrors = Partial<Record<NumberKey | "weights" | "lights" | "spendLights" | "grades", string>>;

/** The settings the form describes, or the Chinese reason each invalid field is invalid. */
export function fromForm(form: SettingsForm, base?: SettingsInput | null): { settings: Settings; errors: FormErrors } {
  const s = resolveSettings(base);
  const errors: FormErrors = {};
  for (const k of KEYS) {
    if (k === "overTarget" && !form.overTargetEnabled) continue;
    const f = NUMBER_FIELDS[k];
    const text = form.numbers[k].trim();
    const v = Number(text);
    if (text === "" || !Number.isFinite(v)) errors[k] = "请输入数字";
    else if (v < f.min || v > f.max) errors[k] = `应在 ${f.min} 到 ${f.max} 之间`;
    else f.set(s, v);
  }
  if (!form.overTargetEnabled) s.overTargetNotePercent = null;
  s.requiredLevel1 = LEVEL1_OPTIONS.map((o) => o.value).filter((v) => form.requiredLevel1.includes(v));
  s.requiredOutputLevel2 = OUTPUT_LEVEL2_OPTIONS.map((o) => o.value).filter((v) =>
    form.requiredOutputLevel2.includes(v),
  );
  s.rules = { ...form.rules };

  const has = (...keys: NumberKey[]) => keys.every((k) => !errors[k]);
  if (has("wExecution", "wOutput", "wBenefit", "wSatisfaction")) {
    const w = s.weights;
    const sum = Math.round((w.execution + w.output + w.benefit + w.satisfaction) * 100) / 100;
    if (sum !== 100) errors.weights = `四项分值之和应为 100，现为 ${sum}`;
  }
  if (
    has("lightRed", "lightYellow", "lightBlue") &&
    !(s.lights.red <= s.lights.yellow && s.lights.yellow < s.lights.blue)
  ) {
    errors.lights = "应满足 红灯 ≤ 黄灯 < 蓝灯";
  }
  if (has("spendRed", "spendYellow") && s.spendLights.red > s.spendLights.yellow) {
    errors.spendLights = "应满足 红灯 ≤ 黄灯";
  }
  if (has("gExcellent", "gGood", "gPass") && !(s.grades.pass <= s.grades.good && s.grades.good <= s.grades.excellent)) {
    errors.grades = "应满足 中 ≤ 良 ≤ 优";
  }
  return { settings: s, errors };
}

/** What to keep with the workbook: only what differs from the defaults, so later defaults still apply. */
export function diffFromDefaults(s: Settings): SettingsInput {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key === "rules") {
      if (Object.keys(s.rules).length > 0) out.rules = { ...s.rules };
    } else if (JSON.stringify(s[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) {
      out[key] = s[key];
    }
  }
  return out as SettingsInput;
}
