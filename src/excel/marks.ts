import { NOTE_PREFIX, parseA1, type CellMark, type CellValue, type CellWrite, type SheetSnapshot } from "../core";
import type { Capabilities } from "./host-types";
import type { CellOp } from "./ops";
import { BEFORE_LABEL, entryKey, holdsOurValue, isOurPaint, type FillState, type StoreEntry } from "./store";

export { BEFORE_LABEL, holdsOurValue };

export type Annotations = Capabilities["annotations"];

export interface CommentState {
  id: string;
  content: string;
  replies: { id: string; content: string }[];
}

/** A touched cell as it is now, loaded just before writing. */
export interface CellState {
  fill: FillState;
  value: CellValue;
  numFmt: string;
  /** Notes mode: the cell's note text, null when it has none. */
  note: string | null;
  /** Comments mode: the thread on the cell, null when it has none. */
  comment: CommentState | null;
}

export interface MarkingInput {
  old: StoreEntry[];
  marks: CellMark[];
  writes: CellWrite[];
  states: Map<string, CellState>;
  annotations: Annotations;
}

export interface MarkingResult {
  ops: CellOp[];
  /** The store after this run. */
  entries: StoreEntry[];
  /** Old and new entries together: written first, so a batch that fails half-way can still be undone. */
  union: StoreEntry[];
  marked: number;
  written: number;
  /** Old entries whose cell needed restoring. */
  restored: number;
}

export function isOurs(text: string): boolean {
  return text.includes(NOTE_PREFIX);
}

function hasFill(f: FillState): boolean {
  return f.pattern !== "None";
}

function paintedByUs(state: CellState, entry: StoreEntry): boolean {
  return !!entry.paint && hasFill(state.fill) && isOurPaint(state.fill.color, entry.paint);
}

function isBlank(v: CellValue): boolean {
  return v === null || v === "";
}

/**
 * Decides, cell by cell, how to take back the previous run's marks and put on this run's, from the
 * cells' current state: nothing is written for a cell the user changed since, and what the user
 * had before (fill, note, blank) is what gets recorded and restored.
 */
export function planCellOps(input: MarkingInput): MarkingResult {
  const { annotations } = input;
  const old = new Map(input.old.map((e) => [entryKey(e.sheet, e.cell), e]));
  const marks = new Map(input.marks.map((m) => [entryKey(m.sheet, m.cell), m]));
  const writes = new Map(input.writes.map((w) => [entryKey(w.sheet, w.cell), w]));
  const keys = [...new Set([...old.keys(), ...marks.keys(), ...writes.keys()])];

  const ops: CellOp[] = [];
  const entries: StoreEntry[] = [];
  const union: StoreEntry[] = [];
  let marked = 0;
  let written = 0;
  let restored = 0;

  for (const key of keys) {
    const state = input.states.get(key);
    const prev = old.get(key);
    const mark = marks.get(key);
    const write = writes.get(key);
    const where = mark ?? write ?? prev;
    if (!state || !where) continue; // its sheet is gone: nothing to mark or restore
    const sheet = where.sheet;
    const cell = where.cell;
    const before = ops.length;

    // What the user had, with the previous run's traces taken out.
    const ourFill = !!prev && paintedByUs(state, prev);
    const baseFill = ourFill && prev?.fill ? prev.fill : state.fill;
    const ourValue = !!prev && holdsOurValue(state.value, prev);
    const baseValue: CellValue = ourValue ? null : state.value;
    const baseFmt = ourValue && prev?.wrote ? prev.wrote.numFmt : state.numFmt;
    const ourNote = state.note !== null && isOurs(state.note);
    const baseNote = ourNote ? (prev?.note?.before ?? null) : state.note;

    const applyWrite = !!write && isBlank(baseValue);
    const fill = mark?.fill ?? (applyWrite ? write?.fill : undefined);
    const texts = [mark?.note, applyWrite ? write?.note : undefined].filter((t): t is string => !!t);
    const note = texts.length ? texts.map((t, i) => (i === 0 ? t : t.replace(NOTE_PREFIX, ""))).join("\n") : null;

    const entry: StoreEntry = { sheet, cell };

    if (fill) {
      ops.push({ op: "fill", sheet, cell, color: fill, solid: hasFill(baseFill) && baseFill.pattern !== "Solid" });
      entry.paint = fill;
      entry.fill = baseFill;
    } else if (ourFill && prev?.fill) {
      ops.push({ op: "restoreFill", sheet, cell, fill: prev.fill });
    }

    // A cell holds a note or a comment thread, never both: where the user has a thread, we reply.
    const thread = annotations === "none" ? null : state.comment;
    const threadIsOurs = !!thread && isOurs(thread.content);
    const useNote = note !== null && annotations === "notes" && !thread;
    const useComment = note !== null && annotations !== "none" && !useNote;

    if (useNote) {
      const content = baseNote ? `${note}\n\n${BEFORE_LABEL}${baseNote}` : note;
      ops.push({ op: state.note === null ? "noteAdd" : "noteSet", sheet, cell, content });
      entry.note = { before: baseNote };
    } else if (ourNote) {
      ops.push(
        baseNote === null ? { op: "noteDelete", sheet, cell } : { op: "noteSet", sheet, cell, content: baseNote },
      );
    }

    if (thread && !threadIsOurs) {
      for (const r of thread.replies) {
        if (isOurs(r.content)) ops.push({ op: "replyDelete", commentId: thread.id, replyId: r.id });
      }
    }
    if (useComment && note !== null) {
      if (!thread) ops.push({ op: "commentAdd", sheet, cell, content: note });
      else if (threadIsOurs) ops.push({ op: "commentSet", id: thread.id, content: note });
      else ops.push({ op: "replyAdd", commentId: thread.id, content: note });
      entry.comment = true;
    } else if (thread && threadIsOurs && thread.replies.every((r) => isOurs(r.content))) {
      // A thread the user answered is theirs too: it stays.
      ops.push({ op: "commentDelete", id: thread.id });
    }

    if (applyWrite && write) {
      ops.push({ op: "value", sheet, cell, value: write.value, numFmt: write.numFmt });
      entry.wrote = { value: write.value, numFmt: baseFmt };
      written++;
    } else if (ourValue && prev?.wrote) {
      ops.push({ op: "clearValue", sheet, cell, numFmt: prev.wrote.numFmt });
    }

    if (mark) marked++;
    if (prev && !mark && !applyWrite && ops.length > before) restored++;
    const live = !!(entry.paint || entry.note || entry.comment || entry.wrote);
    if (live) entries.push(entry);
    if (prev || live) union.push(mergeEntries(prev, live ? entry : undefined));
  }
  return { ops, entries, union, marked, written, restored };
}

