import * as numfmt from "numfmt";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { SETTINGS_KEY, SETTINGS_SHEET, settingsFromRows } from "../../core/settings-key";
import { parseA1, parseRangeA1 } from "../../core/snapshot";
import { contentTypeOf, findPart, readRels, REL_TYPES } from "./opc";
import { EMPTY_STYLES, parseStyles, type Styles } from "./styles";
import { decodeOoxmlEscapes, decodeText, XmlScanner } from "./xml";
import { CORRUPT, PackageError, unzipPackage, utf8, type Parts } from "./zip";

/** One sheet of the workbook, as workbook.xml and its relationships name it. */
export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** Part name (worksheets only; null for a chart sheet or a missing part). */
  part: string | null;
  state: "visible" | "hidden" | "veryHidden";
}

/** A note on a cell, as the comments part has it. */
export interface PackageNote {
  text: string;
}

export interface PackageWorkbook {
  /** What the engine reads. */
  snapshot: WorkbookSnapshot;
  /** The add-in's settings saved in the document (xl/webextensions), parsed JSON; null when absent or unreadable. */
  addinSettings: unknown;
  /** Macro-enabled (.xlsm): the copy keeps the extension and the macros. */
  macro: boolean;
  date1904: boolean;
  /** Every sheet in tab order (chart sheets too). */
  sheets: PackageSheet[];
  /** The package's parts, as read (never modified). */
  parts: Parts;
  workbookPart: string;
  stylesPart: string | null;
  styles: Styles;
  /** The theme part's text (its colours resolve theme fills), null when the package has none. */
  themeXml: string | null;
  sharedStrings: string[];
}

const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

function text(parts: Parts, name: string | null): string | null {
  if (!name) return null;
  const bytes = parts.get(name);
  return bytes ? utf8(bytes) : null;
}

/** Reads the package: the snapshot the engine needs and what the patcher needs to write a copy. */
export function readPackage(bytes: Uint8Array): PackageWorkbook {
  const parts = unzipPackage(bytes);
  try {
    return readParts(parts);
  } catch (e) {
    if (e instanceof PackageError) throw e;
    throw new PackageError("corrupt", CORRUPT);
  }
}

/** The workbook part, from the package relationships (xl/workbook.xml by convention only). */
function workbookPartOf(parts: Parts): string {
  const rel = readRels(parts, "").find(
    (r) => r.type === REL_TYPES.officeDocument || r.type.endsWith("/officeDocument"),
  );
  const name = rel ? findPart(parts, rel.target) : findPart(parts, "xl/workbook.xml");
  if (!name) throw new PackageError("corrupt", CORRUPT);
  return name;
}

export function readParts(parts: Parts): PackageWorkbook {
  const workbookPart = workbookPartOf(parts);
  const wbXml = text(parts, workbookPart) as string;
  const rels = readRels(parts, workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  let root = false;
  const sc = new XmlScanner(wbXml);
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === "workbook") root = true;
    if (sc.name === "workbookPr") {
      const d = sc.attr("date1904");
      date1904 = d === "1" || d === "true";
    } else if (sc.name === "sheet") {
      const relId = sc.attr("r:id") ?? sc.attr("id") ?? "";
      const rel = relById.get(relId);
      const isWorksheet = !!rel && !rel.external && rel.type === REL_TYPES.worksheet;
      const state = sc.attr("state");
      sheets.push({
        name: sc.attr("name") ?? "",
        sheetId: Number(sc.attr("sheetId") ?? 0),
        relId,
        part: isWorksheet ? findPart(parts, rel.target) : null,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
    }
  }
  if (!root || !parts.has("[Content_Types].xml")) throw new PackageError("corrupt", CORRUPT);
  const stylesRel = rels.find((r) => r.type === REL_TYPES.styles);
  const stylesPart = stylesRel ? findPart(parts, stylesRel.target) : null;
  const stylesXml = text(parts, stylesPart);
  const styles = stylesXml ? parseStyles(stylesXml) : EMPTY_STYLES;
  const themeRel = rels.find((r) => r.type === REL_TYPES.theme);
  const sstRel = rels.find((r) => r.type === REL_TYPES.sharedStrings);
  const sharedStrings = readSharedStrings(text(parts, sstRel ? findPart(parts, sstRel.target) : null));
  const ctx: SheetContext = { styles, sharedStrings, date1904 };
  const snapshot: WorkbookSnapshot = { sheets: [] };
  for (const s of sheets) {
    if (!s.part) continue;
    const snap = readSheet(text(parts, s.part) as string, s.name, ctx);
    if (s.state !== "visible") snap.hidden = true;
    snapshot.sheets.push(snap);
  }
  return {
    snapshot,
    addinSettings: readAddinSettings(parts) ?? settingsSheetOf(snapshot),
    macro: contentTypeOf(parts, workbookPart) === MACRO_TYPE,
    date1904,
    sheets,
    parts,
    workbookPart,
    stylesPart,
    styles,
    themeXml: text(parts, themeRel ? findPart(parts, themeRel.target) : null),
    sharedStrings,
  };
}

/** Text of a rich-text element (<si>, <is>, <text>): its runs, phonetic guides left out. */
export function richText(sc: XmlScanner, container: string): string {
  let out = "";
  let inPhonetic = 0;
  while (sc.next()) {
    if (sc.name === container && sc.closing) break;
    if (sc.name === "rPh") {
      if (sc.empty) continue;
      inPhonetic += sc.closing ? -1 : 1;
    } else if (sc.name === "t" && !sc.closing && !sc.empty) {
      const from = sc.end;
      sc.next();
      if (!inPhonetic) out += sc.xml.slice(from, sc.start);
    }
  }
  return decodeOoxmlEscapes(decodeText(out));
}

function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const sc = new XmlScanner(xml);
  while (sc.next()) {
    if (sc.name !== "si" || sc.closing) continue;
    out.push(sc.empty ? "" : richText(sc, "si"));
  }
  return out;
}

