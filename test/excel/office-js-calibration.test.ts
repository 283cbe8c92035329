/**
 * The fake's request sizes and the host's estimates, measured against office.js's own serialiser
 * (the package's excel-win32-16.01.debug.js in a Node vm, test/support/office-js.ts). The fake must
 * never be kinder than office.js (a request it lets through must be one Excel lets through) and
 * not so harsh that it proves nothing; the host's estimates must never be below office.js.
 * Notes (ExcelApi 1.18) are newer than this office.js: their calls have the shape of comments'.
 */
import { queueOps } from "../../src/excel/apply";
import { ListSource, runSources, type Piece } from "../../src/excel/batches";
import { statePiece } from "../../src/excel/host";
import { estimateBytes, type Op } from "../../src/excel/ops";
import { MergeBands, RowBlocks, survey, threadPieces } from "../../src/excel/read";
import { installFakeOffice } from "../support/fake-excel";
import { officeJsRequests } from "../support/office-js";
import { officeGlobals } from "../support/globals";

const g = officeGlobals();

const SHEET = "目标表1";
const NOTE = "【绩效检查】\n错误：预算数 120.50 与资金来源合计 120.49 不等，请核对财政拨款和其他资金。";
const cells = (n: number) => Array.from({ length: n }, (_, i) => `C${i + 5}`);

const OPS: Record<string, Op[]> = {
  fill: cells(200).map((cell) => ({ op: "fill", sheet: SHEET, cell, color: "#FFC7CE", solid: true })),
  restoreFill: cells(200).map((cell) => ({
    op: "restoreFill",
    sheet: SHEET,
    cell,
    fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
  })),
  value: cells(200).map((cell) => ({ op: "value", sheet: SHEET, cell, value: 12.5, numFmt: "0.00" })),
  clearValue: cells(200).map((cell) => ({ op: "clearValue", sheet: SHEET, cell, numFmt: "General" })),
  commentAdd: cells(200).map((cell) => ({ op: "commentAdd", sheet: SHEET, cell, content: NOTE })),
  replyAdd: cells(200).map((_, i) => ({ op: "replyAdd", commentId: `{5A1C-${i}}`, content: NOTE })),
  replyDelete: cells(200).map((_, i) => ({ op: "replyDelete", commentId: `{5A1C-${i}}`, replyId: `{77-${i}}` })),
  store: [
    {
      op: "storeRows",
      sheet: "_jixiao_marks",
      top: 0,
      rows: cells(500).map((cell) => [
        `j{"sheet":"${SHEET}","cell":"${cell}","paint":"#FFC7CE","fill":{"color":"#FFFFFF","pattern":"None"}}`,
      ]),
    },
  ],
  summary: [
    {
      op: "summaryRows",
      sheet: "检查结果",
      top: 0,
      columns: 4,
      rows: cells(200).map((cell) => [
        { value: "错误", fill: "#FFC7CE" },
        { value: SHEET },
        { value: "预算数与资金来源合计不等。" },
        { value: cell, link: { sheet: SHEET, cell } },
      ]),
      wrap: [false, false, true, false],
      heights: cells(200).map((_, i) => (i % 3 ? null : 30)),
    },
  ],
};

/** The fake's request bytes for the same batch, synced once. */
async function fakeRequests(batch: (context: Excel.RequestContext) => unknown): Promise<number[]> {
  const fake = installFakeOffice(g, {
    sheets: [{ name: SHEET, cells: { A1: { value: 1 } } }, { name: "_jixiao_marks" }, { name: "检查结果" }],
  });
  await Excel.run(async (context) => {
    try {
      await batch(context);
      await context.sync();
    } catch {
      // Items that do not exist in the fake fail at sync: the request was still counted.
    }
  });
  return fake.requestBytes;
}

function expectCalibrated(name: string, real: number, fake: number, estimate?: number) {
  // Never kinder than office.js, and at most half again as harsh.
  expect({ name, ratio: fake / real >= 1 }).toEqual({ name, ratio: true });
  expect({ name, ratio: fake / real <= 1.5 }).toEqual({ name, ratio: true });
  if (estimate !== undefined) expect({ name, estimateAbove: estimate >= real }).toEqual({ name, estimateAbove: true });
}

describe("request sizes against office.js", () => {
  it.each(Object.keys(OPS))("%s writes", async (name) => {
    const ops = OPS[name];
    const [real] = await officeJsRequests((context) => queueOps(context, ops));
    const [fake] = await fakeRequests((context) => queueOps(context, ops));
    const estimate = ops.reduce((n, op) => n + estimateBytes(op), 0);
    expect(real).toBeGreaterThan(10_000);
    expectCalibrated(name, real, fake, estimate);
  });

  /** Queues pieces as the host does, in one sync, and returns their estimated request. */
  function queuePieces(pieces: Piece[]) {
    return async (context: Excel.RequestContext) => {
      await runSources(context, [new ListSource(pieces)], { request: 1e9, response: 1e9 });
    };
  }

  const blockPieces = () => {
    const blocks = new RowBlocks(SHEET, { row: 0, col: 0, cols: 12 }, ["values", "numberFormat"], 48, () => undefined);
    for (let i = 0; i < 200; i++) blocks.add(i * 50, 10);
    return drain(blocks);
  };
  const bandPieces = () => drain(new MergeBands(SHEET, { row: 0, col: 0, rows: 200 * 42, cols: 12 }));
  const statePieces = () =>
    cells(200).map((cell) =>
      statePiece({ sheet: SHEET, cell }, { supported: true, annotations: "comments" }, new Map(), new Map()),
    );
  const threads = () =>
    threadPieces(
      cells(200).map((_, i) => `{5A1C-${i}}`),
      [],
    );

  function drain(source: RowBlocks | MergeBands): Piece[] {
    const out: Piece[] = [];
    for (
      let p = source.next({ request: 1e9, response: 1e9 }, true);
      p;
      p = source.next({ request: 1e9, response: 1e9 }, true)
    )
      out.push(p);
    return out;
  }

  it.each([
    ["row blocks", blockPieces],
    ["merge bands", bandPieces],
    ["cell states", statePieces],
    ["comment places", threads],
  ] as const)("%s reads", async (name, make) => {
    const [real] = await officeJsRequests(queuePieces(make()));
    const [fake] = await fakeRequests(queuePieces(make()));
    const estimate = make().reduce((n, p) => n + p.request, 0);
    expect(real).toBeGreaterThan(10_000);
    expectCalibrated(name, real, fake, estimate);
  });

  it("the survey's chain of sheets", async () => {
    const [real] = await officeJsRequests((context) => survey(context, true));
    const [fake] = await fakeRequests((context) => survey(context, true));
    expect(real).toBeGreaterThan(10_000);
    expectCalibrated("survey", real, fake);
  });
});
