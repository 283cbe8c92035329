import type { Checkpoint, Indicator, Table } from "../model";
import { readShown } from "../money";
import { isBlankCell } from "../read/cells";
import type { Light } from "../report";
import { timeProgressAt, type Settings } from "../settings";
import { isCumulative, type NumericTarget, type RangeTarget } from "../value";
import { isNumericTarget, readActual, type ActualReading } from "./actual";

/** Monitoring facts per indicator row, for the rules and the 监控结果 column. */
export interface MonitoringRow {
  reading: ActualReading;
  /** Scaled by time progress (counts, money, days), or compared with the full target. */
  cumulative: boolean;
  /** What the target asks for by the as-of month (年度指标值 × m/12 when cumulative). */
  expected: number | null;
  /** v = actual ÷ expected × 100, null where it does not apply (≤, qualitative). */
  v: number | null;
  light: Light | null;
  /** Why there is no light: the as-of month is needed and missing. */
  needsMonth: boolean;
}

export interface SpendAnalysis {
  checkpoint: Checkpoint;
  /** Actual cumulative spending (万元), or null when the cell holds a share in percent. */
  spent: number | null;
  /** Actual share of the budget in percent. */
  actualPercent: number;
  /** Planned share in percent, or the time progress where the plan gives none. */
  plannedPercent: number;
  fromPlan: boolean;
  v: number;
  light: Light;
}

export interface MonitoringAnalysis {
  month: number | null;
  rows: MonitoringRow[];
  /** Null when it cannot be computed (no month, no budget, no actual spending); see spendProblem. */
  spend: SpendAnalysis | null;
  /** The checkpoint of the as-of month (its actual cell is where a spending finding goes). */
  spendCheckpoint: Checkpoint | null;
  spendProblem: "no-month" | "no-checkpoint" | "no-actual" | "not-number" | "no-budget" | null;
}

/** Float noise off a ratio: 59.99 stays 59.99, not 59.989999999. */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** The indicator bands of domain.md §4 (settings.lights). */
export function bandLight(v: number, s: Settings): Light {
  if (v < s.lights.red) return "red";
  if (v < s.lights.yellow) return "yellow";
  if (v < s.lights.blue) return "green";
  return "blue";
}

export function spendBand(v: number, s: Settings): Light {
  if (v < s.spendLights.red) return "red";
  if (v < s.spendLights.yellow) return "yellow";
  return "green";
}

const RANK: Record<Light, number> = { red: 0, yellow: 1, blue: 2, green: 3 };

/** The worst light: red, then yellow, then blue (off plan, but ahead), then green. */
export function worstLight(lights: (Light | null | undefined)[]): Light | undefined {
  let worst: Light | undefined;
  for (const l of lights) if (l && (!worst || RANK[l] < RANK[worst])) worst = l;
  return worst;
}

function name(it: Indicator): string {
  return it.level3Text || it.description?.text || it.level2Text;
}

/** A floor (≥, >, =) reached by v; ceilings are green within the target, else red. */
function numericRow(
  t: NumericTarget | RangeTarget,
  actual: number,
  cumulative: boolean,
  month: number | null,
  s: Settings,
): Omit<MonitoringRow, "reading" | "cumulative"> {
  const scale = cumulative ? (month === null ? null : month / 12) : 1;
  const floor = (target: number): Omit<MonitoringRow, "reading" | "cumulative"> => {
    if (scale === null) return { expected: null, v: null, light: null, needsMonth: true };
    const expected = target * scale;
    if (expected <= 0) return { expected, v: null, light: actual >= expected ? "green" : "red", needsMonth: false };
    const v = clean((actual * 100) / expected);
    return { expected, v, light: bandLight(v, s), needsMonth: false };
  };
  const ceiling = (target: number, strict: boolean) => ({
    expected: target,
    v: target > 0 ? clean((actual * 100) / target) : null,
    light: (strict ? actual < target : actual <= target) ? ("green" as const) : ("red" as const),
    needsMonth: false,
  });
  if (t.kind === "range") {
    if (actual > t.max) return ceiling(t.max, false);
    if (actual >= t.min) return { expected: t.min, v: null, light: "green", needsMonth: false };
    return floor(t.min);
  }
  switch (t.op) {
    case "<=":
      return ceiling(t.value, false);
    case "<":
      return ceiling(t.value, true);
    case "=":
      if (t.value === 0) return ceiling(0, false);
      return floor(t.value);
    default:
      return floor(t.value);
  }
}

