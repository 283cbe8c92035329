/**
 * What a host hands the engine: plain data, nothing of the Excel API or exceljs.
 * Coordinates are 0-based and absolute (row 0, col 0 is A1), whatever the used range.
 */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Absolute position of values[0][0]; a used range may start at, say, B3. */
  origin?: { row: number; col: number };
  /** Raw values. Dates are serial numbers, errors are their text ("#DIV/0!"). Rows may be ragged. */
  values: CellValue[][];
  /**
   * Display text as the user sees it ("25%", "100.80"). A missing entry falls back to String(value);
   * null is an empty cell (its value is null too). A row of text may be its values row itself.
   */
  text?: (string | null)[][];
  /** Number formats ("0%", "0.00", "General"); a missing entry is "General". */
  formats?: string[][];
  /** Merged areas, absolute coordinates. */
  merges?: CellRange[];
  hidden?: boolean;
  /** Formula cells saved without a calculated value (read as blank): a table over one cannot be checked. */
  uncalculated?: { row: number; col: number }[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Sheets the host's record says it made (its summary): the engine does not read them, whatever their names. */
  own?: string[];
}

/** Letters of the first columns, built on demand: every cell address of every table needs them. */
const LETTERS: string[] = [];

export function colToLetters(col: number): string {
  if (col >= 0 && col < 1024) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${colToLetters(col)}${row + 1}`;
}

/**
 * "B12" or "$B$12" -> {row: 11, col: 1}; null for anything else: 1 to 3 letters, 1 to 7 digits.
 * Read character by character: the write plan parses an address per marked cell, thousands per
 * workbook, and a regex match allocates its array and strings each time.
 */
export function parseA1(a1: string): { row: number; col: number } | null {
  const s = a1.trim();
  let i = s.charCodeAt(0) === 36 ? 1 : 0; // $
  const lettersFrom = i;
  let col = 0;
  for (; i < s.length; i++) {
    // Setting bit 5 folds A-Z onto a-z and moves nothing else into a-z.
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === lettersFrom || i - lettersFrom > 3) return null;
  if (s.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (i === digitsFrom || i - digitsFrom > 7 || i !== s.length) return null;
  return { row: row - 1, col: col - 1 };
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** "A1:C3" or "B2" -> range; null when unreadable. */
export function parseRangeA1(s: string): CellRange | null {
  const [p, q] = s.split(":");
  const a = parseA1(p);
  const b = q === undefined ? a : parseA1(q);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Quote a sheet name for a formula or hyperlink: 'My Sheet'!A1. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
