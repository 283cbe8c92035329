/**
 * One schema for the settings a profile sets and a user overrides (valibot): the engine validates
 * with it, the pane's form takes its fields, bounds and Chinese labels from it, and a bad value is
 * a Chinese message naming the field, never a silent default.
 */
import * as v from "valibot";
import { LEVEL1_NAMES, LEVEL2_NAMES, type Level1, type Level2 } from "../categories";
import type { Band, Settings, SettingsInput } from "../settings";

/** A numeric setting: the section it sits in, its own label, its bounds. */
export interface NumberSpec {
  section: string;
  label: string;
  min: number;
  max: number;
}

function spec(section: string, label: string, min: number, max: number): NumberSpec {
  return { section, label, min, max };
}

const TIME = "序时进度（%）";
const LIGHTS = "指标亮灯（完成进度，%）";
const SPEND = "资金支出亮灯（%）";
const WEIGHTS = "自评分值";
const GRADES = "自评等级线";
const BANDS = "定性指标得分（占分值 %）";

/** Every numeric setting, by its path in Settings; the months of 序时进度 share one spec. */
export const NUMBER_SPECS = {
  timeProgress: spec(TIME, "累计序时进度", 0, 100),
  "lights.red": spec(LIGHTS, "红灯：低于", 0, 1000),
  "lights.yellow": spec(LIGHTS, "黄灯：低于", 0, 1000),
  "lights.blue": spec(LIGHTS, "蓝灯：不低于", 0, 1000),
  "spendLights.red": spec(SPEND, "红灯：低于", 0, 1000),
  "spendLights.yellow": spec(SPEND, "黄灯：低于", 0, 1000),
  overTargetNotePercent: spec("偏差说明", "超过目标值的百分比", 0, 1000),
  "weights.execution": spec(WEIGHTS, "预算执行率", 0, 100),
  "weights.output": spec(WEIGHTS, LEVEL1_NAMES.output, 0, 100),
  "weights.benefit": spec(WEIGHTS, LEVEL1_NAMES.benefit, 0, 100),
  "weights.satisfaction": spec(WEIGHTS, LEVEL1_NAMES.satisfaction, 0, 100),
  "bands.achieved.min": spec(BANDS, "达成：最低", 0, 100),
  "bands.achieved.max": spec(BANDS, "达成：最高", 0, 100),
  "bands.achieved.computed": spec(BANDS, "达成：取值", 0, 100),
  "bands.partial.min": spec(BANDS, "部分达成：最低", 0, 100),
  "bands.partial.max": spec(BANDS, "部分达成：最高", 0, 100),
  "bands.partial.computed": spec(BANDS, "部分达成：取值", 0, 100),
  "bands.failed.min": spec(BANDS, "未达成：最低", 0, 100),
  "bands.failed.max": spec(BANDS, "未达成：最高", 0, 100),
  "bands.failed.computed": spec(BANDS, "未达成：取值", 0, 100),
  "grades.excellent": spec(GRADES, "优：不低于", 0, 100),
  "grades.good": spec(GRADES, "良：不低于", 0, 100),
  "grades.pass": spec(GRADES, "中：不低于", 0, 100),
  overAchievementPercent: spec("超额完成", "实际值达到目标值的（视为超额完成）", 100, 1000),
  scoreTolerance: spec("自评得分", "得分允许误差（分）", 0, 10),
  executionReasonPercent: spec("自评得分", "预算执行率低于此值须说明原因（%）", 0, 100),
} satisfies Record<string, NumberSpec>;

export type NumberPath = keyof typeof NUMBER_SPECS;

/** Each setting's Chinese name (for `rules --profile`, messages and the pane). */
export const SETTING_NAMES: Record<Exclude<keyof Settings, "rules">, string> = {
  requiredLevel1: "必需的一级指标",
  requiredOutputLevel2: "产出指标下必需的二级指标",
  timeProgress: "序时进度（%）",
  lights: "指标亮灯（完成进度 %：红灯低于、黄灯低于、蓝灯不低于）",
  spendLights: "资金支出亮灯（%：红灯低于、黄灯低于）",
  overTargetNotePercent: "超过目标值多少百分比须说明偏差",
  weights: "自评分值（预算执行率、产出、效益、满意度）",
  bands: "定性指标得分档次（占分值的百分比：最低至最高，得分空白时的取值）",
  blockShare: "分块分值（年度绩效目标1(40分)、产出指标(50分)）在未填分值的指标间的分配",
  grades: "自评等级线（优、良、中）",
  overAchievementPercent: "实际值达到目标值的百分比（视为超额完成）",
  scoreTolerance: "得分允许误差（分）",
  executionReasonPercent: "预算执行率低于多少须说明原因（%）",
};

/** "自评分值·预算执行率": how a message names a field. */
export function fieldName(s: NumberSpec): string {
  return `${s.section}·${s.label}`;
}

