import fc from "fast-check";
import { Grid } from "../../src/core/grid";
import { toA1, type CellRange } from "../../src/core/snapshot";

describe("Grid merge index", () => {
  // Close merges share one dense index; merges far apart (a 5002 x 1001 box) fall back to sparse rows.
  // With a merge too big to index the grid keeps a filtered list; without one, the snapshot's own.
  it.each([
    ["close", 3, 4, true],
    ["scattered", 5000, 999, true],
    ["close, all indexed", 3, 4, false],
    ["scattered, all indexed", 5000, 999, false],
  ])("finds the merge of every covered cell (%s)", (_, top, left, huge) => {
    const merges: CellRange[] = [
      { top: 0, left: 0, bottom: 1, right: 2 },
      { top, left, bottom: top + 1, right: left + 1 },
    ];
    if (huge) merges.push({ top: 0, left: 0, bottom: 200, right: 200 }); // too big to index: ignored
    const g = new Grid({ name: "s", values: [["a"]], merges });
    expect(g.merge(1, 2)).toBe(merges[0]);
    expect(g.isCovered(1, 2)).toBe(true);
    expect(g.isCovered(0, 0)).toBe(false);
    expect(g.merge(2, 2)).toBeUndefined();
    expect(g.merge(-1, 0)).toBeUndefined();
    expect(g.merge(0, -1)).toBeUndefined();
    expect(g.anchor(top + 1, left + 1)).toEqual({ row: top, col: left });
    expect(g.rightEdge(top, left)).toBe(left + 1);
    expect(g.merge(top + 2, left)).toBeUndefined();
  });

  it("has no index without merges", () => {
    const g = new Grid({ name: "s", values: [["a", "b"]] });
    expect(g.merge(0, 1)).toBeUndefined();
    expect(g.isCovered(0, 1)).toBe(false);
  });
});

describe("Grid fast paths agree with the cell accessors", () => {
  // Ragged rows, missing or non-string display texts, an origin away from A1, and merges both close
  // (dense index) and far apart (sparse rows): ref, text, rowIsBlank and the row arrays must read what the
  // one-cell accessors read.
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.constant("  "),
    fc.constant("预算数"),
    fc.integer({ min: -5, max: 5 }),
    fc.boolean(),
  );
  const cellText = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(""),
    fc.constant(" "),
    fc.constant("25%"),
  );
  const sheet = fc.record({
    values: fc.array(fc.array(cellValue, { maxLength: 5 }), { maxLength: 6 }),
    text: fc.array(fc.array(cellText, { maxLength: 5 }), { maxLength: 6 }),
    formats: fc.array(fc.array(fc.constantFrom("General", "0%", "0.00"), { maxLength: 5 }), { maxLength: 6 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 3 }), col: fc.integer({ min: 0, max: 3 }) }),
    far: fc.boolean(),
  });

  it("ref() is the merge's top-left read through text/value/format; in its own column, null under a merge from the left; isCovered() agrees", () => {
    fc.assert(
      fc.property(sheet, ({ values, text, formats, origin, far }) => {
        const merges: CellRange[] = [
          { top: origin.row, left: origin.col, bottom: origin.row + 1, right: origin.col + 1 },
        ];
        if (far) merges.push({ top: 6000, left: 2, bottom: 6001, right: 2 });
        const g = new Grid({ name: "s", values, text: text as string[][], formats, origin, merges });
        for (let r = 0; r < origin.row + 8; r++)
          for (let c = 0; c < origin.col + 7; c++) {
            const a = g.anchor(r, c);
            expect(g.ref(r, c).toJSON()).toEqual({
              row: a.row,
              col: a.col,
              address: toA1(a.row, a.col),
              text: g.text(a.row, a.col),
              value: g.value(a.row, a.col),
              format: g.format(a.row, a.col),
            });
            const m = g.merge(r, c);
            // isCovered reads the index's sign: it agrees with the merge found.
            expect(g.isCovered(r, c)).toBe(m !== undefined && (m.top !== r || m.left !== c));
            if (m && m.left !== c) expect(g.ref(r, c, true)).toBeNull();
            else expect(g.ref(r, c, true)?.toJSON()).toEqual(g.ref(r, c).toJSON());
          }
      }),
      { numRuns: 300 },
    );
  });

  it("rowIsBlank() is every cell isBlank, text() is the display text, and rowTexts()/rowValues() are the stored rows", () => {
    fc.assert(
      fc.property(sheet, ({ values, text, origin }) => {
        const g = new Grid({ name: "s", values, text: text as string[][], origin });
        for (let r = 0; r < origin.row + 8; r++) {
          for (let left = 0; left < origin.col + 6; left++) {
            const right = left + 2;
            let blank = true;
            for (let c = left; c <= right; c++) blank &&= g.isBlank(r, c);
            expect(g.rowIsBlank(r, left, right)).toBe(blank);
          }
          expect(g.rowTexts(r)).toBe(text[r - origin.row]);
          expect(g.rowValues(r)).toBe(values[r - origin.row]);
          // Past rowEnd every cell reads empty (the scans stop there).
          for (let c = g.rowEnd(r) + 1; c < origin.col + 8; c++) {
            expect(g.text(r, c)).toBe("");
            expect(g.isBlank(r, c)).toBe(true);
          }
          for (let c = 0; c < origin.col + 6; c++) {
            // The fast path for empty cells reads what the cell's own display text says.
            const t = text[r - origin.row]?.[c - origin.col];
            const v = values[r - origin.row]?.[c - origin.col] ?? null;
            const shown =
              typeof t === "string" ? t : t !== undefined && t !== null ? String(t) : v === null ? "" : String(v);
            expect(g.text(r, c)).toBe(shown);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
