import {
  decodeStore,
  decodeStoreMeta,
  encodeStore,
  STORE_HEADER,
  STORE_PIECE,
  type StoreEntry,
} from "../../src/excel/store";

const entries: StoreEntry[] = [
  {
    sheet: "目标表1",
    cell: "C4",
    paint: "#FFC7CE",
    fill: { color: "#00B0F0", pattern: "Solid" },
    note: { before: null },
  },
  {
    sheet: "It's, odd",
    cell: "F12",
    paint: "#FFEB9C",
    fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
    note: { before: "=SUM(A1)\n0012" },
  },
  { sheet: "S", cell: "G4", wrote: { value: "0012", numFmt: "@", prev: 3 }, comment: true },
];

describe("store", () => {
  it("round-trips entries, every cell text Excel cannot mistake for a number or formula", () => {
    const rows = encodeStore(entries);
    expect(rows[0][0]).toBe(STORE_HEADER);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell === "" || cell.startsWith("j")).toBe(true);
    expect(decodeStore(rows)).toEqual(entries);
  });

  it("spreads an entry longer than a cell holds over several cells, rows padded to one width", () => {
    const long: StoreEntry = { sheet: "S", cell: "A1", note: { before: "备".repeat(STORE_PIECE * 2 + 5) } };
    const rows = encodeStore([entries[0], long]);
    expect(rows[2]).toHaveLength(3);
    expect(rows[1]).toHaveLength(3);
    expect(rows.flat().every((c) => c.length <= 32767)).toBe(true);
    expect(decodeStore(rows)).toEqual([entries[0], long]);
  });

  it("skips damaged rows and anything that is not its own", () => {
    const rows: unknown[][] = encodeStore(entries);
    rows[1] = ["j{broken"];
    rows.push(["j" + JSON.stringify({ sheet: 1, cell: "A1" })], ["hello"], []);
    expect(decodeStore(rows)).toEqual(entries.slice(1));
    expect(decodeStore([["someone else's sheet"]])).toEqual([]);
    expect(decodeStore(null)).toEqual([]);
  });

  it("drops fields of the wrong shape instead of trusting them", () => {
    const rows = [
      [STORE_HEADER],
      ["j" + JSON.stringify({ sheet: "S", cell: "A1", paint: "#FFC7CE", note: { before: 5 } })],
    ];
    expect(decodeStore(rows)).toEqual([{ sheet: "S", cell: "A1" }]);
  });

  it("keeps the summary's name (and the package's print setup) in a row older readers skip as no entry", () => {
    const meta = { summary: "检查结果 (2)", print: [{ sheet: "S", comments: null, header: true }] };
    const rows = encodeStore(entries, meta);
    expect(decodeStore(rows)).toEqual(entries);
    expect(decodeStoreMeta(rows)).toEqual(meta);
    expect(decodeStoreMeta(encodeStore(entries))).toEqual({});
    const odd: unknown[][] = [
      [STORE_HEADER],
      ["j" + JSON.stringify({ meta: 1, summary: "X", print: [{ sheet: 1 }, "no"] })],
    ];
    expect(decodeStoreMeta(odd)).toEqual({ summary: "X" });
  });
});
