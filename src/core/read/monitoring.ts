import type { Grid } from "../grid";
import type { CellRef, MonitoringInfo } from "../model";
import { checkpointMonth } from "../locate/labels";
import { toHalfWidth } from "../text";
import { isBlankCell, valueRightOf } from "./cells";
import { firstLabel, type FoundLabel } from "./header";

const CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

const DATE_FORMAT = /[ymd]|年|月|日/i;

/**
 * 监控截至 as a month: 6月底, 6月末, 6月, 1-6月, 六月底, 2024年6月30日, 2024-06-30, 2024/6/30, 截至6月底,
 * or a date cell. Null when nothing reads as a month 1–12.
 */
export function asOfMonth(cell: CellRef | null): number | null {
  if (!cell || isBlankCell(cell)) return null;
  if (typeof cell.value === "number" && DATE_FORMAT.test(cell.format) && cell.value > 1 && cell.value < 2958466) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(cell.value) * 86400000);
    return d.getUTCMonth() + 1;
  }
  const t = toHalfWidth(cell.text)
    .replace(/\s+/g, "")
    .replace(/^(截至|截止|截止到|截至到)/, "");
  const direct = checkpointMonth(t);
  if (direct !== null) return direct;
  let m = /^(?:\d{4}年)?(?:1-|1月-|1至)?(\d{1,2})月(?:\d{1,2}日)?(?:底|末|份)?$/.exec(t);
  if (!m) m = /^\d{4}[-./](\d{1,2})(?:[-./]\d{1,2})?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  const cn = /^(?:\d{4}年)?([一二三四五六七八九十]{1,3})月(?:底|末|份)?$/.exec(t);
  if (cn) {
    const n = CN_MONTHS.indexOf(cn[1]) + 1;
    return n >= 1 ? n : null;
  }
  const quarter = /^(?:第)?([一二三四1234])季度(?:末|底)?$/.exec(t);
  if (quarter) return ({ 一: 3, 二: 6, 三: 9, 四: 12, 1: 3, 2: 6, 3: 9, 4: 12 } as Record<string, number>)[quarter[1]];
  return null;
}

/** The month an in-year column header counts to: 1-7月执行数, 1至6月执行情况, 截至8月底完成值, 上半年完成情况. */
const IN_YEAR_MONTH =
  /^(?:1月?[-—–~至]|截至|截止)?(\d{1,2}月|上?半年)(?:\d{1,2}日)?(?:底|末|份)?(?:累计)?(?:实际)?(执行|完成)/;

function headerMonth(cell: CellRef | null | undefined): number | null {
  if (!cell) return null;
  const m = IN_YEAR_MONTH.exec(toHalfWidth(cell.text).replace(/\s+/g, ""));
  const n = !m ? 0 : m[1].endsWith("半年") ? 6 : parseInt(m[1], 10);
  return n >= 1 && n <= 12 ? n : null;
}

/**
 * 监控截至 and the 实际累计支出 row of a monitoring table. The 财预〔2019〕136号 form has no 监控截至
 * row: its month is in the in-year headers (1-7月执行数, 1-7月执行情况), read where the label is missing.
 */
export function readMonitoringInfo(
  grid: Grid,
  labels: FoundLabel[],
  inYearHeaders: (CellRef | null | undefined)[] = [],
): MonitoringInfo {
  const asOfLabel = firstLabel(labels, "asOf");
  let asOf = asOfLabel ? valueRightOf(grid, asOfLabel.cell) : null;
  let month = asOfMonth(asOf);
  if (!asOfLabel) {
    for (const h of inYearHeaders) {
      const m = headerMonth(h);
      if (m === null) continue;
      asOf = h ?? null;
      month = m;
      break;
    }
  }
  return { asOf, asOfMonth: month, actualLabel: firstLabel(labels, "actualRow")?.cell ?? null };
}
