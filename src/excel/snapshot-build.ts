import { parseRangeA1, type CellRange, type CellValue, type SheetSnapshot } from "../core";

/** What one sync loaded for a sheet's used range (Office.js shapes, before any cleaning). */
export interface LoadedRange {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  text: unknown[][];
  numberFormat: unknown[][];
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Office.js arrays -> the engine's sheet snapshot (absolute origin, "" -> null, merges parsed). */
export function buildSheetSnapshot(
  name: string,
  used: LoadedRange | null,
  merged: string | CellRange[] | null,
  hidden = false,
): SheetSnapshot {
  const sheet: SheetSnapshot = { name, values: [], text: [], formats: [], merges: [] };
  if (hidden) sheet.hidden = true;
  if (used) {
    sheet.origin = { row: used.rowIndex, col: used.columnIndex };
    sheet.values = used.values.map((row) => row.map(cellValue));
    sheet.text = used.text.map((row) => row.map((t) => (t === null || t === undefined ? "" : String(t))));
    sheet.formats = used.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f ? f : "General")));
  }
  sheet.merges = typeof merged === "string" ? parseAreasAddress(merged) : (merged ?? []);
  return sheet;
}

/** Splits a RangeAreas address ("S!A1:B2,'a,b'!C3") at the commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still right
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** One area without its sheet: "A1:B2", "B3", whole columns "A:C" or whole rows "2:4". */
export function parseArea(area: string): CellRange | null {
  const a = area.replace(/\$/g, "");
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (cols) {
    const r = parseRangeA1(`${cols[1]}1:${cols[2]}1`);
    return r ? { top: 0, bottom: MAX_ROW, left: r.left, right: r.right } : null;
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (rows) {
    const top = Number(rows[1]) - 1;
    const bottom = Number(rows[2]) - 1;
    return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: 0, right: MAX_COL };
  }
  return parseRangeA1(a);
}

/** RangeAreas.address -> 0-based absolute ranges; unreadable parts are skipped. */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf("!");
    const range = parseArea(bang >= 0 ? part.slice(bang + 1) : part);
    if (range) out.push(range);
  }
  return out;
}

/** "Sheet1!B3" or "'My sheet'!$B$3" -> { sheet, cell: "B3" } (Comment.getLocation().address). */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang) : "";
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").split(":")[0] };
}
