import type { CellRef, FundsRow, Indicator, Table, WeightBlock } from "../model";
import { Big, readShown, type ShownNumber } from "../money";
import { isBlankCell } from "../read/cells";
import type { Grade } from "../report";
import type { Band, QualitativeLevel, Settings } from "../settings";
import type { NumericTarget, RangeTarget } from "../value";
import { isNumericTarget, readActual, type Achievement, type ActualReading } from "./actual";
import { fullScore, indicatorWeights, type WeightSum } from "./weights";

export type Level = QualitativeLevel;

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
  /** The level's band (percent of the weight), null for numeric rows. */
  band: Band | null;
  /** Numeric rows: actual ÷ target (floors and =) for over-achievement; null otherwise. */
  ratio: number | null;
  /** The target is met (full weight). */
  met: boolean | null;
  entered: Entered;
  /** The score the total counts: the entered one where it is a number, else the computed one. */
  used: number | null;
  /** The score the engine stands by: the entered one where the checks accept it, else the computed one. */
  right: number | null;
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
  right: number | null;
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
  /** True when the table gives weights of its own (a 分值 column, weighted blocks). */
  weightsFromTable: boolean;
  /** The parts whose weights the table writes in full: each must add up (the whole table to weightTarget). */
  weightSums: WeightSum[];
  /** Each weighted block and its indicators (their scores add up to at most its weight). */
  blocks: { block: WeightBlock; rows: number[] }[];
  /** What the weights must add up to (the settings' weights, 100 by default). */
  weightTarget: number;
  /** Exact total of the used scores (unknown parts count 0), and whether every part was known. */
  total: number;
  /** Exact total of the scores the engine stands by: the table's score where its own figures are wrong. */
  score: number;
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

function scoreRow(it: Indicator, weight: number, weightCell: Entered, s: Settings): ScoredRow {
  const reading = readActual(it.actual, it.parsed);
  const entered = readEntered(it.score);
  const row: ScoredRow = {
    reading,
    weight,
    weightCell,
    computed: null,
    level: null,
    band: null,
    ratio: null,
    met: null,
    entered,
    used: null,
    right: null,
  };
  if (reading.kind === "number" && isNumericTarget(it.parsed)) {
    const r = scoreNumeric(it.parsed, reading.value, weight);
    row.computed = r.score;
    row.ratio = r.ratio;
    row.met = r.met;
  } else if (reading.kind === "answer" || reading.kind === "achievement") {
    if (!isNumericTarget(it.parsed)) {
      row.level = yearEnd(reading.level);
      row.band = s.bands[row.level];
      row.computed = (weight * row.band.computed) / 100;
      row.met = row.level === "achieved";
    }
  }
  row.used = entered.kind === "number" ? entered.value : row.computed;
  row.right = rightScore(row.entered, row.computed, weight, row.band, s.scoreTolerance);
  return row;
}

/**
 * The score the engine stands by: an entered one the checks accept (within the tolerance of the
 * computed one, or within a qualitative band, never above the weight), else the computed one.
 */
function rightScore(
  entered: Entered,
  computed: number | null,
  weight: number,
  band: Band | null,
  tol: number,
): number | null {
  if (entered.kind !== "number") return computed;
  const v = entered.value;
  if (computed === null) return v;
  if (v > weight + tol) return computed;
  if (band) return v >= (weight * band.min) / 100 - tol && v <= (weight * band.max) / 100 + tol ? v : computed;
  return Math.abs(v - computed) <= tol ? v : computed;
}

/**
 * An entered 执行率, written in percent (97.72%, 97.72) or as a bare fraction (0.9772: no % and at
 * most 1.5), as a fraction and in percent.
 */
export function readRate(shown: ShownNumber): { fraction: number; percent: number; bare: boolean } {
  const v = shown.toNumber();
  const bare = !shown.percent && v <= 1.5;
  return { fraction: bare ? v : v / 100, percent: bare ? v * 100 : v, bare };
}

/**
 * Whether a printed rate is `part ÷ whole` rounded to the places it prints, in decimal: 86.18% for
 * 215457.6 ÷ 250000 is, 86.19% is not; 0.977 (a bare fraction) stands for 97.65% to 97.75%. A
 * computed rate exactly halfway between two printed figures accepts both.
 */
export function rateShownRight(shown: ShownNumber, part: number, whole: number): boolean {
  const { bare } = readRate(shown);
  const exact = new Big(Math.max(part, 0)).div(whole);
  const printed = bare ? shown.big : shown.big.div(100);
  const half = new Big(5).div(new Big(10).pow(shown.decimals + 1)).div(bare ? 1 : 100);
  return printed.minus(exact).abs().lte(half);
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
  const execWeight = num(info?.weight) ?? s.weights.execution;

  // Weights: the table's 分值 and weighted blocks where it gives them (its figures rule), else the defaults.
  const weightCells = table.indicators.map((it) => readEntered(it.weight));
  // Whether each indicator met its target does not depend on its weight: the blocks' split may use it.
  const probe = s.blockShare === "scores" ? table.indicators.map((it, i) => scoreRow(it, 1, weightCells[i], s)) : [];
  const weighting = indicatorWeights(
    table.indicators.map((indicator, i) => {
      const w = weightCells[i];
      const e = probe[i]?.entered;
      return {
        indicator,
        written: w.kind === "blank" ? null : w.kind === "number" ? w.value : 0,
        entered: e?.kind === "number" ? e.value : null,
        // A qualitative score is the rater's call within its band: only a numeric one met in full shows a weight.
        met: probe[i] && !probe[i].level ? probe[i].met : null,
      };
    }),
    s.weights,
    weightTarget - execWeight,
    s.blockShare,
    s.scoreTolerance,
  );
  const weights = weighting.weights;
  const rows = table.indicators.map((it, i) => scoreRow(it, weights[i], weightCells[i], s));

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
    right: rightScore(execEntered, execComputed, execWeight, null, s.scoreTolerance),
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
  const sum = (list: (number | null)[]) => list.reduce<number>((a, p) => a + (p ?? 0), 0);
  return {
    execution,
    fundsRows,
    rows,
    weightsFromTable: weightCells.some((w) => w.kind !== "blank") || weighting.blocks.length > 0,
    weightSums: weighting.sums,
    blocks: weighting.blocks,
    weightTarget,
    total: sum(parts),
    score: sum([execution.right, ...rows.map((r) => r.right)]),
    complete: parts.every((p) => p !== null),
    enteredTotal: readEntered(info?.total),
  };
}