interface SheetContext {
  styles: Styles;
  sharedStrings: string[];
  date1904: boolean;
}

const badFormats = new Set<string>();

/** Display text of a number in its format, as Excel shows it; General where the format is beyond numfmt. */
export function formatNumber(value: number, fmt: string): string {
  if (fmt !== "General" && !badFormats.has(fmt)) {
    try {
      return numfmt.format(fmt, value);
    } catch {
      badFormats.add(fmt);
    }
  }
  try {
    return numfmt.format("General", value);
  } catch {
    return String(value);
  }
}

const dateFormats = new Map<string, boolean>();
function isDateFormat(fmt: string): boolean {
  let d = dateFormats.get(fmt);
  if (d === undefined) {
    try {
      d = fmt !== "General" && numfmt.isDateFormat(fmt);
    } catch {
      d = false;
    }
    dateFormats.set(fmt, d);
  }
  return d;
}

/** Serial of 1970-01-01 in the 1900 system, and the 1904 system's offset from it. */
const EPOCH_1900 = 25569;
const DAYS_1904 = 1462;

/** An ISO date (t="d") -> serial. */
function isoToSerial(s: string, date1904: boolean): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) || !s.includes("T") ? s : `${s}Z`);
  if (Number.isNaN(t)) return null;
  return t / 86400000 + EPOCH_1900 - (date1904 ? DAYS_1904 : 0);
}

const NO_ROW: never[] = [];

