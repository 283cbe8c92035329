import { buildSheetSnapshot, parseArea, parseAreasAddress, splitAddress } from "../../src/excel/snapshot-build";

describe("buildSheetSnapshot", () => {
  it("turns Office.js arrays into an absolute snapshot", () => {
    const s = buildSheetSnapshot(
      "表",
      {
        rowIndex: 2,
        columnIndex: 1,
        values: [
          ["预算数", 0.81, ""],
          [true, "#DIV/0!", 0.25],
        ],
        text: [
          ["预算数", "0.81", ""],
          ["TRUE", "#DIV/0!", "25%"],
        ],
        numberFormat: [
          ["General", "0.00", null],
          ["General", "General", "0%"],
        ],
      },
      "表!B3:C3,表!A10:A12",
      true,
    );
    expect(s).toEqual({
      name: "表",
      hidden: true,
      origin: { row: 2, col: 1 },
      values: [
        ["预算数", 0.81, null],
        [true, "#DIV/0!", 0.25],
      ],
      text: [
        ["预算数", "0.81", ""],
        ["TRUE", "#DIV/0!", "25%"],
      ],
      formats: [
        ["General", "0.00", "General"],
        ["General", "General", "0%"],
      ],
      merges: [
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 9, left: 0, bottom: 11, right: 0 },
      ],
    });
  });

  it("gives an empty sheet no origin and no cells", () => {
    expect(buildSheetSnapshot("空", null, null)).toEqual({ name: "空", values: [], text: [], formats: [], merges: [] });
  });
});

describe("parseAreasAddress", () => {
  it("splits at commas outside quoted sheet names", () => {
    expect(parseAreasAddress("'a,b''c'!$A$1:$B$2,'a,b''c'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });

  it("reads whole rows and columns, and skips what it cannot read", () => {
    expect(parseArea("B:C")).toEqual({ top: 0, bottom: 1048575, left: 1, right: 2 });
    expect(parseArea("$3:$4")).toEqual({ top: 2, bottom: 3, left: 0, right: 16383 });
    expect(parseAreasAddress("S!A1:B1,S!#REF!")).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe("splitAddress", () => {
  it("separates the sheet and the cell", () => {
    expect(splitAddress("目标表1!C4")).toEqual({ sheet: "目标表1", cell: "C4" });
    expect(splitAddress("'It''s here'!$C$4")).toEqual({ sheet: "It's here", cell: "C4" });
    expect(splitAddress("S!A1:B2")).toEqual({ sheet: "S", cell: "A1" });
  });
});
