/**
 * Undoing our marks cell by cell, from the record's rows (the StoreEntry rows every host keeps):
 * for a marked copy saved since by Excel, WPS or LibreOffice, whose parts no longer match the
 * record's splices, and for a workbook the Excel or WPS add-in marked. A cell is undone only where
 * it still carries our paint, our note or our value; what the user changed since stays theirs.
 * Everything not ours is kept as the file has it; our summary and record sheets are taken out.
 */
import { parseA1 } from "../../core/snapshot";
import { BEFORE_LABEL, holdsOurValue, isOurPaint, type PrintUndo, type StoreEntry } from "../../excel/store";
import { NOTE_PREFIX } from "../../core/plan-types";
import { findPart, readRels, relsPathOf } from "./opc";
import { AUTHOR, parseComments, run } from "./notes";
import { richText, type PackageWorkbook } from "./read";
import { patchCells, type CellTarget } from "./sheet-patch";
import { setAttr, SplicedParts } from "./splice";
import { StyleWriter } from "./style-writer";
import { decodeText, mainPrefix, withPrefix, XmlScanner } from "./xml";
import { encode, type Parts } from "./zip";

const CONTENT_TYPES = "[Content_Types].xml";

/** Edits to the package's parts (each spliced against its text as read) and the parts taken out. */
class Edits extends SplicedParts {
  readonly removed = new Set<string>();

  /** Takes an element out: the text from `start` to `end`. */
  cut(name: string, start: number, end: number): void {
    this.splice(name).replace(start, end - start, "");
  }

  /** Takes a part out with its relationship from `source`, its content type and its own relationships' part. */
  removePart(part: string, source: string | null): void {
    if (this.removed.has(part)) return;
    this.removed.add(part);
    if (source) this.removeRel(source, part);
    const types = this.text(CONTENT_TYPES);
    const sc = new XmlScanner(types);
    while (sc.next())
      if (
        sc.name === "Override" &&
        !sc.closing &&
        (sc.attr("PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()
      )
        this.cut(CONTENT_TYPES, sc.start, sc.end);
    const rels = findPart(this.parts, relsPathOf(part));
    if (rels) this.removed.add(rels);
  }

  private removeRel(source: string, target: string): void {
    const name = findPart(this.parts, relsPathOf(source));
    if (!name) return;
    const ids = new Set(
      readRels(this.parts, source)
        .filter((r) => !r.external && r.target.toLowerCase() === target.toLowerCase())
        .map((r) => r.id),
    );
    const sc = new XmlScanner(this.text(name));
    while (sc.next())
      if (sc.name === "Relationship" && !sc.closing && ids.has(sc.attr("Id") ?? "")) this.cut(name, sc.start, sc.end);
  }

  finish(): Parts {
    const out: Parts = new Map();
    for (const [name, bytes] of this.parts) {
      if (this.removed.has(name)) continue;
      const s = this.splices.get(name);
      if (!s?.changed) {
        out.set(name, bytes);
        continue;
      }
      // What we write is SpreadsheetML: in a part that writes it under a prefix, it takes that prefix.
      const prefix = mainPrefix(s.original);
      if (prefix) s.mapInserts((xml) => withPrefix(xml, prefix));
      out.set(name, encode(s.apply().text));
    }
    return out;
  }
}

/** The end of the element whose start tag is at `start`. */
function skipFrom(xml: string, start: number): number {
  const sc = new XmlScanner(xml, start);
  sc.next();
  return elementEnd(sc);
}

/** The extent of the element whose start tag the scanner is on. */
function elementEnd(sc: XmlScanner): number {
  if (!sc.empty) sc.skipElement();
  return sc.end;
}

/** The user's note inside ours ("…原备注：theirs"): their runs where ours is a run of its own, else their text. */
function userNote(inner: string, text: string, before: string): string {
  const at = text.indexOf(BEFORE_LABEL);
  const theirs = at >= 0 ? text.slice(at + BEFORE_LABEL.length) : before;
  const runs = [...inner.matchAll(/<(\w+:)?r\b[^]*?<\/(\w+:)?r>/g)];
  const ours = runs.findIndex((m) => m[0].includes(BEFORE_LABEL));
  if (ours >= 0 && ours < runs.length - 1) {
    const rest = inner.slice((runs[ours].index ?? 0) + runs[ours][0].length);
    const sc = new XmlScanner(`<text>${rest}</text>`);
    sc.next();
    if (richText(sc, "text") === theirs) return rest;
  }
  return run(theirs);
}

/** Shapes of a VML drawing anchored at the given cells ("row,col"), as [start, end] offsets. */
function noteShapes(vml: string, cells: Set<string>): { cut: [number, number][]; left: number } {
  const cut: [number, number][] = [];
  let left = 0;
  const sc = new XmlScanner(vml);
  while (sc.next()) {
    if (sc.name !== "shape" || sc.closing) continue;
    const start = sc.start;
    const end = elementEnd(sc);
    const body = vml.slice(start, end);
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(body)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(body)?.[1];
    if (/ObjectType="Note"/.test(body) && cells.has(`${row},${col}`)) cut.push([start, end]);
    else left++;
  }
  return { cut, left };
}

/** Our author (the last one, added with our notes) goes when no comment left names it. */
function dropOurAuthor(edits: Edits, name: string, cut: Set<number>): void {
  const xml = edits.text(name);
  const sc = new XmlScanner(xml);
  const authors: [number, number, string][] = [];
  const used = new Set<number>();
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === "author" && !sc.empty) {
      const start = sc.start;
      const from = sc.end;
      const to = sc.skipElement();
      authors.push([start, sc.end, decodeText(xml.slice(from, to))]);
    } else if (sc.name === "comment" && !cut.has(sc.start)) used.add(Number(sc.attr("authorId") ?? 0));
  }
  const last = authors.length - 1;
  if (last > 0 && authors[last][2] === AUTHOR && !used.has(last)) edits.cut(name, authors[last][0], authors[last][1]);
}