/** One worksheet part -> plain values, display text, formats, merges; formula cells without a cached value listed. */
export function readSheet(xml: string, name: string, ctx: SheetContext): SheetSnapshot {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const formats: string[][] = [];
  const merges: CellRange[] = [];
  const uncalculated: { row: number; col: number }[] = [];
  const { styles, sharedStrings, date1904 } = ctx;
  const sc = new XmlScanner(xml);
  let row = -1;
  let col = -1;
  let vals: CellValue[] = [];
  let txt: string[] = [];
  let fmts: string[] = [];
  const flush = () => {
    if (!vals.length) return;
    while (values.length < row) {
      values.push(NO_ROW);
      texts.push(NO_ROW);
      formats.push(NO_ROW);
    }
    values.push(vals);
    texts.push(txt);
    formats.push(fmts);
    vals = [];
    txt = [];
    fmts = [];
  };
  while (sc.next()) {
    const tag = sc.name;
    if (tag === "row") {
      if (sc.closing) continue;
      flush();
      const r = sc.attr("r");
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      if (sc.empty) continue;
    } else if (tag === "c" && !sc.closing) {
      const ref = sc.attr("r");
      const pos = ref ? parseA1(ref) : null;
      col = pos ? pos.col : col + 1;
      if (pos && pos.row !== row) {
        // A cell outside its row (or before any row): take its own address.
        flush();
        row = pos.row;
      }
      if (row < values.length) continue; // rows out of order: keep the first
      if (sc.empty) continue;
      const t = sc.attr("t");
      const s = Number(sc.attr("s") ?? 0);
      let raw: string | null = null;
      let inline: string | null = null;
      let formula = false;
      while (sc.next()) {
        if (sc.name === "c" && sc.closing) break;
        if (sc.closing) continue;
        if (sc.name === "f") {
          formula = true;
          if (!sc.empty) sc.skipElement();
        } else if (sc.name === "v") {
          if (sc.empty) raw = "";
          else {
            const from = sc.end;
            sc.skipElement();
            raw = xml.slice(from, sc.start);
            raw = decodeText(raw);
          }
        } else if (sc.name === "is" && !sc.empty) {
          inline = richText(sc, "is");
        }
      }
      const fmt = styles.xfFormats[s] ?? "General";
      let value: CellValue = null;
      let shown: string | undefined;
      if (t === "inlineStr") {
        value = inline ?? raw ?? "";
        shown = value;
      } else if (raw === null) {
        if (formula && uncalculated.length < 10000) uncalculated.push({ row, col });
        continue;
      } else if (t === "s") {
        value = sharedStrings[Number(raw)] ?? "";
        shown = value;
      } else if (t === "str" || t === "e") {
        value = decodeOoxmlEscapes(raw);
        shown = value;
      } else if (t === "b") {
        value = raw === "1" || raw === "true";
        shown = value ? "TRUE" : "FALSE";
      } else if (t === "d") {
        value = isoToSerial(raw, date1904);
        if (value === null) continue;
        shown = formatNumber(value + (date1904 ? DAYS_1904 : 0), fmt === "General" ? "yyyy-mm-dd" : fmt);
      } else {
        const n = Number(raw);
        if (raw.trim() === "" || !Number.isFinite(n)) continue;
        value = n;
        // numfmt counts serials from 1900; a 1904 workbook's serial is 1462 days less for the same date.
        shown = formatNumber(date1904 && isDateFormat(fmt) ? n + DAYS_1904 : n, fmt);
      }
      if (value === null || value === "") continue;
      while (vals.length < col) {
        vals.push(null);
        txt.push("");
        fmts.push("General");
      }
      if (vals.length > col) continue; // cells out of order: keep the first
      vals.push(value);
      txt.push(shown ?? String(value));
      fmts.push(fmt);
    } else if (tag === "mergeCell" && !sc.closing) {
      const m = parseRangeA1(sc.attr("ref") ?? "");
      if (m) merges.push(m);
    }
  }
  flush();
  blankCovered(values, texts, merges);
  const snap: SheetSnapshot = { name, values, text: texts, formats, merges };
  if (uncalculated.length) snap.uncalculated = uncalculated;
  return snap;
}

/** A merge's covered cells read blank, as Excel shows them; only cells that exist are visited. */
function blankCovered(values: CellValue[][], texts: string[][], merges: CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < values.length; r++) {
      const vals = values[r];
      for (let c = m.left; c <= m.right && c < vals.length; c++) {
        if ((r === m.top && c === m.left) || vals[c] === null) continue;
        vals[c] = null;
        texts[r][c] = "";
      }
    }
  }
}

/** The add-in's document settings (Office keeps them in xl/webextensions/webextension*.xml). */
/** The WPS add-in's settings sheet (see core's settings-key), where the document settings are absent. */
function settingsSheetOf(snapshot: WorkbookSnapshot): unknown {
  const sheet = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet || (sheet.origin && (sheet.origin.row !== 0 || sheet.origin.col !== 0))) return null;
  return settingsFromRows(sheet.values);
}

function readAddinSettings(parts: Parts): unknown {
  for (const [name, bytes] of parts) {
    if (!/^xl\/webextensions\/webextension[^/]*\.xml$/i.test(name)) continue;
    const sc = new XmlScanner(utf8(bytes));
    while (sc.next()) {
      if (sc.name !== "property" || sc.closing || sc.attr("name") !== SETTINGS_KEY) continue;
      try {
        const raw: unknown = JSON.parse(sc.attr("value") ?? "");
        // Office.Settings stores a string set with a string as JSON of that string.
        return typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
      } catch {
        return null;
      }
    }
  }
  return null;
}
