import type { Level1, Level2 } from "./categories";
import { parseSettingsInput } from "./profiles/schema";

export type Severity = "error" | "warning" | "info";

/** A qualitative indicator's level at year end. */
export type QualitativeLevel = "achieved" | "partial" | "failed";

/** A qualitative band, in percent of the weight: an entered score lies in [min, max]; the engine fills in `computed`. */
export interface Band {
  min: number;
  max: number;
  computed: number;
}

export { SETTINGS_KEY } from "./settings-key";

/** Everything a rule may read that a province or a unit might set otherwise (domain.md defaults). */
export interface Settings {
  /**
   * First-level categories every target table must have. 成本 counts either first-level (财预〔2021〕101号)
   * or as a second level under 产出 (the older hierarchy), so both hierarchies satisfy "cost".
   */
  requiredLevel1: Level1[];
  /** Second-level categories required under 产出. */
  requiredOutputLevel2: Level2[];
  /** 序时进度 in percent by checkpoint month. */
  timeProgress: Record<number, number>;
  /** Monitoring light bands on v (percent of the expected progress). */
  lights: { red: number; yellow: number; blue: number };
  /** Spending light bands. */
  spendLights: { red: number; yellow: number };
  /** Hebei: a ≥ indicator this many percent above target needs a deviation note; null disables. */
  overTargetNotePercent: number | null;
  /** Self-evaluation weights (分值) used when the table has no 分值 column. */
  weights: { execution: number; output: number; benefit: number; satisfaction: number };
  /**
   * Qualitative indicators (达成 / 部分达成 / 未达成, a yes/no answered as expected is 达成): the share
   * of the weight, in percent, an entered score may take, and what the engine fills in.
   */
  bands: Record<QualitativeLevel, Band>;
  /**
   * How the indicators of a weighted block (年度绩效目标1(40分), 产出指标(50分)) without their own 分值
   * share its weight: "even" (财预〔2020〕10号), or "scores": as the rater's scores show it.
   */
  blockShare: "even" | "scores";
  /** Grade thresholds: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差. */
  grades: { excellent: number; good: number; pass: number };
  /** Actual at or above this percent of target is flagged as over-achievement. */
  overAchievementPercent: number;
  /** An entered score may differ from the computed one by this much. */
  scoreTolerance: number;
  /** 预算执行率 below this percent needs a written reason (Sichuan's form; rule execution-reason). */
  executionReasonPercent: number;
  /** Per-rule overrides, as ESLint's: "off" or another severity. */
  rules: Record<string, Severity | "off">;
}

export const DEFAULT_SETTINGS: Settings = {
  requiredLevel1: ["output", "benefit", "satisfaction", "cost"],
  requiredOutputLevel2: ["quantity", "quality", "timeliness"],
  timeProgress: { 3: 25, 6: 50, 10: 83.3, 12: 100 },
  lights: { red: 60, yellow: 80, blue: 120 },
  spendLights: { red: 60, yellow: 80 },
  overTargetNotePercent: 15,
  weights: { execution: 10, output: 50, benefit: 30, satisfaction: 10 },
  bands: {
    achieved: { min: 80, max: 100, computed: 100 },
    partial: { min: 60, max: 80, computed: 70 },
    failed: { min: 0, max: 60, computed: 0 },
  },
  blockShare: "even",
  grades: { excellent: 90, good: 80, pass: 60 },
  overAchievementPercent: 120,
  scoreTolerance: 0.01,
  executionReasonPercent: 90,
  rules: {},
};

/** What a user saves (the pane, the workbook) or a profile sets: any part of Settings, plus the chosen profile. */
export type SettingsInput = Partial<Omit<Settings, "lights" | "spendLights" | "weights" | "grades" | "bands">> & {
  /** The form family (profile id) every table is checked by; absent: chosen per table by evidence. */
  profile?: string;
  lights?: Partial<Settings["lights"]>;
  spendLights?: Partial<Settings["spendLights"]>;
  weights?: Partial<Settings["weights"]>;
  grades?: Partial<Settings["grades"]>;
  bands?: Partial<Record<QualitativeLevel, Partial<Band>>>;
};

/**
 * `base` (the defaults, or a profile's settings) overlaid with the input, checked against the
 * schema first: a bad value throws SettingsError in Chinese. Unknown keys are dropped, nested
 * objects merged, rule severities added to the base's.
 */
export function resolveSettings(input?: SettingsInput | null, base: Settings = DEFAULT_SETTINGS): Settings {
  const { profile: _profile, ...s } = parseSettingsInput(input);
  return {
    ...base,
    ...s,
    requiredLevel1: [...(s.requiredLevel1 ?? base.requiredLevel1)],
    requiredOutputLevel2: [...(s.requiredOutputLevel2 ?? base.requiredOutputLevel2)],
    timeProgress: { ...base.timeProgress, ...(s.timeProgress ?? {}) },
    lights: { ...base.lights, ...(s.lights ?? {}) },
    spendLights: { ...base.spendLights, ...(s.spendLights ?? {}) },
    weights: { ...base.weights, ...(s.weights ?? {}) },
    grades: { ...base.grades, ...(s.grades ?? {}) },
    bands: {
      achieved: { ...base.bands.achieved, ...(s.bands?.achieved ?? {}) },
      partial: { ...base.bands.partial, ...(s.bands?.partial ?? {}) },
      failed: { ...base.bands.failed, ...(s.bands?.failed ?? {}) },
    },
    rules: { ...base.rules, ...(s.rules ?? {}) },
  };
}

/** 序时进度 at a month: the configured checkpoint, else month/12. */
export function timeProgressAt(settings: Settings, month: number): number {
  return settings.timeProgress[month] ?? Math.round((month / 12) * 1000) / 10;
}
