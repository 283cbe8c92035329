/** Figures and reasons in Chinese, shared by the computed cells' notes and the rules' messages. */
import type { FundsRow, Indicator } from "../model";
import { LIGHT_NAMES } from "../plan-types";
import type { Light } from "../report";
import type { Settings } from "../settings";
import { squash } from "../text";
import type { Target } from "../value";
import type { Achievement } from "./actual";
import type { MonitoringRow } from "./lights";
import { round2, type ScoredRow } from "./self-evaluation";

/** 14.25, 20, 0.5: at most two decimals, no trailing zeros. */
export function show(n: number): string {
  return String(round2(n));
}

/**
 * A computed 万元 figure as the tables show it: 98.50. Not money.ts's showMoney, which prints a
 * read amount (Big) to the decimals it was written with.
 */
export function showWan(n: number): string {
  return round2(n).toFixed(2);
}

/** 50.00% */
export function showPercent(v: number): string {
  return `${round2(v).toFixed(2)}%`;
}

export function unitOf(t: Target): string {
  return t.kind === "numeric" || t.kind === "range" ? (t.unitClass === "percent" ? "%" : t.unit) : "";
}

export function lightName(l: Light): string {
  return `${LIGHT_NAMES[l]}灯`;
}

/** A funds row's name as the table writes it, without 其中: (基本支出, 当年财政拨款). */
export function fundsRowName(row: FundsRow): string {
  return squash(row.label.text)
    .replace(/^其中[:：]?/, "")
    .replace(/[:：]$/, "");
}

export function indicatorLabel(it: Indicator): string {
  return squash(it.level3Text || it.description?.text || it.level2Text || `第${it.row + 1}行指标`);
}

export const ACHIEVEMENT_NAMES: Record<Achievement, string> = {
  achieved: "达成",
  partial: "部分达成",
  failed: "未达成",
  "on-track": "正常推进",
};

export function bandsText(s: Settings): string {
  const { red, yellow, blue } = s.lights;
  return `低于${red}%红灯，${red}%–${yellow}%黄灯，${yellow}%–${blue}%绿灯，${blue}%及以上蓝灯`;
}

/** How a row's light came about: "当前完成值 10批次 ÷ 序时目标 20批次（年度指标值 40批次 × 6/12）= 50.00%". */
export function progressText(it: Indicator, row: MonitoringRow, month: number | null): string {
  const u = unitOf(it.parsed);
  const r = row.reading;
  if (r.kind === "number") {
    const a = `${show(r.value)}${u}`;
    const t = it.parsed;
    const ceiling =
      (t.kind === "numeric" && (t.op === "<=" || t.op === "<" || (t.op === "=" && t.value === 0))) ||
      (t.kind === "range" && r.value > t.max);
    if (ceiling) return `当前完成值 ${a}${row.light === "green" ? "未超过" : "超过"}指标值 ${it.targetText}`;
    if (row.v === null) return `当前完成值 ${a}，指标值 ${it.targetText}`;
    if (row.cumulative && month !== null && row.expected !== null) {
      const full = (row.expected * 12) / month;
      return `当前完成值 ${a} ÷ 序时目标 ${show(row.expected)}${u}（年度指标值 ${show(full)}${u} × ${month}/12）= ${showPercent(row.v)}`;
    }
    return `当前完成值 ${a} ÷ 年度指标值 ${show(row.expected ?? 0)}${u} = ${showPercent(row.v)}（比率、百分比不按序时进度折算）`;
  }
  if (r.kind === "answer") return `回答“${r.answer}”，${ACHIEVEMENT_NAMES[r.level]}`;
  if (r.kind === "achievement") return `当前完成情况视为${ACHIEVEMENT_NAMES[r.level]}`;
  return "无法计算";
}

/** How an indicator's score came about. */
export function scoreText(it: Indicator, row: ScoredRow): string {
  const w = show(row.weight);
  const r = row.reading;
  if (row.level && row.band) {
    const b = row.band;
    const band = `${b.min ? `${b.min}%` : "0"}–${b.max}%`;
    return `${ACHIEVEMENT_NAMES[row.level]}，按分值 ${w} 的 ${b.computed}% 计（${band}，可在区间内调整）`;
  }
  if (r.kind !== "number" || row.computed === null) return "无法计算";
  const u = unitOf(it.parsed);
  const a = `${show(r.value)}${u}`;
  if (row.met) return `实际完成值 ${a} 达到指标值 ${it.targetText}，得满分 ${w}`;
  const t = it.parsed;
  const floorTarget = t.kind === "range" ? t.min : t.kind === "numeric" ? t.value : 0;
  if (row.ratio !== null)
    return `实际完成值 ${a} ÷ 指标值 ${show(floorTarget)}${u} × 分值 ${w} = ${show(row.computed)}`;
  return `实际完成值 ${a} 超出指标值 ${it.targetText}，得分 = 分值 × (1 − 超出部分 ÷ 指标值) = ${show(row.computed)}（超出一倍及以上为0）`;
}
