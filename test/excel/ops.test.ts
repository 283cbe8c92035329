import { queueOps } from "../../src/excel/apply";
import { chunkOps, estimateBytes, heightRuns, type Op } from "../../src/excel/ops";
import { installFakeOffice } from "../support/fake-excel";

const fill = (i: number): Op => ({ op: "fill", sheet: "目标表", cell: `A${i + 1}`, color: "#FFC7CE" });

describe("chunkOps", () => {
  it("keeps a normal plan in one batch", () => {
    const ops = Array.from({ length: 500 }, (_, i) => fill(i));
    expect(chunkOps(ops)).toEqual([ops]);
  });

  it("splits in order, each batch under the budget", () => {
    const ops = Array.from({ length: 500 }, (_, i) => fill(i));
    const budget = 20_000;
    const chunks = chunkOps(ops, budget);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(ops);
    for (const c of chunks) expect(c.reduce((n, op) => n + estimateBytes(op), 0)).toBeLessThanOrEqual(budget);
  });

  it("cuts a block of rows too large for one request into row slices at the right offsets", () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`j${"x".repeat(100)}${i}`]);
    const chunks = chunkOps([{ op: "storeRows", sheet: "_s", top: 0, rows }], 10_000);
    const parts = chunks.flat() as Extract<Op, { op: "storeRows" }>[];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.rows)).toEqual(rows);
    let top = 0;
    for (const p of parts) {
      expect(p.top).toBe(top);
      top += p.rows.length;
    }
  });

  it("keeps each summary row's height with its row when the rows are cut into slices", () => {
    const rows = Array.from({ length: 300 }, (_, i) => [{ value: `问题${"很".repeat(i % 50)}${i}` }]);
    const heights = rows.map((_, i) => (i % 3 === 0 ? 33 : null));
    const chunks = chunkOps([{ op: "summaryRows", sheet: "检查结果", top: 0, rows, heights }], 10_000);
    const parts = chunks.flat() as Extract<Op, { op: "summaryRows" }>[];
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.heights).toEqual(heights.slice(p.top, p.top + p.rows.length));
  });

  it("keeps each lone row's flag with its row when the rows are cut into slices", () => {
    const rows = Array.from({ length: 300 }, (_, i) => [{ value: `结果${"很".repeat(i % 50)}${i}` }]);
    const lone = rows.map((_, i) => i % 7 === 1);
    const chunks = chunkOps([{ op: "summaryRows", sheet: "检查结果", top: 0, rows, lone }], 10_000);
    const parts = chunks.flat() as Extract<Op, { op: "summaryRows" }>[];
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.lone).toEqual(lone.slice(p.top, p.top + p.rows.length));
      expect(p.heights).toBeUndefined();
    }
  });

  it("sets one height per run of rows of one height", () => {
    expect(heightRuns([null, 33, 33, 48, null, 33])).toEqual([
      [1, 2, 33],
      [3, 1, 48],
      [5, 1, 33],
    ]);
    expect(heightRuns([])).toEqual([]);
  });

  it("counts Chinese text as UTF-8", () => {
    const ascii: Op = { op: "noteAdd", sheet: "S", cell: "A1", content: "a".repeat(1000) };
    const chinese: Op = { op: "noteAdd", sheet: "S", cell: "A1", content: "备".repeat(1000) };
    expect(estimateBytes(chinese) - estimateBytes(ascii)).toBe(2000);
  });
});

describe("queueOps: summaryRows", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  it("spans a lone row across the sheet's columns even in a slice of short rows", async () => {
    const fake = installFakeOffice(g, { sheets: [{ name: "目标表" }] });
    const rows = [
      [{ value: "绩效表检查结果", bold: true }, { value: "sample.xlsx" }],
      [{ value: "共 1 张表", fill: "#FFC7CE" }],
    ];
    await Excel.run(async (context) => {
      queueOps(context, [
        { op: "addSheet", sheet: "检查结果" },
        { op: "summaryRows", sheet: "检查结果", top: 0, rows, columns: 9, lone: [false, true] },
      ]);
      await context.sync();
    });
    expect(fake.merges("检查结果")).toEqual(["A2:I2"]);
    expect(fake.format("检查结果", "I2")).toMatchObject({ fill: "#FFC7CE", wrap: true });
  });
});
