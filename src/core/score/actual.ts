import type { CellRef } from "../model";
import { isBlankCell } from "../read/cells";
import { toHalfWidth } from "../text";
import type { NumericTarget, RangeTarget, Target } from "../value";

/** How far a qualitative actual went: 达成, 部分达成, 未达成, or (during the year) under way. */
export type Achievement = "achieved" | "partial" | "failed" | "on-track";

export type ActualReading =
  | { kind: "blank" }
  /** A number in the target's unit (percent units for a percent target: 96 for 96%). */
  | { kind: "number"; value: number }
  /** 是 / 否 to a yes/no question, and whether that meets the target. */
  | { kind: "answer"; answer: "是" | "否"; level: Achievement }
  | { kind: "achievement"; level: Achievement }
  /**
   * Text that does not answer the target (完成 for ≥40批次, or words the engine cannot place);
   * wrongUnit when it is a number in a unit the target cannot take (50% for ≥40批次, 20台 for ≥95%).
   */
  | { kind: "text"; text: string; wrongUnit?: true };

export function isNumericTarget(t: Target): t is NumericTarget | RangeTarget {
  return t.kind === "numeric" || t.kind === "range";
}

const PERCENT_WORDS = new Set(["%", "百分比", "百分数"]);
const PREFIX = /^(实际|累计|共计|合计|已完成|完成了|完成|达到|达|共|约|为|[≥≤><=≧≦])+/;
const NUMBER = /^([+-]?\d+(?:\.\d+)?)(.*)$/;

/** 万元 per unit: 元 -> 0.0001, 万元 -> 1, 亿元 -> 10000. */
function moneyScale(unit: string): number | null {
  const m = /^(亿|万|千)?元$/.exec(unit);
  if (!m) return null;
  return m[1] === "亿" ? 1e8 : m[1] === "万" ? 1e4 : m[1] === "千" ? 1e3 : 1;
}

function targetValue(t: NumericTarget | RangeTarget): number {
  return t.kind === "numeric" ? t.value : t.max;
}

/** A number typed for a numeric target: 38, 38批次, 96%, 0.96 (a bare fraction for a ≥95% floor), 30000元 for 万元. */
function readNumber(cell: CellRef, t: NumericTarget | RangeTarget): number | null | "unit-mismatch" {
  const percentTarget = t.unitClass === "percent";
  const floor = t.kind === "range" || t.op === ">=" || t.op === ">" || t.op === "=";
  // A bare fraction for a percent floor above 1%: 0.96 typed for ≥95% means 96%.
  const fraction = (n: number) => (percentTarget && floor && targetValue(t) > 1 && n > 0 && n <= 1 ? n * 100 : n);
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    if (/%/.test(cell.format)) return percentTarget ? cell.value * 100 : "unit-mismatch";
    return fraction(cell.value);
  }
  const text = toHalfWidth(cell.text || String(cell.value ?? ""))
    .replace(/[\s\u00a0]+/g, "")
    .replace(/(\d),(?=\d{3})/g, "$1")
    .replace(PREFIX, "");
  const m = NUMBER.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2];
  if (!Number.isFinite(n)) return null;
  if (unit === "") return fraction(n);
  if (unit.length > 12 || /[\d,;:，；。未不没否]/.test(unit)) return null;
  if (PERCENT_WORDS.has(unit)) return percentTarget ? n : "unit-mismatch";
  if (percentTarget) return "unit-mismatch";
  const from = moneyScale(unit);
  const to = moneyScale(t.unit);
  if (from !== null && to !== null) return (n * from) / to;
  return n;
}

const ON_TRACK =
  /进行中|推进中|正在|按计划|按进度|序时|稳步|有序推进|正常推进|实施中|采购中|执行中|尚未到期|未到期|未到时间/;
const PARTIAL = /部分|基本|大部|未完全|尚未全部|一定效果|滞后|^中$/;
const NOT_EXCEEDED = /(未|不|没有|没|无)超/;
const FAILED =
  /(未|没有|没|不|尚未)能?(达成|完成|按时|实现|执行|达到|达标|符合|合格|落实|到位|开展|启动)|效果较差|超标|超支|超预算|超出|^(差|低|否|无|未)$/;
const ACHIEVED =
  /达成|完成|已|按时|如期|符合|严格|执行|合格|达标|实现|落实|到位|满意|^(优|良|好|是|有)$|^(优秀|良好)$|零|^100%$/;

/** 达成 / 部分达成 / 未达成 / 进行中 from what the unit wrote; null when the words do not say. */
export function classifyAchievement(raw: string): Achievement | null {
  const t = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (!t) return null;
  if (NOT_EXCEEDED.test(t) && !FAILED.test(t.replace(NOT_EXCEEDED, ""))) return "achieved";
  if (ON_TRACK.test(t)) return "on-track";
  if (PARTIAL.test(t)) return "partial";
  if (FAILED.test(t)) return "failed";
  if (ACHIEVED.test(t)) return "achieved";
  return null;
}

/** 是 / 否 at the start of an answer (未超预算 answers 否 to 是否超预算支出). */
function yesNo(raw: string): "是" | "否" | null {
  const t = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (/^(否|无|没有|不存在|不是|未|不)/.test(t)) return "否";
  if (/^(是|有|存在)/.test(t)) return "是";
  return null;
}

/** Reads an actual (当前完成值 / 实际完成值) against its target. */
export function readActual(cell: CellRef | null | undefined, target: Target): ActualReading {
  if (!cell || isBlankCell(cell)) return { kind: "blank" };
  const text = (cell.text || String(cell.value ?? "")).trim();
  if (isNumericTarget(target)) {
    const n = readNumber(cell, target);
    if (typeof n === "number") return { kind: "number", value: Math.max(n, 0) };
    return n === "unit-mismatch" ? { kind: "text", text, wrongUnit: true } : { kind: "text", text };
  }
  if (target.kind === "yesno") {
    const answer = yesNo(text);
    if (answer) return { kind: "answer", answer, level: answer === target.expected ? "achieved" : "failed" };
  }
  if (typeof cell.value === "number" && !/%/.test(cell.format) && target.kind !== "graded")
    return { kind: "text", text };
  const level = classifyAchievement(text);
  return level ? { kind: "achievement", level } : { kind: "text", text };
}