/** Our notes on one sheet taken back: the user's note as it was before, or no note. */
function restoreNotes(edits: Edits, sheetPart: string, entries: StoreEntry[]): void {
  const rels = readRels(edits.parts, sheetPart);
  const commentsRel = rels.find((r) => r.type.endsWith("/comments"));
  const commentsName = commentsRel ? findPart(edits.parts, commentsRel.target) : null;
  if (!commentsName) return;
  const xml = edits.text(commentsName);
  const part = parseComments(xml);
  const gone = new Set<string>();
  const cut: number[] = [];
  for (const e of entries) {
    const ref = e.cell.toUpperCase();
    const note = part.notes.get(ref);
    if (!e.note || !note || !note.text.includes(NOTE_PREFIX)) continue;
    if (e.note.before === null) {
      edits.cut(commentsName, note.start, note.end);
      cut.push(note.start);
      const pos = parseA1(ref);
      if (pos) gone.add(`${pos.row},${pos.col}`);
    } else {
      const inner = xml.slice(note.textStart, note.textEnd);
      edits
        .splice(commentsName)
        .replace(note.textStart, note.textEnd - note.textStart, userNote(inner, note.text, e.note.before));
    }
  }
  if (!gone.size) return;
  if (gone.size < part.notes.size) dropOurAuthor(edits, commentsName, new Set(cut));
  const vmlRel = rels.find((r) => r.type.endsWith("/vmlDrawing"));
  const vmlName = vmlRel ? findPart(edits.parts, vmlRel.target) : null;
  const shapes = vmlName ? noteShapes(edits.text(vmlName), gone) : null;
  if (vmlName && shapes) for (const [s, e] of shapes.cut) edits.cut(vmlName, s, e);
  // No note left: the comments part goes, and the drawing with it when it holds nothing else.
  if (gone.size < part.notes.size) return;
  edits.removePart(commentsName, sheetPart);
  if (!vmlName || !shapes || shapes.left > 0) return;
  edits.removePart(vmlName, sheetPart);
  const sheet = edits.text(sheetPart);
  const sc = new XmlScanner(sheet);
  while (sc.next()) if (sc.name === "legacyDrawing" && !sc.closing) edits.cut(sheetPart, sc.start, elementEnd(sc));
}

