import fc from "fast-check";
import { parseA1, parseRangeA1, toA1 } from "../../src/core/snapshot";

/** The grammar as a regex: what parseA1's loops must accept and read, character for character. */
function byRegex(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

describe("parseA1", () => {
  test.each([
    ["A1", { row: 0, col: 0 }],
    ["$B$12", { row: 11, col: 1 }],
    ["xfd1048576", { row: 1048575, col: 16383 }],
    [" C3 ", { row: 2, col: 2 }],
    ["AB$7", { row: 6, col: 27 }],
  ])("%s", (a1, pos) => expect(parseA1(a1)).toEqual(pos));

  test.each(["", "$", "A", "12", "ABCD1", "A12345678", "A1:B2", "A-1", "Ä1", "A1$", "$$A1", "[1", "@1", "A 1"])(
    "%j is no address",
    (a1) => expect(parseA1(a1)).toBeNull(),
  );

  test("reads what the regex grammar reads, for any string of address-like characters", () => {
    const ch = fc.constantFrom(..."$AaZz@[`{09/:. \u00c4\u3000xYmB".split(""));
    const anything = fc.array(ch, { maxLength: 12 }).map((a) => a.join(""));
    // Address-shaped: near the edges of the grammar (4 letters, 8 digits, a stray $ or space).
    const shaped = fc
      .tuple(
        fc.constantFrom("", "$", " "),
        fc.stringMatching(/^[A-Za-z]{0,4}$/),
        fc.constantFrom("", "$"),
        fc.stringMatching(/^\d{0,8}$/),
        fc.constantFrom("", "", "$", " ", "1"),
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (s) => {
        expect(parseA1(s)).toEqual(byRegex(s));
      }),
      { numRuns: 20000 },
    );
  });

  test("round-trips toA1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });

  test("parseRangeA1 orders the corners", () => {
    expect(parseRangeA1("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  });
});
