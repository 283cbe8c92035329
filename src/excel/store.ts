/**
 * The bookkeeping kept in the workbook: for every cell the add-in touched, what it wrote and what
 * the cell held before. Lives on a very hidden sheet so it travels with the file and survives
 * closing Excel; the engine skips sheets whose names start with "_jixiao".
 */
import { FILLS, isSummaryName, LIGHT_FILLS, looksLikeSummary, type CellValue, type SheetSnapshot } from "../core";

export const STORE_SHEET = "_jixiao_marks";
export const STORE_HEADER = "#jixiao-marks v1";
/** Excel holds at most 32,767 characters per cell; long entries continue in the next column. */
export const STORE_PIECE = 30000;

/** A cell's fill as Office.js reports it; pattern "None" means no fill at all. */
export interface FillState {
  color: string;
  pattern: string;
  patternColor?: string;
  /** The package host: the fill element as styles.xml had it, so a theme or indexed colour comes back exactly. */
  xml?: string;
}

export interface StoreEntry {
  sheet: string;
  /** A1 address on that sheet. */
  cell: string;
  /** The fill we painted, and the fill the cell had before. */
  paint?: string;
  fill?: FillState;
  /** Notes mode: we wrote a note; the user's note before it (null: there was none). */
  note?: { before: string | null };
  /** Comments mode: we added a comment thread or a reply (both start with NOTE_PREFIX). */
  comment?: boolean;
  /** A computed value written into a blank cell and the number format the cell had; prev: the value before a re-check. */
  wrote?: { value: number | string; numFmt: string; prev?: number | string };
}

/** What the store says besides its cells: the summary sheet the host made, known by this and not by its name. */
export interface StoreMeta {
  summary?: string;
  /** The package host's print settings on marked sheets, with what they were before. */
  print?: PrintUndo[];
}

/** A marked sheet's print setup as it was: its cellComments (null: none), and whether we added the sheet-name header. */
export interface PrintUndo {
  sheet: string;
  comments?: string | null;
  header?: boolean;
}

function validPrint(v: unknown): PrintUndo | null {
  const p = v as Record<string, unknown> | null;
  if (!p || typeof p !== "object" || typeof p.sheet !== "string") return null;
  const out: PrintUndo = { sheet: p.sheet };
  if (p.comments === null || typeof p.comments === "string") out.comments = p.comments;
  if (p.header === true) out.header = true;
  return out;
}

/**
 * Our summary sheet among `names`: the one the store names, else (a store from before it named
 * one) a sheet laid out as ours; null when there is none. A sheet of the user's named 检查结果 is not ours.
 */
export function summaryOf(
  names: readonly string[],
  meta: StoreMeta,
  sheet: (name: string) => SheetSnapshot | null,
): string | null {
  if (meta.summary !== undefined && names.includes(meta.summary)) return meta.summary;
  for (const name of names) {
    if (!isSummaryName(name)) continue;
    const s = sheet(name);
    if (s && looksLikeSummary(s)) return name;
  }
  return null;
}

export function entryKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}

/** Entries -> rows of text for the store sheet. Every cell starts with "j" so Excel never reads it as a number or formula. */
export function encodeStore(entries: StoreEntry[], meta: StoreMeta = {}): string[][] {
  const rows: string[][] = [[STORE_HEADER]];
  // A row without sheet and cell: older readers skip it as not an entry.
  if (meta.summary !== undefined) rows.push(storePieces(JSON.stringify({ meta: 1, ...meta })));
  for (const e of entries) rows.push(storePieces(JSON.stringify(e)));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...new Array<string>(width - r.length).fill("")] : r));
}

/** A text split into cells Excel can hold, each starting with "j". */
export function storePieces(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; i += STORE_PIECE) out.push(`j${json.slice(i, i + STORE_PIECE)}`);
  return out;
}

function isFill(v: unknown): v is FillState {
  if (!v || typeof v !== "object") return false;
  const f = v as Record<string, unknown>;
  return typeof f.color === "string" && typeof f.pattern === "string";
}

function validFill(f: FillState): FillState {
  const out: FillState = { color: f.color, pattern: f.pattern };
  if (typeof f.patternColor === "string") out.patternColor = f.patternColor;
  if (typeof f.xml === "string" && /^<(\w+:)?fill[\s>]/.test(f.xml)) out.xml = f.xml;
  return out;
}