const HEADER_PARTS = /<(\w+:)?(odd|even|first)(Header|Footer)\b[^>]*>([^<]*)<\//g;

/** A header and footer that only print the sheet's name (ours), however the program that saved it wrote it. */
function isSheetNameHeader(xml: string): boolean {
  const texts = [...xml.matchAll(HEADER_PARTS)].map((m) => [`${m[2]}${m[3]}`, decodeText(m[4]).trim()]);
  return (
    texts.some(([n, t]) => n === "oddHeader" && /^(&[LCR])?&A$/.test(t)) &&
    texts.every(([n, t]) => n === "oddHeader" || !t)
  );
}

/** A marked sheet's print setup as it was before we printed its notes at the end under its name. */
function restorePrint(edits: Edits, part: string, undo: PrintUndo): void {
  const xml = edits.text(part);
  const sc = new XmlScanner(xml);
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === "pageSetup" && undo.comments !== undefined && sc.attr("cellComments") === "atEnd") {
      const tag = xml.slice(sc.start, sc.end);
      const next =
        undo.comments === null
          ? tag.replace(/\s+cellComments\s*=\s*("[^"]*"|'[^']*')/, "")
          : setAttr(tag, "cellComments", undo.comments);
      edits.splice(part).replace(sc.start, tag.length, next);
    } else if (sc.name === "headerFooter" && undo.header) {
      const start = sc.start;
      const end = elementEnd(sc);
      if (isSheetNameHeader(xml.slice(start, end))) edits.cut(part, start, end);
    }
  }
}

/** Our summary and record sheets taken out: their entries in workbook.xml, the relationships, content types, parts. */
function removeSheets(edits: Edits, pkg: PackageWorkbook, names: Set<string>): void {
  const gone = pkg.sheets.map((s, i) => (names.has(s.name) ? i : -1)).filter((i) => i >= 0);
  if (!gone.length) return;
  const wb = pkg.workbookPart;
  const xml = edits.text(wb);
  const shift = (i: number) => i - gone.filter((g) => g < i).length;
  const kept = pkg.sheets.map((s, i) => ({ s, i })).filter(({ i }) => !gone.includes(i));
  const firstVisible = kept.find(({ s }) => s.state === "visible")?.i ?? kept[0]?.i ?? 0;
  const sc = new XmlScanner(xml);
  let list: [number, number] | null = null;
  const defined: { start: number; end: number; tag: string; at: number }[] = [];
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === "sheet" && names.has(sc.attr("name") ?? "")) edits.cut(wb, sc.start, sc.end);
    else if (sc.name === "definedNames") {
      const start = sc.start;
      list = [start, sc.empty ? sc.end : skipFrom(xml, start)];
    } else if (sc.name === "definedName") {
      const start = sc.start;
      const tag = xml.slice(start, sc.end);
      const local = sc.attr("localSheetId");
      defined.push({ start, end: elementEnd(sc), tag, at: local === null ? -1 : Number(local) });
    } else if (sc.name === "workbookView") {
      const tag = xml.slice(sc.start, sc.end);
      let next = tag;
      for (const attr of ["activeTab", "firstSheet"]) {
        const v = sc.attr(attr);
        if (v === null) continue;
        const n = Number(v);
        next = setAttr(next, attr, String(shift(gone.includes(n) ? firstVisible : n)));
      }
      if (next !== tag) edits.splice(wb).replace(sc.start, tag.length, next);
    }
  }
  // Print titles and other names of our sheets go; the others follow their sheet's new place.
  const dropped = defined.filter((d) => gone.includes(d.at));
  if (list && dropped.length && dropped.length === defined.length) edits.cut(wb, list[0], list[1]);
  else
    for (const d of defined) {
      if (gone.includes(d.at)) edits.cut(wb, d.start, d.end);
      else if (d.at >= 0 && shift(d.at) !== d.at)
        edits.splice(wb).replace(d.start, d.tag.length, setAttr(d.tag, "localSheetId", String(shift(d.at))));
    }
  for (const i of gone) {
    const part = pkg.sheets[i].part;
    if (!part) continue;
    // What only this sheet used (a printer setting, a drawing) goes with it.
    for (const r of readRels(pkg.parts, part)) {
      const target = r.external ? null : findPart(pkg.parts, r.target);
      if (target && !usedElsewhere(pkg.parts, target, part)) edits.removePart(target, null);
    }
    edits.removePart(part, wb);
  }
}

