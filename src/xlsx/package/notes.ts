import { colToLetters } from "../../core/snapshot";
import { richText } from "./read";
import { Splice } from "./splice";
import { esc, XmlScanner } from "./xml";

/** A comment already in the comments part. */
export interface ExistingNote {
  text: string;
  /** Offsets of the inner content of its <text> element. */
  textStart: number;
  textEnd: number;
}

export interface CommentsPart {
  xml: string;
  notes: Map<string, ExistingNote>;
  authors: number;
  /** Where a new <author> and a new <comment> go; -1 when the list is written empty (<x/>). */
  authorsAt: number;
  listAt: number;
  /** The empty elements, replaced whole when something is added to them. */
  authorsEmpty: [number, number] | null;
  listEmpty: [number, number] | null;
}

export function parseComments(xml: string): CommentsPart {
  const part: CommentsPart = {
    xml,
    notes: new Map(),
    authors: 0,
    authorsAt: -1,
    listAt: -1,
    authorsEmpty: null,
    listEmpty: null,
  };
  const sc = new XmlScanner(xml);
  while (sc.next()) {
    if (sc.name === "author" && !sc.closing) part.authors++;
    else if (sc.name === "authors") {
      if (sc.empty) part.authorsEmpty = [sc.start, sc.end];
      else if (sc.closing) part.authorsAt = sc.start;
    } else if (sc.name === "commentList") {
      if (sc.empty) part.listEmpty = [sc.start, sc.end];
      else if (sc.closing) part.listAt = sc.start;
    } else if (sc.name === "comment" && !sc.closing && !sc.empty) {
      const ref = (sc.attr("ref") ?? "").toUpperCase();
      while (sc.next()) {
        if (sc.name === "comment" && sc.closing) break;
        if ((sc.name as string) === "text" && !sc.closing && !sc.empty) {
          const textStart = sc.end;
          const probe = new XmlScanner(xml, sc.start);
          probe.next();
          const text = richText(probe, "text");
          sc.skipElement();
          part.notes.set(ref, { text, textStart, textEnd: sc.start });
        }
      }
    }
  }
  return part;
}

export const AUTHOR = "绩效检查";

function run(text: string): string {
  return `<r><t xml:space="preserve">${esc(text)}</t></r>`;
}

/** A note's content: ours, then the user's own as it was (their runs kept), as the Excel host does. */
export function noteContent(ours: string, label: string, existing: ExistingNote | null, xml: string): string {
  if (!existing) return run(ours);
  const inner = xml.slice(existing.textStart, existing.textEnd);
  // CT_Rst holds either one <t> or runs: the user's plain <t> becomes a run beside ours.
  const theirs = /^\s*<(\w+:)?r[\s>]/.test(inner) ? inner : run(existing.text);
  return run(`${ours}\n\n${label}`) + theirs;
}

export interface NewNote {
  row: number;
  col: number;
  content: string;
}

/** Adds our notes to an existing comments part: replaced text where the user has a note, new comments elsewhere. */
export function patchComments(
  part: CommentsPart,
  notes: NewNote[],
  replaced: Map<string, string>,
  splice: Splice,
): void {
  for (const [ref, content] of replaced) {
    const n = part.notes.get(ref) as ExistingNote;
    splice.replace(n.textStart, n.textEnd - n.textStart, content);
  }
  if (!notes.length) return;
  const author = part.authors;
  const authorXml = `<author>${AUTHOR}</author>`;
  if (part.authorsAt >= 0) splice.insert(part.authorsAt, authorXml);
  else if (part.authorsEmpty)
    splice.replace(
      part.authorsEmpty[0],
      part.authorsEmpty[1] - part.authorsEmpty[0],
      `<authors>${authorXml}</authors>`,
    );
  const comments = notes.map((n) => commentXml(n, author)).join("");
  if (part.listAt >= 0) splice.insert(part.listAt, comments);
  else if (part.listEmpty)
    splice.replace(part.listEmpty[0], part.listEmpty[1] - part.listEmpty[0], `<commentList>${comments}</commentList>`);
}

function commentXml(n: NewNote, author: number): string {
  return `<comment ref="${colToLetters(n.col)}${n.row + 1}" authorId="${author}"><text>${n.content}</text></comment>`;
}

export function newCommentsPart(notes: NewNote[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${AUTHOR}</author></authors><commentList>` +
    notes.map((n) => commentXml(n, 0)).join("") +
    "</commentList></comments>"
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The drawing Excel needs to show a note: a hidden text box anchored at the cell. */
export function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:96pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 7}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

export function newVmlPart(block: number, shapes: string): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`
  );
}

/**
 * Adds notes to an existing VML drawing (with the note shape type if it lacks one). Their shape
 * numbers are free ones in the drawing's own blocks (its o:idmap), as Excel requires; when those
 * are full, new blocks from `newBlock` (added to the idmap where there is one).
 */
export function patchVml(
  xml: string,
  notes: { row: number; col: number }[],
  newBlock: () => number,
  splice: Splice,
): void {
  const used = new Set([...xml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));
  const idmap = /(<o:idmap\b[^>]*?\bdata=")([\d,\s]*)"/.exec(xml);
  // Without an idmap (LibreOffice writes none), the drawing's blocks are those its shapes use.
  const blocks = idmap
    ? idmap[2]
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number)
    : [...new Set([...used].map((id) => Math.floor(id / 1024)))].sort((x, y) => x - y);
  const added: number[] = [];
  const ids: number[] = [];
  for (let b = 0; ids.length < notes.length; b++) {
    if (b === blocks.length) added.push(blocks[blocks.push(newBlock()) - 1]);
    for (let id = blocks[b] * 1024 + 1; id < (blocks[b] + 1) * 1024 && ids.length < notes.length; id++)
      if (!used.has(id)) ids.push(id);
  }
  if (added.length && idmap) {
    const at = idmap.index + idmap[1].length;
    splice.replace(at, idmap[2].length, [idmap[2], ...added].filter(Boolean).join(","));
  }
  const close = xml.lastIndexOf("</xml>");
  const shapes = notes.map((n, i) => noteShape(ids[i], n.row, n.col)).join("");
  splice.insert(close >= 0 ? close : xml.length, (xml.includes('id="_x0000_t202"') ? "" : SHAPE_TYPE) + shapes);
}

/** The highest shape number and idmap block used in any VML part, so new shapes never clash. */
export function vmlIds(texts: string[]): { maxShape: number; maxBlock: number } {
  let maxShape = 0;
  let maxBlock = 0;
  for (const t of texts) {
    for (const m of t.matchAll(/_x0000_s(\d+)/g)) maxShape = Math.max(maxShape, Number(m[1]));
    for (const m of t.matchAll(/<o:idmap[^>]*data="([\d,\s]+)"/g))
      for (const d of m[1].split(/[,\s]+/)) if (d) maxBlock = Math.max(maxBlock, Number(d));
  }
  return { maxShape, maxBlock };
}

export function refOf(row: number, col: number): string {
  return `${colToLetters(col)}${row + 1}`;
}
