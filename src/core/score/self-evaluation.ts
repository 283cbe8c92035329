import type { CellRef, FundsRow, Indicator, Table } from "../model";
import { Big, readShown, type ShownNumber } from "../money";
import { isBlankCell } from "../read/cells";
import type { Grade } from "../report";
import type { Settings } from "../settings";
import type { NumericTarget, RangeTarget } from "../value";
import { isNumericTarget, readActual, type Achievement, type ActualReading } from "./actual";
import { defaultIndicatorWeights, fullScore } from "./weights";

/** Share of the weight a qualitative level may score (domain.md §5), and what the engine fills in. */
export const BANDS: Record<"achieved" | "partial" | "failed", { min: number; max: number; computed: number }> = {
  achieved: { min: 0.8, max: 1, computed: 1 },
  partial: { min: 0.6, max: 0.8, computed: 0.7 },
  failed: { min: 0, max: 0.6, computed: 0 },
};

export type Level = keyof typeof BANDS;

/** A score or weight cell as a number: the typed value behind a rounded display; "text" when not a number. */
export type Entered = { kind: "blank" } | { kind: "number"; value: number } | { kind: "text"; text: string };

export function readEntered(cell: CellRef | null | undefined): Entered {
  if (!cell || isBlankCell(cell)) return { kind: "blank" };
  if (typeof cell.value === "number" && Number.isFinite(cell.value))
    return { kind: "number", value: /%/.test(cell.format) ? cell.value * 100 : cell.value };
  const shown = readShown(cell);
  if (shown) return { kind: "number", value: shown.toNumber() };
  return { kind: "text", text: cell.text.trim() };
}

export interface ScoredRow {
  reading: ActualReading;
  /** The weight used: the table's 分值 where it gives them, else the default spread. */
  weight: number;
  weightCell: Entered;
  /** Exact computed score (unrounded), null when the actual cannot be scored. */
  computed: number | null;
  /** Qualitative level (yes/no answered as expected is 达成), null for numeric rows. */
  level: Level | null;
  /** Numeric rows: actual ÷ target (floors and =) for over-achievement; null otherwise. */
  ratio: number | null;
  /** The target is met (full weight). */
  met: boolean | null;
  entered: Entered;
  /** The score the total counts: the entered one where it is a number, else the computed one. */
  used: number | null;
}

export interface ExecutionScore {
  budgetFull: number | null;
  spent: number | null;
  /** 执行数 ÷ 全年预算数 as a fraction (0.9772), or the entered 执行率 when the figures are missing. */
  rate: number | null;
  weight: number;
  computed: number | null;
  entered: Entered;
  rateEntered: Entered;
  used: number | null;
}

/** A row under the funds total (基本支出, 其中：财政拨款) that carries its own 分值 or 得分. */
export interface FundsRowScore {
  row: FundsRow;
  weight: Entered;
  entered: Entered;
  /** 执行数 ÷ 预算数 of the row, null when either is missing. */
  rate: number | null;
  /** The row's execution score by the total's formula, null without a rate or a 分值 of its own. */
  computed: number | null;
}

export interface SelfEvaluationAnalysis {
  execution: ExecutionScore;
  /** The funds block's rows under the total, scored where they carry a 分值 or 得分. */
  fundsRows: FundsRowScore[];
  rows: ScoredRow[];
  /** True when the table's 分值 column gives the weights (they must then add up). */
  weightsFromTable: boolean;
  weightSum: number;
  /** What the weights must add up to (the settings' weights, 100 by default). */
  weightTarget: number;
  /** Exact total of the used scores (unknown parts count 0), and whether every part was known. */
  total: number;
  complete: boolean;
  enteredTotal: Entered;
}

/** Half-up to 2 decimals, in decimal arithmetic: done once, at the end. */
export function round2(x: number): number {
  return new Big(x).round(2, Big.roundHalfUp).toNumber();
}

export function gradeOf(score: number, s: Settings): Grade {
  if (score >= s.grades.excellent) return "优";
  if (score >= s.grades.good) return "良";
  if (score >= s.grades.pass) return "中";
  return "差";
}

/** Score of a numeric indicator (domain.md §5); ratio = actual ÷ target for floors. */
export function scoreNumeric(
  t: NumericTarget | RangeTarget,
  actual: number,
  weight: number,
): { score: number; ratio: number | null; met: boolean } {
  const a = Math.max(actual, 0);
  const floor = (target: number) => {
    if (target <= 0) return { score: a >= target ? weight : 0, ratio: null, met: a >= target };
    if (a >= target) return { score: weight, ratio: a / target, met: true };
    return { score: (weight * a) / target, ratio: a / target, met: false };
  };
  const ceiling = (target: number) => {
    if (target <= 0) return { score: a <= 0 ? weight : 0, ratio: null, met: a <= 0 };
    if (a <= target) return { score: weight, ratio: null, met: true };
    if (a >= 2 * target) return { score: 0, ratio: null, met: false };
    return { score: weight * (1 - (a - target) / target), ratio: null, met: false };
  };
  if (t.kind === "range") {
    if (a > t.max) return ceiling(t.max);
    if (a >= t.min) return { score: weight, ratio: null, met: true };
    return floor(t.min);
  }
  switch (t.op) {
    case "<=":
    case "<":
      return ceiling(t.value);
    case "=":
      return t.value === 0 ? ceiling(0) : floor(t.value);
    default:
      return floor(t.value);
  }
}

