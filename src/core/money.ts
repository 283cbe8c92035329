import Big from "big.js";
import type { CellRef } from "./model";
import { memoText, toHalfWidth } from "./text";

const PERCENT_FORMAT = /%/;

/** Powers of ten that doubles hold exactly. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A number as the user sees it: decimal-exact, with the precision shown. Most cells hold a plain
 * decimal of a few digits ("18.00"): those keep it as an exact integer count of their last shown
 * place, and build the Big only when asked (a workbook holds thousands of distinct amounts).
 */
export class ShownNumber {
  /** The figure times 10^decimals when that is a safe integer (a plain decimal's digits); NaN otherwise. */
  readonly units: number;
  private exact: Big | undefined;

  private constructor(
    private readonly plain: string | null,
    exact: Big | undefined,
    /** Decimal places shown. */
    readonly decimals: number,
    /** The text ended in % (or the format is a percent format): the figure is in percent units (25 for 25%). */
    readonly percent: boolean,
  ) {
    this.exact = exact;
    this.units = NaN;
    // Fifteen digits at most: every such integer is a safe one.
    if (plain !== null && plain.length - (decimals > 0 ? 1 : 0) <= 15) {
      const dot = plain.length - decimals - 1;
      this.units = Number(decimals === 0 ? plain : plain.slice(0, dot) + plain.slice(dot + 1));
    }
  }

  /** From a plain decimal text: digits with an optional fraction ("18", "0.80"). */
  static ofPlain(text: string, percent = false): ShownNumber {
    const dot = text.indexOf(".");
    return new ShownNumber(text, undefined, dot < 0 ? 0 : text.length - dot - 1, percent);
  }

  static of(big: Big, decimals: number, percent: boolean): ShownNumber {
    return new ShownNumber(null, big, decimals, percent);
  }

  get big(): Big {
    // A plain text is always a valid Big: the constructor cannot throw here.
    return (this.exact ??= new Big(this.plain as string));
  }

  /** The figure times 10^shift as a double, exactly as Big's toNumber gives it. */
  toNumber(shift = 0): number {
    const u = this.units;
    // Both operands exact, so the one rounding is the division's (or none): the nearest double, as Big gives.
    if (!Number.isNaN(u)) {
      const k = this.decimals - shift;
      if (k >= 0 && k < POW10.length) return u / POW10[k];
      if (k < 0 && -k < POW10.length && Number.isSafeInteger(u * POW10[-k])) return u * POW10[-k];
    }
    return (shift === 0 ? this.big : this.big.times(10 ** shift)).toNumber();
  }

  /** Whether the figure is at most 1 (a bare fraction of a plan). */
  atMostOne(): boolean {
    const u = this.units;
    return Number.isNaN(u) ? this.big.lte(1) : u <= POW10[this.decimals];
  }
}

const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Figures repeat (plan shares, a budget and its only source): parsed once per text. Shared results
 * are safe: Big never changes in place, and a ShownNumber only keeps the Big it built.
 */
const fromText = memoText(fromTextUncached, 5000);

/** The common case, a plain decimal ("18.00", "25"): no clean-up needed. */
const PLAIN = /^\d+(\.\d+)?$/;

function fromTextUncached(text: string): ShownNumber | null {
  if (PLAIN.test(text)) return ShownNumber.ofPlain(text);
  let t = toHalfWidth(text).replace(/[\s\u00a0]/g, "");
  if (t.startsWith("¥") || t.startsWith("￥")) t = t.slice(1);
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (PLAIN.test(t)) return ShownNumber.ofPlain(t, percent);
  if (t === "" || t === "+" || t === "-" || t === "." || !NUMERIC.test(t)) return null;
  t = t.replace(/,/g, "");
  const dot = t.indexOf(".");
  try {
    return ShownNumber.of(new Big(t), dot < 0 ? 0 : t.length - dot - 1, percent);
  } catch {
    return null;
  }
}

/**
 * Reads a cell as a number at the precision shown. The display text wins (it is what the user
 * checked by eye); the raw value is the fallback when the text is not a plain number (1.0E+3, 日期).
 */
export function readShown(cell: Pick<CellRef, "text" | "value" | "format"> | null | undefined): ShownNumber | null {
  if (!cell) return null;
  const shown = fromText(cell.text ?? "");
  if (shown) return shown;
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    const percent = PERCENT_FORMAT.test(cell.format ?? "");
    const v = percent ? cell.value * 100 : cell.value;
    try {
      const big = new Big(v);
      const s = big.toString();
      const dot = s.indexOf(".");
      return ShownNumber.of(big, dot < 0 ? 0 : s.length - dot - 1, percent);
    } catch {
      return null;
    }
  }
  if (typeof cell.value === "string") return fromText(cell.value);
  return null;
}

/** A money cell (万元) as a decimal; null when blank or not a number. */
export function parseMoney(cell: Pick<CellRef, "text" | "value" | "format"> | null | undefined): Big | null {
  const n = readShown(cell);
  return n && !n.percent ? n.big : null;
}

/** Formats a decimal for a message with at least `decimals` places ("0.80"). */
export function showMoney(b: Big, decimals: number): string {
  return b.toFixed(Math.max(decimals, 0));
}

export { Big };

/** A figure with the unit written after it: 10000万元, 250万, 20万元, 3,309,840.00元, 16. */
const WITH_UNIT = /^(.*?\d)(万元|万|元)$/;

/**
 * An amount in 万元 at the precision shown. `unit` is the unit the table writes amounts in (单位：元,
 * a （元） header); a unit in the text itself wins. 元 become 万元 exactly: 3,309,840.00 元 is
 * 330.984000 万元, four more places than shown.
 */
export function readAmount(
  cell: Pick<CellRef, "text" | "value" | "format"> | null | undefined,
  unit: "万元" | "元" = "万元",
): ShownNumber | null {
  if (!cell) return null;
  let shown = readShown(cell);
  let inYuan = unit === "元";
  if (!shown) {
    const m = WITH_UNIT.exec(toHalfWidth(cell.text ?? "").replace(/[\s\u00a0]/g, ""));
    if (!m) return null;
    shown = fromText(m[1]);
    inYuan = m[2] === "元";
  }
  if (!shown || shown.percent) return null;
  return inYuan ? ShownNumber.of(shown.big.div(10000), shown.decimals + 4, false) : shown;
}