function shown(input: unknown): string {
  return typeof input === "string" ? `“${input}”` : (JSON.stringify(input) ?? String(input));
}

function num(s: NumberSpec, name = fieldName(s)) {
  const range = (issue: v.BaseIssue<unknown>) => `${name}应在 ${s.min} 到 ${s.max} 之间，现为 ${shown(issue.input)}`;
  return v.pipe(
    v.number((issue) => `${name}应为数字，现为 ${shown(issue.input)}`),
    v.finite((issue) => `${name}应为数字，现为 ${shown(issue.input)}`),
    v.minValue(s.min, range),
    v.maxValue(s.max, range),
  );
}

function group<K extends string>(section: string, keys: readonly K[]) {
  const entries = {} as Record<K, v.OptionalSchema<ReturnType<typeof num>, undefined>>;
  for (const k of keys) entries[k] = v.optional(num(NUMBER_SPECS[`${section}.${k}` as NumberPath]));
  return v.optional(v.object(entries, (i) => `${section} 应为对象，现为 ${shown(i.input)}`));
}

const LEVEL1_KEYS = Object.keys(LEVEL1_NAMES) as Level1[];
const LEVEL2_KEYS = Object.keys(LEVEL2_NAMES) as Level2[];
const SEVERITY_VALUES = ["error", "warning", "info", "off"] as const;
const BAND_KEYS = ["min", "max", "computed"] as const;

function categories<K extends string>(what: string, keys: K[], names: Record<K, string>) {
  return v.optional(
    v.array(
      v.picklist(
        keys,
        (i) => `${what}中有未知的类别 ${shown(i.input)}，可选：${keys.map((k) => `${k}（${names[k]}）`).join("、")}`,
      ),
      (i) => `${what}应为列表，现为 ${shown(i.input)}`,
    ),
  );
}

/**
 * What a user (or a profile) may set: every key optional, nested groups partial. Unknown keys are
 * dropped (a newer add-in may save keys an older command line does not know).
 */
export const SettingsInputSchema = v.object(
  {
    profile: v.optional(v.string((i) => `表格式（profile）应为文字，现为 ${shown(i.input)}`)),
    requiredLevel1: categories("必需的一级指标", LEVEL1_KEYS, LEVEL1_NAMES),
    requiredOutputLevel2: categories("产出指标下必需的二级指标", LEVEL2_KEYS, LEVEL2_NAMES),
    timeProgress: v.optional(
      v.record(
        v.pipe(
          v.string(),
          v.regex(/^(?:[1-9]|1[0-2])$/, (i) => `序时进度的月份应为 1 到 12，现为 ${shown(i.input)}`),
        ),
        num(NUMBER_SPECS.timeProgress, "序时进度"),
        (i) => `序时进度应为“月份: 百分比”，现为 ${shown(i.input)}`,
      ),
    ),
    lights: group("lights", ["red", "yellow", "blue"]),
    spendLights: group("spendLights", ["red", "yellow"]),
    overTargetNotePercent: v.optional(v.nullable(num(NUMBER_SPECS.overTargetNotePercent))),
    weights: group("weights", ["execution", "output", "benefit", "satisfaction"]),
    grades: group("grades", ["excellent", "good", "pass"]),
    bands: v.optional(
      v.object(
        {
          achieved: group("bands.achieved", BAND_KEYS),
          partial: group("bands.partial", BAND_KEYS),
          failed: group("bands.failed", BAND_KEYS),
        },
        (i) => `bands 应为对象，现为 ${shown(i.input)}`,
      ),
    ),
    blockShare: v.optional(
      v.picklist(
        ["even", "scores"],
        (i) => `分块分值的分配应为 even（均分）或 scores（按得分推定），现为 ${shown(i.input)}`,
      ),
    ),
    overAchievementPercent: v.optional(num(NUMBER_SPECS.overAchievementPercent)),
    scoreTolerance: v.optional(num(NUMBER_SPECS.scoreTolerance)),
    executionReasonPercent: v.optional(num(NUMBER_SPECS.executionReasonPercent)),
    rules: v.optional(
      v.record(
        v.string(),
        v.picklist(
          SEVERITY_VALUES,
          (i) => `规则级别应为 error（错误）、warning（警告）、info（提示）或 off（关闭），现为 ${shown(i.input)}`,
        ),
      ),
    ),
  },
  (i) => `设置应为对象，现为 ${shown(i.input)}`,
);

/** Settings that cannot be judged field by field: the groups that must agree (one home for the pane too). */
export type ConsistencyKey = "weights" | "lights" | "spendLights" | "grades" | "bands";

