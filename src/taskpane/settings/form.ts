import {
  consistencyErrors,
  type ConsistencyKey,
  DEFAULT_SETTINGS,
  NUMBER_SPECS,
  ProfileSet,
  resolveSettings,
  selectableProfiles,
  type NumberPath,
  type Band,
  type QualitativeLevel,
  type Settings,
  type SettingsInput,
  type Severity,
} from "../../core";
import { LEVEL1_NAMES, LEVEL2_NAMES, type Level1, type Level2 } from "../../core/categories";

/** The settings view's editable state: numbers as typed, so that a half-typed value is not lost. */
export interface SettingsForm {
  /** The chosen profile id (PROFILE_OPTIONS), "" or absent for the engine's pick per table. */
  profile?: string;
  requiredLevel1: Level1[];
  requiredOutputLevel2: Level2[];
  numbers: Record<NumberKey, string>;
  /** Off means no deviation note is required for over-target indicators (overTargetNotePercent null). */
  overTargetEnabled: boolean;
  /** How a weighted block is shared among indicators without their own 分值 (Settings.blockShare). */
  blockShare: Settings["blockShare"];
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

/** A field of the schema (src/core/profiles/schema.ts): its label and bounds are the engine's. */
function field(path: NumberPath, get: NumberField["get"], set: NumberField["set"], label?: string): NumberField {
  const spec = NUMBER_SPECS[path];
  return { label: label ?? spec.label, min: spec.min, max: spec.max, get, set };
}

function band(level: QualitativeLevel, key: keyof Band): NumberField {
  return field(
    `bands.${level}.${key}`,
    (s) => s.bands[level][key],
    (s, v) => (s.bands[level][key] = v),
  );
}

function tp(month: number): NumberField {
  return field(
    "timeProgress",
    (s) => s.timeProgress[month] ?? Math.round((month / 12) * 1000) / 10,
    (s, v) => (s.timeProgress[month] = v),
    `${month}月底`,
  );
}

/** Every numeric setting the view edits, with its Chinese label and its allowed range (from the schema). */
export const NUMBER_FIELDS = {
  tp3: tp(3),
  tp6: tp(6),
  tp10: tp(10),
  tp12: tp(12),
  lightRed: field(
    "lights.red",
    (s) => s.lights.red,
    (s, v) => (s.lights.red = v),
  ),
  lightYellow: field(
    "lights.yellow",
    (s) => s.lights.yellow,
    (s, v) => (s.lights.yellow = v),
  ),
  lightBlue: field(
    "lights.blue",
    (s) => s.lights.blue,
    (s, v) => (s.lights.blue = v),
  ),
  spendRed: field(
    "spendLights.red",
    (s) => s.spendLights.red,
    (s, v) => (s.spendLights.red = v),
  ),
  spendYellow: field(
    "spendLights.yellow",
    (s) => s.spendLights.yellow,
    (s, v) => (s.spendLights.yellow = v),
  ),
  overTarget: field(
    "overTargetNotePercent",
    (s) => s.overTargetNotePercent ?? DEFAULT_SETTINGS.overTargetNotePercent ?? 15,
    (s, v) => (s.overTargetNotePercent = v),
  ),
  wExecution: field(
    "weights.execution",
    (s) => s.weights.execution,
    (s, v) => (s.weights.execution = v),
  ),
  wOutput: field(
    "weights.output",
    (s) => s.weights.output,
    (s, v) => (s.weights.output = v),
  ),
  wBenefit: field(
    "weights.benefit",
    (s) => s.weights.benefit,
    (s, v) => (s.weights.benefit = v),
  ),
  wSatisfaction: field(
    "weights.satisfaction",
    (s) => s.weights.satisfaction,
    (s, v) => (s.weights.satisfaction = v),
  ),
  bAchievedMin: band("achieved", "min"),
  bAchievedMax: band("achieved", "max"),
  bAchievedComputed: band("achieved", "computed"),
  bPartialMin: band("partial", "min"),
  bPartialMax: band("partial", "max"),
  bPartialComputed: band("partial", "computed"),
  bFailedMin: band("failed", "min"),
  bFailedMax: band("failed", "max"),
  bFailedComputed: band("failed", "computed"),
  gExcellent: field(
    "grades.excellent",
    (s) => s.grades.excellent,
    (s, v) => (s.grades.excellent = v),
  ),
  gGood: field(
    "grades.good",
    (s) => s.grades.good,
    (s, v) => (s.grades.good = v),
  ),
  gPass: field(
    "grades.pass",
    (s) => s.grades.pass,
    (s, v) => (s.grades.pass = v),
  ),
  overAchievement: field(
    "overAchievementPercent",
    (s) => s.overAchievementPercent,
    (s, v) => (s.overAchievementPercent = v),
  ),
  scoreTolerance: field(
    "scoreTolerance",
    (s) => s.scoreTolerance,
    (s, v) => (s.scoreTolerance = v),
  ),
  executionReason: field(
    "executionReasonPercent",
    (s) => s.executionReasonPercent,
    (s, v) => (s.executionReasonPercent = v),
  ),
} satisfies Record<string, NumberField>;

export type NumberKey = keyof typeof NUMBER_FIELDS;

/** The form family chooser: "" leaves the choice to the engine, table by table. */
export const PROFILE_OPTIONS: { value: string; label: string; description: string }[] = [
  { value: "", label: "按表的内容自动判断", description: "每张表按其格式检查（如有资金支出计划的按河北格式）" },
  ...selectableProfiles().map((p) => ({ value: p.id, label: p.name, description: p.description })),
];

/** The defaults the form starts from and saves against: the chosen profile's, or the common ones. */
export function profileDefaults(profile: string): Settings {
  return profile ? new ProfileSet(null).get(profile).settings : DEFAULT_SETTINGS;
}

const KEYS = Object.keys(NUMBER_FIELDS) as NumberKey[];

/** The qualitative bands' fields, by level: 达成, 部分达成, 未达成 (each 最低, 最高, 计算取). */
export const BAND_KEYS = [
  "bAchievedMin",
  "bAchievedMax",
  "bAchievedComputed",
  "bPartialMin",
  "bPartialMax",
  "bPartialComputed",
  "bFailedMin",
  "bFailedMax",
  "bFailedComputed",
] as const satisfies readonly NumberKey[];

/** The form for saved settings, shown over the defaults of the profile they choose. */
export function toForm(input: SettingsInput | null | undefined): SettingsForm {
  const profile = input?.profile ?? "";
  const s = resolveSettings(input, profileDefaults(profile));
  const numbers = {} as Record<NumberKey, string>;
  for (const k of KEYS) numbers[k] = String(NUMBER_FIELDS[k].get(s));
  return {
    profile,
    requiredLevel1: [...s.requiredLevel1],
    requiredOutputLevel2: [...s.requiredOutputLevel2],
    numbers,
    overTargetEnabled: s.overTargetNotePercent !== null,
    blockShare: s.blockShare,
    rules: { ...s.rules },
  };
}

export type FormErrors = Partial<Record<NumberKey | ConsistencyKey, string>>;

/**
 * The settings the form describes, or the Chinese reason each invalid field is invalid; `input` is
 * what to save with the workbook (what differs from the chosen profile's defaults, and the choice).
 */
export function fromForm(
  form: SettingsForm,
  base?: SettingsInput | null,
): { settings: Settings; errors: FormErrors; input: SettingsInput } {
  const profile = form.profile ?? "";
  const s = resolveSettings({ ...base, profile: undefined }, profileDefaults(profile));
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
  if (form.blockShare) s.blockShare = form.blockShare;

  // The groups that must agree, judged by the engine's own check, where their fields are numbers.
  const has = (...keys: NumberKey[]) => keys.every((k) => !errors[k]);
  const groups = consistencyErrors(s);
  if (has("wExecution", "wOutput", "wBenefit", "wSatisfaction") && groups.weights) errors.weights = groups.weights;
  if (has("lightRed", "lightYellow", "lightBlue") && groups.lights) errors.lights = groups.lights;
  if (has("spendRed", "spendYellow") && groups.spendLights) errors.spendLights = groups.spendLights;
  if (has("gExcellent", "gGood", "gPass") && groups.grades) errors.grades = groups.grades;
  if (has(...BAND_KEYS) && groups.bands) errors.bands = groups.bands;
  return { settings: s, errors, input: diffFromDefaults(s, profile) };
}

/**
 * What to keep with the workbook: only what differs from the defaults (the chosen profile's), so
 * later defaults still apply; and the chosen profile.
 */
export function diffFromDefaults(s: Settings, profile = ""): SettingsInput {
  const defaults = profileDefaults(profile);
  const out: Record<string, unknown> = {};
  if (profile) out.profile = profile;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key === "rules") {
      const rules = Object.fromEntries(Object.entries(s.rules).filter(([id, v]) => defaults.rules[id] !== v));
      if (Object.keys(rules).length > 0) out.rules = rules;
    } else if (JSON.stringify(s[key]) !== JSON.stringify(defaults[key])) {
      out[key] = s[key];
    }
  }
  return out as SettingsInput;
}
