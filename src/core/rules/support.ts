/** Small helpers shared by the target-table rules: names, examples and figures for messages. */
import type { CellRef, Indicator, Table } from "../model";
import { readShown, showMoney, Big, type ShownNumber } from "../money";
import { isBlankCell } from "../read/cells";
import { squash } from "../text";

const SATISFIED = /满意/;

/** A header cell's label for a message, without the line breaks headers wrap on ("指标\n性质"). */
export function columnName(cell: CellRef | undefined, fallback: string): string {
  return cell?.text.replace(/[\s\u00a0]+/g, "") || fallback;
}

/**
 * Under a split header (指标性质 | 指标值 | 计量单位): the indicator's cell in that column, and the
 * column's name as headed. Null when the header has no such column.
 */
export function splitColumnCell(
  table: Table,
  it: Indicator,
  role: "nature" | "unit",
  fallback: string,
): { cell: { row: number; col: number }; column: string } | null {
  const header = table.header?.columns[role];
  return header ? { cell: { row: it.row, col: header.col }, column: columnName(header, fallback) } : null;
}

/** The indicator's name as the user reads it: 三级指标, else its description, else 二级指标. */
export function indicatorName(it: Indicator): string {
  return squash(it.level3Text || it.description?.text || it.level2Text || it.level1Text || `第${it.row + 1}行指标`);
}

/** The cell holding the indicator's name (三级指标, else 绩效指标描述). */
export function nameCell(it: Indicator): CellRef | null {
  if (it.level3 && !isBlankCell(it.level3)) return it.level3;
  if (it.description && !isBlankCell(it.description)) return it.description;
  return it.level3 ?? it.description;
}

/** A percent figure for a message: 83.3 -> "83.3%", 50 -> "50%". */
export function pct(n: number): string {
  // Whole percents (25, 50, 100) need no rounding: most plan shares and time progresses are.
  return Number.isInteger(n) ? `${n}%` : `${Number(n.toFixed(4))}%`;
}

/** A satisfaction indicator: first level 满意度, or a second level or name saying 满意度. */
export function isSatisfactionIndicator(it: Indicator): boolean {
  return it.level1Kind === "satisfaction" || it.level2Kind === "satisfaction" || SATISFIED.test(it.level3Text);
}

/** Rates where less is better: a ceiling (≤) is meant, not a floor. (能耗下降率 ≥5% is a floor: not listed.) */
const LOWER_IS_BETTER =
  /(差错|错误|出错|投诉|事故|故障|损耗|损失|失误|返工|返修|不合格|超支|超标|空置|流失|死亡|发病|违规|违纪|逾期|误差|偏差|漏检|漏报|误报)/;

export function lowerIsBetter(name: string): boolean {
  return LOWER_IS_BETTER.test(name);
}

/** Names of growth or increase, whose percent may well exceed 100% (同比增长150%). */
const GROWTH = /(增长|增幅|增加|增速|提高|提升|上升|同比|环比|倍)/;

export function isGrowthName(name: string): boolean {
  return GROWTH.test(name);
}

/** The table's 预算数 in 万元 as shown ("18.00"), or null. */
export function budgetShown(table: Table): string | null {
  const b = table.funds?.budgetWan;
  return b ? showMoney(b.big, b.decimals) : null;
}

/** A readable value of the kind this indicator needs, for "如 …" in a message. */
export function exampleTarget(it: Indicator, table: Table): string {
  const name = indicatorName(it);
  if (it.level2Kind === "economic-cost" || it.level2Kind === "cost" || it.level1Kind === "cost")
    return `≤${budgetShown(table) ?? "18"}万元`;
  if (isSatisfactionIndicator(it)) return "≥90%";
  if (lowerIsBetter(name) && /率/.test(name)) return "≤5%";
  if (/率|比例|占比/.test(name)) return "≥95%";
  switch (it.level2Kind) {
    case "quantity":
      return "≥40批次";
    case "quality":
      return "≥95%";
    case "timeliness":
      return "12月底前完成";
    default:
      return "≥95%";
  }
}

/** A cell as a decimal at the precision shown, or null when blank or not a number. */
export function shownNumber(cell: Pick<CellRef, "text" | "value" | "format"> | null | undefined): ShownNumber | null {
  return isBlankCell(cell) ? null : readShown(cell);
}

/**
 * The cell's underlying value as a decimal (the typed number behind a rounded display), or the
 * shown one when the cell holds text.
 */
export function rawNumber(cell: Pick<CellRef, "text" | "value" | "format">, shown: ShownNumber): Big {
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    try {
      const b = new Big(cell.value);
      return shown.percent && /%/.test(cell.format ?? "") ? b.times(100) : b;
    } catch {
      return shown.big;
    }
  }
  return shown.big;
}

/**
 * The usual case, told apart in integers: every figure a plain decimal, the shown items adding up
 * to the shown total exactly. False means "not shown to agree": Big decides then.
 */
function sumsExactly(total: ShownNumber, items: readonly { shown: ShownNumber }[]): boolean {
  let d = total.decimals;
  for (let i = 0; i < items.length; i++) if (items[i].shown.decimals > d) d = items[i].shown.decimals;
  if (d > 15 || Number.isNaN(total.units)) return false;
  const want = total.units * 10 ** (d - total.decimals);
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    const s = items[i].shown;
    sum += s.units * 10 ** (d - s.decimals);
    // NaN (not plain) or past 2^53: no longer exact.
    if (!Number.isSafeInteger(sum)) return false;
  }
  return Number.isSafeInteger(want) && sum === want;
}

/**
 * Whether a total disagrees with the sum of its items at the precision shown. The shown figures
 * decide; a difference that only comes from rounding each item for display (0.33 + 0.33 + 0.33
 * shown for thirds of 1.00) is not a mismatch when the typed values add up.
 */
export function sumDisagrees(
  total: { shown: ShownNumber },
  items: { shown: ShownNumber; cell: Pick<CellRef, "text" | "value" | "format"> }[],
): { shownSum: Big; decimals: number } | null {
  if (sumsExactly(total.shown, items)) return null;
  const shownSum = items.reduce((s, i) => s.plus(i.shown.big), new Big(0));
  if (shownSum.eq(total.shown.big)) return null;
  // The typed values are read only when the shown figures disagree: the rare case.
  const rawSum = items.reduce((s, i) => s.plus(rawNumber(i.cell, i.shown)), new Big(0));
  if (rawSum.round(total.shown.decimals, Big.roundHalfUp).eq(total.shown.big)) return null;
  const decimals = Math.max(total.shown.decimals, ...items.map((i) => i.shown.decimals));
  return { shownSum, decimals };
}

/** No typed value to fall back on: a figure read from a label, with its unit, or converted from 元. */
const NO_RAW = { text: "", value: null, format: "General" };

/** The cell whose typed value is the figure itself, in 万元. */
export function rawCell(cell: CellRef, shown: ShownNumber, unit: string): Pick<CellRef, "text" | "value" | "format"> {
  if (unit !== "万元") return NO_RAW;
  const own = readShown(cell);
  if (!own || own.percent || own.decimals !== shown.decimals) return NO_RAW;
  // Plain decimals compare as integers; Big only for the rest.
  const same = Number.isNaN(own.units) || Number.isNaN(shown.units) ? own.big.eq(shown.big) : own.units === shown.units;
  return same ? cell : NO_RAW;
}

export { showMoney };