function validEntry(v: unknown): StoreEntry | null {
  if (!v || typeof v !== "object") return null;
  const e = v as Record<string, unknown>;
  if (typeof e.sheet !== "string" || typeof e.cell !== "string") return null;
  const out: StoreEntry = { sheet: e.sheet, cell: e.cell };
  if (typeof e.paint === "string" && isFill(e.fill)) {
    out.paint = e.paint;
    out.fill = validFill(e.fill);
  }
  const note = e.note as { before?: unknown } | undefined;
  if (note && typeof note === "object" && (note.before === null || typeof note.before === "string")) {
    out.note = { before: note.before };
  }
  if (e.comment === true) out.comment = true;
  const wrote = e.wrote as { value?: unknown; numFmt?: unknown; prev?: unknown } | undefined;
  if (
    wrote &&
    typeof wrote === "object" &&
    (typeof wrote.value === "number" || typeof wrote.value === "string") &&
    typeof wrote.numFmt === "string"
  ) {
    out.wrote = { value: wrote.value, numFmt: wrote.numFmt };
    if (typeof wrote.prev === "number" || typeof wrote.prev === "string") out.wrote.prev = wrote.prev;
  }
  return out;
}

/** The store sheet's rows, each joined from its pieces and parsed; a damaged row is skipped, never fatal. */
export function storeRows(values: unknown[][] | null | undefined): unknown[] {
  if (!values || values.length === 0 || values[0]?.[0] !== STORE_HEADER) return [];
  const out: unknown[] = [];
  for (const row of values.slice(1)) {
    let json = "";
    for (const cell of row ?? []) {
      if (typeof cell !== "string" || !cell.startsWith("j")) break;
      json += cell.slice(1);
    }
    if (!json) continue;
    try {
      out.push(JSON.parse(json));
    } catch {
      // A damaged row loses one cell's bookkeeping, not the others'.
    }
  }
  return out;
}

/** The store sheet's values -> entries. Rows that are not ours or do not parse are skipped, never fatal. */
export function decodeStore(values: unknown[][] | null | undefined): StoreEntry[] {
  return storeRows(values)
    .map(validEntry)
    .filter((e): e is StoreEntry => e !== null);
}

/** The store's meta row, if it has one. */
export function decodeStoreMeta(values: unknown[][] | null | undefined): StoreMeta {
  for (const row of storeRows(values)) {
    const m = row as { meta?: unknown; summary?: unknown; print?: unknown } | null;
    if (!m || typeof m !== "object" || m.meta !== 1 || typeof m.summary !== "string") continue;
    const print = Array.isArray(m.print) ? m.print.map(validPrint).filter((p): p is PrintUndo => p !== null) : [];
    return print.length ? { summary: m.summary, print } : { summary: m.summary };
  }
  return {};
}

// What is still ours in a cell: decided once, for the add-ins and the package host alike.

/** Shown above the user's own note inside ours, so it stays readable while marked. */
export const BEFORE_LABEL = "原备注：";

const OUR_COLOURS = new Set([...Object.values(FILLS), ...Object.values(LIGHT_FILLS)].map((c) => c.toUpperCase()));

/** A cell showing `shown` (null: no fill) still has the colour we painted: ours to take back. A colour the user chose since is theirs. */
export function isOurPaint(shown: string | null, paint: string): boolean {
  if (shown === null) return false;
  const c = shown.toUpperCase();
  return c === paint.toUpperCase() || OUR_COLOURS.has(c);
}

function sameValue(current: CellValue, wrote: number | string): boolean {
  if (typeof wrote === "number") {
    return typeof current === "number" && Math.abs(current - wrote) <= 1e-9 * Math.max(1, Math.abs(wrote));
  }
  return current !== null && String(current) === wrote;
}

/** Our value is still in the cell (the user has not typed over it). */
export function holdsOurValue(current: CellValue, entry: StoreEntry): boolean {
  const w = entry.wrote;
  if (!w) return false;
  return sameValue(current, w.value) || (w.prev !== undefined && sameValue(current, w.prev));
}