export function consistencyErrors(s: Settings): Partial<Record<ConsistencyKey, string>> {
  const errors: Partial<Record<ConsistencyKey, string>> = {};
  const w = s.weights;
  const sum = Math.round((w.execution + w.output + w.benefit + w.satisfaction) * 100) / 100;
  if (sum !== 100) errors.weights = `四项分值之和应为 100，现为 ${sum}`;
  if (!(s.lights.red <= s.lights.yellow && s.lights.yellow < s.lights.blue))
    errors.lights = "应满足 红灯 ≤ 黄灯 < 蓝灯";
  if (s.spendLights.red > s.spendLights.yellow) errors.spendLights = "应满足 红灯 ≤ 黄灯";
  if (!(s.grades.pass <= s.grades.good && s.grades.good <= s.grades.excellent)) errors.grades = "应满足 中 ≤ 良 ≤ 优";
  const b = s.bands;
  const inside = (x: Band) => x.min <= x.computed && x.computed <= x.max;
  if (!(inside(b.failed) && inside(b.partial) && inside(b.achieved))) errors.bands = "每档应满足 最低 ≤ 计算取 ≤ 最高";
  else if (!(b.failed.max <= b.partial.min && b.partial.max <= b.achieved.min))
    errors.bands = "应满足 未达成 ≤ 部分达成 ≤ 达成";
  return errors;
}

const CONSISTENCY_NAMES: Record<ConsistencyKey, string> = {
  weights: WEIGHTS,
  lights: LIGHTS,
  spendLights: SPEND,
  grades: GRADES,
  bands: BANDS,
};

/** Bad settings: each problem one Chinese line; the message joins them. */
export class SettingsError extends Error {
  override readonly name = "SettingsError";
  constructor(readonly problems: string[]) {
    super(`设置有误：${problems.join("；")}。请在“设置”中改正，或删除工作簿中保存的设置。`);
  }
}

/** The input checked against the schema; throws SettingsError with every problem in Chinese. */
export function parseSettingsInput(input: unknown): SettingsInput {
  if (input === null || input === undefined) return {};
  const r = v.safeParse(SettingsInputSchema, input);
  if (r.success) return r.output as SettingsInput;
  throw new SettingsError(r.issues.map((i) => i.message));
}

/** Resolved settings whose groups disagree -> SettingsError ("自评分值：四项分值之和应为 100，现为 110"). */
export function assertConsistent(s: Settings, where = ""): void {
  const errors = consistencyErrors(s);
  const keys = Object.keys(errors) as ConsistencyKey[];
  if (keys.length) throw new SettingsError(keys.map((k) => `${where}${CONSISTENCY_NAMES[k]}：${errors[k]}`));
}

/** A setting's value as users read it: "3月底 25%、6月底 50%", "红灯 <60%、黄灯 <80%、蓝灯 ≥120%". */
export function showSetting<K extends Exclude<keyof Settings, "rules">>(key: K, value: Settings[K]): string {
  const s = { [key]: value } as Partial<Settings>;
  switch (key) {
    case "requiredLevel1":
      return s.requiredLevel1!.map((k) => LEVEL1_NAMES[k]).join("、") || "不要求";
    case "requiredOutputLevel2":
      return s.requiredOutputLevel2!.map((k) => LEVEL2_NAMES[k]).join("、") || "不要求";
    case "timeProgress":
      return Object.entries(s.timeProgress!)
        .map(([m, v]) => `${m}月底 ${v}%`)
        .join("、");
    case "lights": {
      const l = s.lights!;
      return `红灯 <${l.red}%、黄灯 <${l.yellow}%、蓝灯 ≥${l.blue}%`;
    }
    case "spendLights":
      return `红灯 <${s.spendLights!.red}%、黄灯 <${s.spendLights!.yellow}%`;
    case "weights": {
      const w = s.weights!;
      return `预算执行率 ${w.execution}、${LEVEL1_NAMES.output} ${w.output}、${LEVEL1_NAMES.benefit} ${w.benefit}、${LEVEL1_NAMES.satisfaction} ${w.satisfaction}`;
    }
    case "grades":
      return `优 ≥${s.grades!.excellent}、良 ≥${s.grades!.good}、中 ≥${s.grades!.pass}`;
    case "bands": {
      const b = s.bands!;
      const one = (name: string, x: Band) => `${name} ${x.min}–${x.max}%（取值 ${x.computed}%）`;
      return `${one("达成", b.achieved)}、${one("部分达成", b.partial)}、${one("未达成", b.failed)}`;
    }
    case "blockShare":
      return s.blockShare === "scores"
        ? "按得分推定（数值指标达标且得整数分的，得分即其分值，其余指标均分剩余分值）"
        : "均分";
    case "overTargetNotePercent":
      return s.overTargetNotePercent === null ? "不要求" : `${s.overTargetNotePercent}%`;
    case "overAchievementPercent":
      return `${s.overAchievementPercent}%`;
    case "executionReasonPercent":
      return `${s.executionReasonPercent}%`;
    default:
      return `${String(value)} 分`;
  }
}