/** At year end, work still under way has not been achieved in full. */
function yearEnd(level: Achievement): Level {
  return level === "on-track" ? "partial" : level;
}

function scoreRow(it: Indicator, weight: number, weightCell: Entered): ScoredRow {
  const reading = readActual(it.actual, it.parsed);
  const entered = readEntered(it.score);
  const row: ScoredRow = {
    reading,
    weight,
    weightCell,
    computed: null,
    level: null,
    ratio: null,
    met: null,
    entered,
    used: null,
  };
  if (reading.kind === "number" && isNumericTarget(it.parsed)) {
    const r = scoreNumeric(it.parsed, reading.value, weight);
    row.computed = r.score;
    row.ratio = r.ratio;
    row.met = r.met;
  } else if (reading.kind === "answer" || reading.kind === "achievement") {
    if (!isNumericTarget(it.parsed)) {
      row.level = yearEnd(reading.level);
      row.computed = weight * BANDS[row.level].computed;
      row.met = row.level === "achieved";
    }
  }
  row.used = entered.kind === "number" ? entered.value : row.computed;
  return row;
}

/**
 * An entered 执行率, written in percent (97.72%, 97.72) or as a bare fraction (0.9772: no % and at
 * most 1.5), as a fraction and in percent, with half a unit of its last shown decimal in percent:
 * 97.7% and 0.977 both stand for 97.65% to 97.75%. Shared with score-mismatch.
 */
export function readRate(shown: ShownNumber): { fraction: number; percent: number; halfStep: number } {
  const v = shown.toNumber();
  const bare = !shown.percent && v <= 1.5;
  return {
    fraction: bare ? v : v / 100,
    percent: bare ? v * 100 : v,
    halfStep: 0.5 * 10 ** -shown.decimals * (bare ? 100 : 1),
  };
}

/** An entered 执行率 as a fraction, negative entries as 0. */
function enteredRate(cell: CellRef | null | undefined): number | null {
  const shown = cell && !isBlankCell(cell) ? readShown(cell) : null;
  return shown ? Math.max(readRate(shown).fraction, 0) : null;
}

/** 执行数 ÷ 预算数, negative spending as 0; null without a positive budget and a spending figure. */
function spentRate(budget: number | null, spent: number | null): number | null {
  return budget !== null && budget > 0 && spent !== null ? Math.max(spent, 0) / budget : null;
}

/** The execution score: 执行率 × 分值, a rate over 100% counted as 100%. */
function executionScore(rate: number | null, weight: number): number | null {
  return rate === null ? null : Math.min(rate, 1) * weight;
}

function num(cell: CellRef | null | undefined): number | null {
  const e = readEntered(cell);
  return e.kind === "number" ? e.value : null;
}

export function analyzeSelfEvaluation(table: Table, s: Settings): SelfEvaluationAnalysis {
  const info = table.selfEvaluation;
  const weightTarget = fullScore(s.weights);

  // Weights: the table's 分值 where any is given (its figures rule), else the defaults.
  const weightCells = table.indicators.map((it) => readEntered(it.weight));
  const weightsFromTable = weightCells.some((w) => w.kind !== "blank");
  const defaults = defaultIndicatorWeights(table.indicators, s.weights);
  const weights = weightsFromTable ? weightCells.map((w) => (w.kind === "number" ? w.value : 0)) : defaults;
  const rows = table.indicators.map((it, i) => scoreRow(it, weights[i], weightCells[i]));

  const execWeight = num(info?.weight) ?? s.weights.execution;
  const budgetFull = num(info?.budgetFull);
  const spent = num(info?.spent);
  const rateEntered = readEntered(info?.rate);
  const rate = spentRate(budgetFull, spent) ?? enteredRate(info?.rate);
  const execEntered = readEntered(info?.score);
  const execComputed = executionScore(rate, execWeight);
  const execution: ExecutionScore = {
    budgetFull,
    spent,
    rate,
    weight: execWeight,
    computed: execComputed,
    entered: execEntered,
    rateEntered,
    used: execEntered.kind === "number" ? execEntered.value : execComputed,
  };

  const fundsRows = (info?.fundsRows ?? []).map((row): FundsRowScore => {
    const weight = readEntered(row.weight);
    const rowRate = spentRate(num(row.budgetFull), num(row.spent));
    return {
      row,
      weight,
      entered: readEntered(row.score),
      rate: rowRate,
      computed: weight.kind === "number" ? executionScore(rowRate, weight.value) : null,
    };
  });

  const parts = [execution.used, ...rows.map((r) => r.used)];
  const total = parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const weightSum = new Big(execWeight).plus(weights.reduce((a: Big, b) => a.plus(b), new Big(0))).toNumber();
  return {
    execution,
    fundsRows,
    rows,
    weightsFromTable,
    weightSum,
    weightTarget,
    total,
    complete: parts.every((p) => p !== null),
    enteredTotal: readEntered(info?.total),
  };
}
