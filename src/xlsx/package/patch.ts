import {
  checkWorkbook,
  freeSheetName,
  looksLikeSummary,
  planWrites,
  sheetRef,
  SUMMARY_SHEET,
  type CheckResult,
  type PrintSetup,
  type SettingsInput,
  type WritePlan,
} from "../../core";
import {
  BEFORE_LABEL,
  STORE_HEADER,
  STORE_SHEET,
  decodeStore,
  decodeStoreMeta,
  encodeStore,
  storePieces,
  storeRows,
  type PrintUndo,
  type StoreEntry,
} from "../../excel/store";
import { CONTENT_TYPES, findPart, readRels, relativeTarget, relsPathOf, REL_NS, REL_TYPES } from "./opc";
import {
  newCommentsPart,
  newVmlPart,
  noteContent,
  parseComments,
  patchComments,
  patchVml,
  refOf,
  vmlIds,
  type NewNote,
} from "./notes";
import { readPackage, readParts, type PackageSheet, type PackageWorkbook } from "./read";
import { patchCells, type CellTarget, type SheetLayout } from "./sheet-patch";
import { fingerprint, setAttr, Splice, SplicedParts, unsplice, type SpliceLog } from "./splice";
import { EMPTY_STYLESHEET, StyleWriter } from "./style-writer";
import { parseStyles } from "./styles";
import { unmarkPackage } from "./restore";
import { storeSheetXml, summaryXml } from "./summary";
import { esc, mainPrefix, withPrefix, XmlScanner } from "./xml";
import { encode, utf8, zipPackage, type Parts } from "./zip";

/** The sheet's name as its page header, where a marked sheet has none. */
export const SHEET_NAME_HEADER = "<headerFooter><oddHeader>&amp;A</oddHeader></headerFooter>";
/** A merge this large is marked at its top-left cell only. */
const MAX_MERGE_FILL = 1000;

/** What the copy's record keeps to undo it exactly: each changed part's edits, and the parts we added. */
export interface PackageRecord {
  pkg: 1;
  parts: Record<string, { h: string; e: SpliceLog }>;
  added: string[];
}

export interface CheckPackageOptions {
  /** The file's name, shown on the summary sheet. */
  name: string;
  settings?: SettingsInput | null;
  /** A profile id laid over the settings (the command line's --profile). */
  profile?: string;
  /** Clock for the summary's 检查时间. */
  now?: Date;
  /** Build the marked copy (default true). */
  copy?: boolean;
}

