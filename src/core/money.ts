import Big from "big.js";
import type { CellRef } from "./model";
import { memoText, toHalfWidth } from "./text";

/** A number as the user sees it: decimal-exact, with the precision shown. */
export interface ShownNumber {
  big: Big;
  /** Decimal places shown. */
  decimals: number;
  /** The text ended in % (or the format is a percent format): big is in percent units (25 for 25%). */
  percent: boolean;
}

const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Figures repeat (plan shares, a budget and its only source): parsed once per text. Shared results
 * are safe, as Big never changes in place.
 */
const fromText = memoText(fromTextUncached, 5000);

/** The common case, a plain decimal ("18.00", "25"): no clean-up needed. */
const PLAIN = /^\d+(\.\d+)?$/;

function fromTextUncached(text: string): ShownNumber | null {
  if (PLAIN.test(text)) {
    const dot = text.indexOf(".");
    return { big: new Big(text), decimals: dot < 0 ? 0 : text.length - dot - 1, percent: false };
  }
  let t = toHalfWidth(text).replace(/[\s\u00a0]/g, "");
  if (t.startsWith("¥") || t.startsWith("￥")) t = t.slice(1);
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (t === "" || t === "+" || t === "-" || t === "." || !NUMERIC.test(t)) return null;
  t = t.replace(/,/g, "");
  const dot = t.indexOf(".");
  try {
    return { big: new Big(t), decimals: dot < 0 ? 0 : t.length - dot - 1, percent };
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
    const percent = /%/.test(cell.format ?? "");
    const v = percent ? cell.value * 100 : cell.value;
    try {
      const big = new Big(v);
      const s = big.toString();
      const dot = s.indexOf(".");
      return { big, decimals: dot < 0 ? 0 : s.length - dot - 1, percent };
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
