import { FILLS, NOTE_PREFIX, type CellMark, type CellWrite, type SheetSnapshot } from "../../src/core";
import {
  BEFORE_LABEL,
  planCellOps,
  withoutOurValues,
  type Annotations,
  type CellState,
  type MarkingInput,
} from "../../src/excel/marks";
import { entryKey, type StoreEntry } from "../../src/excel/store";

const NONE = { color: "#FFFFFF", pattern: "None" };
const OURS = `${NOTE_PREFIX}\n错误：预算数不等。`;
const mark = (cell = "C4", note = OURS): CellMark => ({
  sheet: "S",
  cell,
  row: 3,
  col: 2,
  severity: "error",
  fill: FILLS.error,
  note,
});
const write = (value: number | string = 0): CellWrite => ({
  sheet: "S",
  cell: "G4",
  row: 3,
  col: 6,
  value,
  numFmt: "0.00",
  note: `${NOTE_PREFIX}按 0 计。`,
});
const state = (over: Partial<CellState> = {}): CellState => ({
  fill: NONE,
  value: null,
  numFmt: "General",
  note: null,
  comment: null,
  ...over,
});

function plan(
  cells: Record<string, CellState>,
  rest: Partial<Omit<MarkingInput, "states">> = {},
  annotations: Annotations = "notes",
) {
  const states = new Map(Object.entries(cells).map(([cell, s]) => [entryKey("S", cell), s]));
  return planCellOps({ old: [], marks: [], writes: [], annotations, ...rest, states });
}