/** One entry that can undo the cell whether the batch stopped before or after its new mark. */
function mergeEntries(prev: StoreEntry | undefined, next: StoreEntry | undefined): StoreEntry {
  if (!prev) return next as StoreEntry;
  if (!next) return prev;
  const out: StoreEntry = { ...prev, ...next };
  if (next.wrote && prev.wrote) out.wrote = { ...next.wrote, prev: prev.wrote.value };
  return out;
}

/** Cells this run must load before writing: every old entry's and every mark's and write's. */
export function touchedCells(old: StoreEntry[], marks: CellMark[], writes: CellWrite[]): Map<string, StoreEntry> {
  const out = new Map<string, StoreEntry>();
  for (const c of [...old, ...marks, ...writes]) {
    const key = entryKey(c.sheet, c.cell);
    if (!out.has(key)) out.set(key, { sheet: c.sheet, cell: c.cell });
  }
  return out;
}

/**
 * Shows the engine the workbook as the user left it: a value the previous run wrote into a blank
 * cell is blanked again (with its original format), so the engine computes and plans it afresh.
 */
export function withoutOurValues(sheet: SheetSnapshot, old: StoreEntry[]): SheetSnapshot {
  const mine = old.filter((e) => e.sheet === sheet.name && e.wrote);
  if (mine.length === 0) return sheet;
  const r0 = sheet.origin?.row ?? 0;
  const c0 = sheet.origin?.col ?? 0;
  const values = sheet.values.map((r) => [...r]);
  const text = sheet.text?.map((r) => [...r]);
  const formats = sheet.formats?.map((r) => [...r]);
  for (const e of mine) {
    const pos = parseA1(e.cell);
    if (!pos) continue;
    const r = pos.row - r0;
    const c = pos.col - c0;
    if (r < 0 || c < 0 || r >= values.length || c >= (values[r]?.length ?? 0)) continue;
    if (!holdsOurValue(values[r][c], e)) continue;
    values[r][c] = null;
    if (text?.[r]) text[r][c] = "";
    if (formats?.[r] && e.wrote) formats[r][c] = e.wrote.numFmt;
  }
  return { ...sheet, values, text, formats };
}