/** Whether a part other than `except` relates to `target`. */
function usedElsewhere(parts: Parts, target: string, except: string): boolean {
  const own = relsPathOf(except).toLowerCase();
  for (const name of parts.keys()) {
    if (!name.endsWith(".rels") || name.toLowerCase() === own) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    if (readRels(parts, source).some((r) => !r.external && r.target.toLowerCase() === target.toLowerCase()))
      return true;
  }
  return false;
}

/**
 * The package with our marks undone from the record's entries, and the sheets named in `ours`
 * (summary, record) taken out. Cells: our fill back to the one recorded (a new cell format where
 * the cell's is shared), our value taken out, our note taken back to the user's.
 */
export function unmarkPackage(
  pkg: PackageWorkbook,
  entries: StoreEntry[],
  ours: Set<string>,
  print: PrintUndo[] = [],
): Parts {
  const edits = new Edits(pkg.parts);
  const styles = new StyleWriter(pkg.styles, pkg.themeXml);
  const bySheet = new Map<string, StoreEntry[]>();
  for (const e of entries) {
    if (ours.has(e.sheet)) continue;
    const list = bySheet.get(e.sheet) ?? bySheet.set(e.sheet, []).get(e.sheet);
    list?.push(e);
  }
  for (const [name, list] of bySheet) {
    const sheet = pkg.sheets.find((s) => s.name === name);
    if (!sheet?.part) continue;
    const snap = pkg.snapshot.sheets.find((s) => s.name === name);
    const targets: CellTarget[] = [];
    for (const e of list) {
      const pos = parseA1(e.cell);
      if (!pos) continue;
      const value = snap?.values[pos.row - (snap.origin?.row ?? 0)]?.[pos.col - (snap.origin?.col ?? 0)] ?? null;
      const clear = !!e.wrote && holdsOurValue(value, e);
      if (!clear && !(e.paint && e.fill)) continue;
      targets.push({
        row: pos.row,
        col: pos.col,
        existing: true,
        clear,
        style: (base) => {
          const fill = e.paint && e.fill && isOurPaint(styles.shownFill(base), e.paint) ? e.fill : null;
          if (!fill && !clear) return base;
          return styles.restored(base, fill, clear && e.wrote ? e.wrote.numFmt : null);
        },
      });
    }
    if (targets.length) patchCells(edits.text(sheet.part), targets, edits.splice(sheet.part));
    restoreNotes(edits, sheet.part, list);
  }
  for (const undo of print) {
    const part = pkg.sheets.find((s) => s.name === undo.sheet)?.part;
    if (part && !ours.has(undo.sheet)) restorePrint(edits, part, undo);
  }
  removeSheets(edits, pkg, ours);
  if (styles.changed && pkg.stylesPart) styles.write(edits.splice(pkg.stylesPart));
  return edits.finish();
}