describe("planCellOps: marking", () => {
  it("paints a plain cell and adds a note, remembering it had neither", () => {
    const r = plan({ C4: state() }, { marks: [mark()] });
    expect(r.ops).toEqual([
      { op: "fill", sheet: "S", cell: "C4", color: FILLS.error, solid: false },
      { op: "noteAdd", sheet: "S", cell: "C4", content: OURS },
    ]);
    expect(r.entries).toEqual([{ sheet: "S", cell: "C4", paint: FILLS.error, fill: NONE, note: { before: null } }]);
    expect(r).toMatchObject({ marked: 1, written: 0, restored: 0 });
  });

  it("keeps the user's colour and note in the store and the note readable in ours", () => {
    const blue = { color: "#00B0F0", pattern: "Solid" };
    const r = plan({ C4: state({ fill: blue, note: "请核对" }) }, { marks: [mark()] });
    expect(r.ops[1]).toEqual({ op: "noteSet", sheet: "S", cell: "C4", content: `${OURS}\n\n${BEFORE_LABEL}请核对` });
    expect(r.entries[0]).toMatchObject({ fill: blue, note: { before: "请核对" } });
  });

  it("paints a patterned cell solid", () => {
    const r = plan(
      { C4: state({ fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" } }) },
      { marks: [mark()] },
    );
    expect(r.ops[0]).toMatchObject({ op: "fill", solid: true });
  });

  it("writes a computed value only into a blank cell", () => {
    expect(plan({ G4: state({ numFmt: "0.0000" }) }, { writes: [write()] }).ops).toContainEqual({
      op: "value",
      sheet: "S",
      cell: "G4",
      value: 0,
      numFmt: "0.00",
    });
    const typed = plan({ G4: state({ value: 5 }) }, { writes: [write()] });
    expect(typed.ops).toEqual([]);
    expect(typed.written).toBe(0);
    expect(typed.entries).toEqual([]);
  });

  it("paints only when annotations are off", () => {
    const r = plan({ C4: state() }, { marks: [mark()] }, "none");
    expect(r.ops.map((o) => o.op)).toEqual(["fill"]);
  });
});

describe("planCellOps: the previous run's marks", () => {
  const old: StoreEntry = {
    sheet: "S",
    cell: "C4",
    paint: FILLS.error,
    fill: { color: "#00B0F0", pattern: "Solid" },
    note: { before: "请核对" },
  };
  const marked = state({ fill: { color: FILLS.error, pattern: "Solid" }, note: `${OURS}\n\n${BEFORE_LABEL}请核对` });

  it("restores a cell no longer marked: the user's colour and note come back", () => {
    const r = plan({ C4: marked }, { old: [old] });
    expect(r.ops).toEqual([
      { op: "restoreFill", sheet: "S", cell: "C4", fill: old.fill },
      { op: "noteSet", sheet: "S", cell: "C4", content: "请核对" },
    ]);
    expect(r.entries).toEqual([]);
    expect(r.restored).toBe(1);
  });

  it("deletes our note where the user had none", () => {
    const r = plan(
      { C4: state({ fill: { color: FILLS.error, pattern: "Solid" }, note: OURS }) },
      {
        old: [{ ...old, fill: NONE, note: { before: null } }],
      },
    );
    expect(r.ops).toEqual([
      { op: "restoreFill", sheet: "S", cell: "C4", fill: NONE },
      { op: "noteDelete", sheet: "S", cell: "C4" },
    ]);
  });

  it("leaves a colour and a note the user put there since", () => {
    const r = plan({ C4: state({ fill: { color: "#92D050", pattern: "Solid" }, note: "我的" }) }, { old: [old] });
    expect(r.ops).toEqual([]);
    expect(r.restored).toBe(0);
  });

  it("re-marks from what the user had, so marks never stack", () => {
    const r = plan({ C4: marked }, { old: [old], marks: [mark()] });
    expect(r.ops).toEqual([
      { op: "fill", sheet: "S", cell: "C4", color: FILLS.error, solid: false },
      { op: "noteSet", sheet: "S", cell: "C4", content: `${OURS}\n\n${BEFORE_LABEL}请核对` },
    ]);
    expect(r.entries).toEqual([old]);
  });

  it("takes back a value it wrote, with the cell's format, unless the user typed over it", () => {
    const wrote: StoreEntry = { sheet: "S", cell: "G4", wrote: { value: 0, numFmt: "0.0000" } };
    expect(plan({ G4: state({ value: 0, numFmt: "0.00" }) }, { old: [wrote] }).ops).toEqual([
      { op: "clearValue", sheet: "S", cell: "G4", numFmt: "0.0000" },
    ]);
    expect(plan({ G4: state({ value: 7, numFmt: "0.00" }) }, { old: [wrote] }).ops).toEqual([]);
    const again = plan({ G4: state({ value: 0, numFmt: "0.00" }) }, { old: [wrote], writes: [write(1)] });
    const note = { before: null };
    expect(again.entries).toEqual([{ sheet: "S", cell: "G4", note, wrote: { value: 1, numFmt: "0.0000" } }]);
    expect(again.union).toEqual([{ sheet: "S", cell: "G4", note, wrote: { value: 1, numFmt: "0.0000", prev: 0 } }]);
  });

  it("skips cells whose sheet is gone", () => {
    const r = plan({}, { old: [old], marks: [mark()] });
    expect(r).toMatchObject({ ops: [], entries: [], union: [], marked: 0 });
  });
});

describe("planCellOps: comment threads", () => {
  const userThread = { id: "c1", content: "数据来自预算系统", replies: [{ id: "r1", content: "已核对" }] };

  it("replies in the user's thread instead of adding a note (even where notes exist)", () => {
    for (const mode of ["notes", "comments"] as const) {
      const r = plan({ C4: state({ comment: userThread }) }, { marks: [mark()] }, mode);
      expect(r.ops[1]).toEqual({ op: "replyAdd", commentId: "c1", content: OURS });
      expect(r.entries[0].comment).toBe(true);
    }
  });

  it("replaces its old reply and updates its own thread", () => {
    const withReply = { ...userThread, replies: [...userThread.replies, { id: "r2", content: OURS }] };
    expect(plan({ C4: state({ comment: withReply }) }, { marks: [mark()] }, "comments").ops.slice(1)).toEqual([
      { op: "replyDelete", commentId: "c1", replyId: "r2" },
      { op: "replyAdd", commentId: "c1", content: OURS },
    ]);
    const ours = { id: "c2", content: OURS, replies: [] };
    expect(plan({ C4: state({ comment: ours }) }, { marks: [mark()] }, "comments").ops[1]).toEqual({
      op: "commentSet",
      id: "c2",
      content: OURS,
    });
  });

  it("removes its own thread on restore, unless the user answered in it", () => {
    const old: StoreEntry = { sheet: "S", cell: "C4", comment: true };
    const ours = { id: "c2", content: OURS, replies: [] };
    expect(plan({ C4: state({ comment: ours }) }, { old: [old] }, "comments").ops).toEqual([
      { op: "commentDelete", id: "c2" },
    ]);
    const answered = { ...ours, replies: [{ id: "r9", content: "已改" }] };
    expect(plan({ C4: state({ comment: answered }) }, { old: [old] }, "comments").ops).toEqual([]);
  });
});

describe("withoutOurValues", () => {
  it("shows the engine the blank the user left, not the value the add-in wrote", () => {
    const sheet: SheetSnapshot = {
      name: "S",
      origin: { row: 2, col: 1 },
      values: [[1, 0, 7]],
      text: [["1", "0.00", "7"]],
      formats: [["General", "0.00", "General"]],
    };
    const old: StoreEntry[] = [
      { sheet: "S", cell: "C3", wrote: { value: 0, numFmt: "General" } },
      { sheet: "S", cell: "D3", wrote: { value: 0, numFmt: "General" } },
      { sheet: "T", cell: "B3", wrote: { value: 1, numFmt: "General" } },
    ];
    const out = withoutOurValues(sheet, old);
    expect(out.values).toEqual([[1, null, 7]]);
    expect(out.text).toEqual([["1", "", "7"]]);
    expect(out.formats).toEqual([["General", "General", "General"]]);
    expect(sheet.values).toEqual([[1, 0, 7]]);
  });
});
