import { Grid } from "../../src/core/grid";
import type { CellRange } from "../../src/core/snapshot";

describe("Grid merge index", () => {
  // Close merges share one dense index; merges far apart (a 5002 x 1001 box) fall back to sparse rows.
  it.each([
    ["close", 3, 4],
    ["scattered", 5000, 999],
  ])("finds the merge of every covered cell (%s)", (_, top, left) => {
    const merges: CellRange[] = [
      { top: 0, left: 0, bottom: 1, right: 2 },
      { top, left, bottom: top + 1, right: left + 1 },
      { top: 0, left: 0, bottom: 200, right: 200 }, // too big to index: ignored
    ];
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