const QUALITATIVE_LIGHT = { achieved: "green", "on-track": "green", partial: "yellow", failed: "red" } as const;

/** One indicator's light (domain.md §4). */
export function monitoringRow(it: Indicator, month: number | null, s: Settings): MonitoringRow {
  const reading = readActual(it.actual, it.parsed);
  const cumulative = isCumulative(it.parsed, name(it));
  const none = { reading, cumulative, expected: null, v: null, light: null, needsMonth: false };
  switch (reading.kind) {
    case "number":
      if (!isNumericTarget(it.parsed)) {
        return none;
      }
      return { reading, cumulative, ...numericRow(it.parsed, reading.value, cumulative, month, s) };
    case "answer":
      return { ...none, light: QUALITATIVE_LIGHT[reading.level] };
    case "achievement":
      return { ...none, light: QUALITATIVE_LIGHT[reading.level] };
    default:
      return none;
  }
}

/** The plan's checkpoint for the as-of month: the same month, else the last one before it. */
function checkpointFor(table: Table, month: number): Checkpoint | null {
  const cps = table.plan?.checkpoints ?? [];
  const exact = cps.find((c) => c.month === month);
  if (exact) return exact;
  const before = cps.filter((c) => c.month < month).sort((a, b) => b.month - a.month);
  return before[0] ?? null;
}

function spending(
  table: Table,
  month: number | null,
  s: Settings,
): Pick<MonitoringAnalysis, "spend" | "spendCheckpoint" | "spendProblem"> {
  if (month === null) return { spend: null, spendCheckpoint: null, spendProblem: "no-month" };
  const cp = checkpointFor(table, month);
  if (!cp || !cp.actual) return { spend: null, spendCheckpoint: cp, spendProblem: "no-checkpoint" };
  if (isBlankCell(cp.actual)) return { spend: null, spendCheckpoint: cp, spendProblem: "no-actual" };
  const shown = readShown(cp.actual);
  if (!shown) return { spend: null, spendCheckpoint: cp, spendProblem: "not-number" };
  const fromPlan = cp.plannedPercent !== null && cp.plannedPercent > 0;
  const plannedPercent = fromPlan ? cp.plannedPercent! : timeProgressAt(s, cp.month);
  let actualPercent: number;
  let spent: number | null = null;
  if (shown.percent) {
    actualPercent = shown.toNumber();
  } else {
    const budget = table.funds ? readShown(table.funds.budget) : null;
    if (!budget || budget.percent || budget.big.lte(0))
      return { spend: null, spendCheckpoint: cp, spendProblem: "no-budget" };
    spent = typeof cp.actual.value === "number" ? cp.actual.value : shown.toNumber();
    actualPercent = clean((spent * 100) / budget.toNumber());
  }
  const v = clean((actualPercent * 100) / plannedPercent);
  return {
    spend: { checkpoint: cp, spent, actualPercent, plannedPercent, fromPlan, v, light: spendBand(v, s) },
    spendCheckpoint: cp,
    spendProblem: null,
  };
}

export function analyzeMonitoring(table: Table, s: Settings): MonitoringAnalysis {
  const month = table.monitoring?.asOfMonth ?? null;
  return {
    month,
    rows: table.indicators.map((it) => monitoringRow(it, month, s)),
    ...spending(table, month, s),
  };
}