export interface PackageCheck {
  result: CheckResult;
  plan: WritePlan;
  copy: Uint8Array | null;
  outputExtension: "xlsx" | "xlsm";
  /** The check used the settings the add-in saved in the workbook. */
  savedSettings: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local time as "2026-11-23 10:30". */
export function formatCheckedAt(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The settings to check with: the caller's, else the ones the add-in saved in the workbook, with the
 * profile laid over them. A saved value that is not an object goes to the engine as it is: its schema
 * says what is wrong (SettingsError).
 */
function runEngine(pkg: PackageWorkbook, opts: CheckPackageOptions): { result: CheckResult; saved: boolean } {
  const saved = opts.settings === undefined ? pkg.addinSettings : null;
  const input = (opts.settings ?? saved ?? {}) as SettingsInput;
  const settings = opts.profile && input && typeof input === "object" ? { ...input, profile: opts.profile } : input;
  return { result: checkWorkbook(pkg.snapshot, settings), saved: saved !== null };
}

/** Reads, checks and (unless copy is false) patches a marked copy; a marked copy is first cleared of its marks. */
export function checkPackage(bytes: Uint8Array, opts: CheckPackageOptions): PackageCheck {
  let pkg = readPackage(bytes);
  const cleared = clearParts(pkg);
  if (cleared) pkg = readParts(cleared);
  const { result, saved } = runEngine(pkg, opts);
  const plan = planWrites(result, { checkedAt: formatCheckedAt(opts.now ?? new Date()), source: opts.name });
  plan.summary.name = freeSheetName(
    SUMMARY_SHEET,
    pkg.sheets.map((s) => s.name),
  );
  const outputExtension = pkg.macro ? "xlsm" : "xlsx";
  if (opts.copy === false) return { result, plan, copy: null, outputExtension, savedSettings: saved };
  return { result, plan, copy: zipPackage(patchPackage(pkg, plan)), outputExtension, savedSettings: saved };
}

/** The workbook with every mark of ours removed: part for part as it was before it was checked. */
export function clearPackage(bytes: Uint8Array): Uint8Array {
  const pkg = readPackage(bytes);
  const cleared = clearParts(pkg);
  return cleared ? zipPackage(cleared) : bytes;
}

// ---------------------------------------------------------------------------------------------
// The record

/** Our record sheets (very hidden sheets whose first cell is the store header). */
function recordSheets(pkg: PackageWorkbook): PackageSheet[] {
  return pkg.sheets.filter((s) => {
    if (!s.name.startsWith(STORE_SHEET)) return false;
    const snap = pkg.snapshot.sheets.find((x) => x.name === s.name);
    return snap?.values[0]?.[0] === STORE_HEADER;
  });
}

function isRecord(v: unknown): v is PackageRecord {
  const r = v as PackageRecord;
  return !!r && typeof r === "object" && r.pkg === 1 && typeof r.parts === "object" && Array.isArray(r.added);
}

/** Every part the record changed still reads as we wrote it, and every part we added is there. */
function untouched(parts: Parts, record: PackageRecord): boolean {
  for (const [name, { h }] of Object.entries(record.parts)) {
    const bytes = parts.get(name);
    if (!bytes || fingerprint(utf8(bytes)) !== h) return false;
  }
  return record.added.every((name) => parts.has(name));
}

/**
 * The parts with our marks undone, or null when the workbook carries nothing of ours. A copy as we
 * wrote it is undone exactly from the record's splices; one saved since (by Excel, WPS or
 * LibreOffice) or marked by an add-in is undone cell by cell from the record's entries, and our
 * summary (the one the record names, or one laid out as ours) and record sheets are taken out.
 */
export function clearParts(pkg: PackageWorkbook): Parts | null {
  const records = recordSheets(pkg);
  const values = records.map((s) => pkg.snapshot.sheets.find((x) => x.name === s.name)?.values);
  const record = records.length === 1 ? storeRows(values[0]).find(isRecord) : undefined;
  if (record && untouched(pkg.parts, record)) {
    const parts: Parts = new Map(pkg.parts);
    for (const name of record.added) parts.delete(name);
    for (const [name, { e }] of Object.entries(record.parts)) {
      const bytes = parts.get(name);
      if (bytes) parts.set(name, encode(unsplice(utf8(bytes), e)));
    }
    return parts;
  }
  const ours = new Set(records.map((s) => s.name));
  const metas = values.map(decodeStoreMeta);
  for (const { summary } of metas)
    if (summary !== undefined && pkg.sheets.some((s) => s.name === summary)) ours.add(summary);
  for (const s of pkg.snapshot.sheets) if (looksLikeSummary(s)) ours.add(s.name);
  if (!ours.size) return null;
  return unmarkPackage(
    pkg,
    values.flatMap(decodeStore),
    ours,
    metas.flatMap((m) => m.print ?? []),
  );
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The package being patched: edits per part against the original text, and new parts. */
class PackageEdit extends SplicedParts {
  readonly added = new Map<string, string>();

  has(name: string): boolean {
    return this.added.has(name) || !!findPart(this.parts, name);
  }

  /** A free part name like xl/comments3.xml. */
  freeName(prefix: string, ext: string): string {
    for (let i = 1; ; i++) {
      const n = `${prefix}${i}.${ext}`;
      if (!this.has(n)) return n;
    }
  }

  /** Adds a relationship to `source`'s rels (created if missing); returns its id. */
  relate(source: string, type: string, target: string): string {
    const relsName = findPart(this.parts, relsPathOf(source)) ?? relsPathOf(source);
    const existing = this.added.get(relsName) ?? (this.parts.has(relsName) ? this.text(relsName) : null);
    const ids = new Set([...(existing ?? "").matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    for (const x of this.pendingIds.get(relsName) ?? []) ids.add(x);
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    (this.pendingIds.get(relsName) ?? this.pendingIds.set(relsName, []).get(relsName))?.push(id);
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${esc(relativeTarget(source, target))}"/>`;
    if (existing === null) {
      this.added.set(
        relsName,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
      );
    } else if (this.added.has(relsName)) {
      this.added.set(relsName, existing.replace("</Relationships>", `${rel}</Relationships>`));
    } else {
      insertBeforeClose(this.splice(relsName), "Relationships", rel);
    }
    return id;
  }

  private readonly pendingIds = new Map<string, string[]>();

  /** Registers a content type: an Override for the part, or a Default for its extension. */
  contentType(part: string, type: string, byExtension = false): void {
    const xml = this.text("[Content_Types].xml");
    if (byExtension) {
      const ext = part.slice(part.lastIndexOf(".") + 1);
      if (new RegExp(`Extension="${ext}"`, "i").test(xml) || this.defaults.has(ext)) return;
      this.defaults.add(ext);
      insertBeforeClose(
        this.splice("[Content_Types].xml"),
        "Types",
        `<Default Extension="${ext}" ContentType="${type}"/>`,
      );
      return;
    }
    insertBeforeClose(
      this.splice("[Content_Types].xml"),
      "Types",
      `<Override PartName="/${esc(part)}" ContentType="${type}"/>`,
    );
  }

  private readonly defaults = new Set<string>();

  readonly sheetIds: number[] = [];
  /** <sheet> entries for workbook.xml, inserted together. */
  readonly newSheets: string[] = [];

  /** The parts of the copy (original order, ours after) and the record of every edit. */
  finish(): { parts: Parts; record: PackageRecord } {
    const record: PackageRecord = { pkg: 1, parts: {}, added: [...this.added.keys()] };
    const parts: Parts = new Map();
    const texts = new Map<string, string>();
    for (const [name, splice] of this.splices) {
      if (!splice.changed) continue;
      // What we add is SpreadsheetML: in a part that writes it under a prefix, it takes that prefix.
      const prefix = mainPrefix(splice.original);
      if (prefix) splice.mapInserts((xml) => withPrefix(xml, prefix));
      const { text, log } = splice.apply();
      texts.set(name, text);
      record.parts[name] = { h: fingerprint(text), e: log };
    }
    for (const [name, bytes] of this.parts) {
      const t = texts.get(name);
      parts.set(name, t === undefined ? bytes : encode(t));
    }
    for (const [name, text] of this.added) parts.set(name, encode(text));
    return { parts, record };
  }
}

/** Where <sheets> goes in a workbook.xml that has none (an empty workbook): before what follows it. */
const AFTER_SHEETS =
  /<(\w+:)?(functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|extLst)\b|<\/(\w+:)?workbook>/;

function insertBeforeClose(splice: Splice, element: string, xml: string): void {
  const sc = new XmlScanner(splice.original);
  while (sc.next()) {
    if (sc.name === element && sc.closing) {
      splice.insert(sc.start, xml);
      return;
    }
    if (sc.name === element && sc.empty) {
      const head = splice.original.slice(sc.start, sc.end - 2).replace(/\s+$/, "");
      const name = /^<([^\s/>]+)/.exec(head)?.[1] ?? element;
      splice.replace(sc.start, sc.end - sc.start, `${head}>${xml}</${name}>`);
      return;
    }
  }
  const after = element === "sheets" ? AFTER_SHEETS.exec(splice.original) : null;
  if (!after) throw new Error(`no <${element}>`);
  splice.insert(after.index, `<sheets>${xml}</sheets>`);
}

interface CellPlan {
  row: number;
  col: number;
  fill?: string;
  note?: string;
  write?: { value: number | string; numFmt?: string };
  entry?: StoreEntry;
}

/** Applies the plan to the package: marks, notes, computed values, the summary sheet and the record. */
export function patchPackage(pkg: PackageWorkbook, plan: WritePlan): Parts {
  const edit = new PackageEdit(pkg.parts);
  let stylesPart = pkg.stylesPart;
  if (!stylesPart) {
    stylesPart = edit.freeName("xl/styles", "xml");
    edit.added.set(stylesPart, EMPTY_STYLESHEET);
    edit.relate(pkg.workbookPart, REL_TYPES.styles, stylesPart);
    edit.contentType(stylesPart, CONTENT_TYPES.styles);
  }
  const styles = new StyleWriter(pkg.stylesPart ? pkg.styles : parseStyles(EMPTY_STYLESHEET), pkg.themeXml);
  const entries: StoreEntry[] = [];
  const printed: PrintUndo[] = [];

  // Cells per sheet: a mark and a computed value on one cell make one change.
  const bySheet = new Map<string, Map<string, CellPlan>>();
  const cellOf = (sheet: string, row: number, col: number): CellPlan => {
    let cells = bySheet.get(sheet);
    if (!cells) bySheet.set(sheet, (cells = new Map()));
    const key = `${row},${col}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { row, col }));
    return c;
  };
  for (const m of plan.marks) {
    const c = cellOf(m.sheet, m.row, m.col);
    c.fill = m.fill;
    c.note = m.note;
  }
  for (const w of plan.writes) {
    const c = cellOf(w.sheet, w.row, w.col);
    c.write = { value: w.value, numFmt: w.numFmt };
    c.fill ??= w.fill;
    if (w.note) c.note = c.note ? `${c.note}\n${w.note.replace(/^【[^】]*】/, "")}` : w.note;
  }

  const vmlTexts = [...pkg.parts.keys()].filter((n) => /\.vml$/i.test(n)).map((n) => edit.text(n));
  const ids = vmlIds(vmlTexts);
  let nextBlock = Math.max(ids.maxBlock, Math.floor(ids.maxShape / 1024)) + 1;

  for (const [sheetName, cells] of bySheet) {
    const sheet = pkg.sheets.find((s) => s.name === sheetName);
    if (!sheet?.part) continue;
    const snap = pkg.snapshot.sheets.find((s) => s.name === sheetName);
    const rels = readRels(pkg.parts, sheet.part);
    const commentsRel = rels.find((r) => r.type === REL_TYPES.comments);
    const commentsName = commentsRel ? findPart(pkg.parts, commentsRel.target) : null;
    const comments = commentsName ? parseComments(edit.text(commentsName)) : null;

    const targets: CellTarget[] = [];
    const notes: NewNote[] = [];
    const replaced = new Map<string, string>();
    for (const c of cells.values()) {
      const ref = refOf(c.row, c.col);
      const entry: StoreEntry = { sheet: sheetName, cell: ref };
      c.entry = entry;
      entries.push(entry);
      targets.push({
        row: c.row,
        col: c.col,
        value: c.write?.value,
        style: (base) => styles.derived(base, c.fill, c.write ? c.write.numFmt : undefined),
        done: (base, wrote) => {
          if (c.fill) {
            entry.paint = c.fill;
            entry.fill = styles.fillOf(base);
          }
          if (wrote && c.write) entry.wrote = { value: c.write.value, numFmt: pkg.styles.xfFormats[base] ?? "General" };
        },
      });
      // Some viewers paint a merge from its covered cells: fill them too (a vast merge only at its corner).
      const merge = snap?.merges?.find((m) => m.top === c.row && m.left === c.col);
      if (merge && c.fill && (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) <= MAX_MERGE_FILL) {
        for (let r = merge.top; r <= merge.bottom; r++)
          for (let k = merge.left; k <= merge.right; k++) {
            if ((r === c.row && k === c.col) || cells.has(`${r},${k}`)) continue;
            // Recorded like any marked cell, so a copy saved since is undone cell by cell here too.
            const covered: StoreEntry = { sheet: sheetName, cell: refOf(r, k), paint: c.fill };
            entries.push(covered);
            targets.push({
              row: r,
              col: k,
              style: (base) => styles.derived(base, c.fill, undefined),
              done: (base) => (covered.fill = styles.fillOf(base)),
            });
          }
      }
      if (c.note) {
        const existing = comments?.notes.get(ref) ?? null;
        entry.note = { before: existing ? existing.text : null };
        if (existing && comments) replaced.set(ref, noteContent(c.note, BEFORE_LABEL, existing, comments.xml));
        else notes.push({ row: c.row, col: c.col, content: noteContent(c.note, BEFORE_LABEL, null, "") });
      }
    }
    const layout = patchCells(edit.text(sheet.part), targets, edit.splice(sheet.part));
    const print = plan.sheetPrint?.find((p) => p.sheet === sheetName)?.print;
    if (print)
      printed.push({
        sheet: sheetName,
        ...printNotesAtEnd(edit.text(sheet.part), layout, print, edit.splice(sheet.part)),
      });
    if (!notes.length && !replaced.size) continue;
    if (comments && commentsName) patchComments(comments, notes, replaced, edit.splice(commentsName));
    else {
      const name = edit.freeName("xl/comments", "xml");
      edit.added.set(name, newCommentsPart(notes));
      edit.relate(sheet.part, REL_TYPES.comments, name);
      edit.contentType(name, CONTENT_TYPES.comments);
    }
    if (!notes.length) continue;
    const vmlRel = layout.legacyDrawing ? rels.find((r) => r.id === layout.legacyDrawing) : undefined;
    const vmlName = vmlRel ? findPart(pkg.parts, vmlRel.target) : null;
    if (vmlName) {
      patchVml(edit.text(vmlName), notes, () => nextBlock++, edit.splice(vmlName));
    } else {
      // A new drawing fills its block, then takes more (a sheet of over 1023 notes).
      const fresh = newVmlPart(nextBlock++, "");
      const vml = new Splice(fresh);
      patchVml(fresh, notes, () => nextBlock++, vml);
      const name = edit.freeName("xl/drawings/vmlDrawing", "vml");
      edit.added.set(name, vml.apply().text);
      const rid = edit.relate(sheet.part, REL_TYPES.vmlDrawing, name);
      edit.contentType(name, CONTENT_TYPES.vml, true);
      edit.splice(sheet.part).insert(layout.legacyDrawingAt, `<legacyDrawing xmlns:r="${REL_NS}" r:id="${rid}"/>`);
    }
  }

  // The summary and the record: new sheets after the user's, the record very hidden.
  const summaryName = plan.summary.name;
  const summaryPart = addSheet(edit, pkg, summaryName, summaryXml(plan.summary, styles), "visible");
  const storeName = freeSheetName(STORE_SHEET, [...pkg.sheets.map((s) => s.name), summaryName]);
  const storeEntries = entries.filter((e) => e.paint || e.note || e.wrote);
  const entryRows = encodeStore(storeEntries, { summary: summaryName, print: printed });
  const storePart = addSheet(edit, pkg, storeName, "", "veryHidden");
  insertBeforeClose(edit.splice(pkg.workbookPart), "sheets", edit.newSheets.join(""));
  openOn(edit, pkg, pkg.sheets.length);
  const titles = plan.summary.print?.titleRows;
  if (titles) {
    // The findings' header on every printed page: Excel keeps print titles as a defined name.
    const ref = `${sheetRef(summaryName, "$" + (titles.first + 1))}:$${titles.last + 1}`;
    addDefinedName(
      edit.splice(pkg.workbookPart),
      `<definedName name="_xlnm.Print_Titles" localSheetId="${pkg.sheets.length}">${esc(ref)}</definedName>`,
    );
  }
  if (styles.changed) styles.write(edit.splice(stylesPart));
  const { parts, record } = edit.finish();
  void summaryPart;
  // The record is written last: it describes every other change (the record sheet itself is one of the added parts).
  parts.set(storePart, encode(storeSheetXml([...entryRows, storePieces(JSON.stringify(record))])));
  return parts;
}

/**
 * The workbook opens on the summary (tab `index`). The other tabs lose their selection, or Excel
 * would open with two tabs grouped (and an edit to one would go to both).
 */
function openOn(edit: PackageEdit, pkg: PackageWorkbook, index: number): void {
  const wb = edit.splice(pkg.workbookPart);
  const view = /<(\w+:)?workbookView\b[^>]*>/.exec(wb.original);
  if (view) wb.replace(view.index, view[0].length, setAttr(view[0], "activeTab", String(index)));
  else {
    const sheets = /<(\w+:)?sheets\b/.exec(wb.original);
    if (sheets) wb.insert(sheets.index, `<bookViews><workbookView activeTab="${index}"/></bookViews>`);
  }
  // Chart sheets (and other sheet kinds) are tabs too: found through the workbook's relationships.
  const rels = readRels(pkg.parts, pkg.workbookPart);
  for (const sheet of pkg.sheets) {
    const rel = rels.find((r) => r.id === sheet.relId && !r.external);
    const part = sheet.part ?? (rel ? findPart(pkg.parts, rel.target) : null);
    if (!part) continue;
    const xml = edit.text(part);
    const tag = /<(\w+:)?sheetView\b[^>]*>/.exec(xml);
    if (!tag || !/\stabSelected\s*=\s*["'](1|true)["']/.test(tag[0])) continue;
    edit.splice(part).replace(tag.index, tag[0].length, tag[0].replace(/\stabSelected\s*=\s*["'](1|true)["']/, ""));
  }
}

const AFTER_DEFINED_NAMES =
  /<(\w+:)?(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(\w+:)?workbook>/;

function addDefinedName(splice: Splice, xml: string): void {
  if (/<(\w+:)?definedNames\b/.test(splice.original)) {
    insertBeforeClose(splice, "definedNames", xml);
    return;
  }
  const at = AFTER_DEFINED_NAMES.exec(splice.original);
  if (at) splice.insert(at.index, `<definedNames>${xml}</definedNames>`);
}

/**
 * Marked sheets print their notes after the sheet, with the sheet's name in the header where it
 * has none. Returns what was there before, for the record (a copy saved since is undone from it).
 */
function printNotesAtEnd(
  xml: string,
  layout: SheetLayout,
  print: PrintSetup,
  splice: Splice,
): Omit<PrintUndo, "sheet"> {
  const before: Omit<PrintUndo, "sheet"> = {};
  if (print.notesAtEnd) {
    if (layout.pageSetup) {
      const tag = xml.slice(layout.pageSetup.start, layout.pageSetup.end);
      before.comments = /\bcellComments\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? null;
      splice.replace(layout.pageSetup.start, tag.length, setAttr(tag, "cellComments", "atEnd"));
    } else {
      before.comments = null;
      splice.insert(layout.pageSetupAt, '<pageSetup cellComments="atEnd"/>');
    }
  }
  if (print.sheetNameHeader && !layout.headerFooter) {
    before.header = true;
    splice.insert(layout.headerFooterAt, SHEET_NAME_HEADER);
  }
  return before;
}

/** Adds a worksheet part and its entries in workbook.xml, the workbook's rels and the content types. */
function addSheet(
  edit: PackageEdit,
  pkg: PackageWorkbook,
  name: string,
  xml: string,
  state: "visible" | "veryHidden",
): string {
  const dir = pkg.sheets.find((s) => s.part)?.part?.replace(/[^/]*$/, "") ?? "xl/worksheets/";
  const part = edit.freeName(`${dir}sheet`, "xml");
  edit.added.set(part, xml);
  const rid = edit.relate(pkg.workbookPart, REL_TYPES.worksheet, part);
  edit.contentType(part, CONTENT_TYPES.worksheet);
  const wb = edit.text(pkg.workbookPart);
  const taken = [...wb.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...taken, ...edit.sheetIds) + 1;
  edit.sheetIds.push(sheetId);
  const st = state === "veryHidden" ? ' state="veryHidden"' : "";
  edit.newSheets.push(`<sheet xmlns:r="${REL_NS}" name="${esc(name)}" sheetId="${sheetId}"${st} r:id="${rid}"/>`);
  return part;
}
