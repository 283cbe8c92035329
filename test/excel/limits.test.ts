/**
 * The host at Excel's limits, in the strict fake (5 MB request and response per sync, sizes
 * calibrated against office.js, at most 512 merged areas per read): the bench workbook, ten
 * sheets of long Chinese text, a sheet of 600 merged areas, 6,000 marked cells, builds that read
 * No Fill as #FFFFFF, and comments Excel refuses.
 */
import {
  FILLS,
  NOTE_PREFIX,
  parseA1,
  SUMMARY_SHEET,
  toA1,
  type CellRange,
  type WorkbookSnapshot,
} from "../../src/core";
import { COMMENT_NOTICE, createExcelHost, defaultEngine, type Engine } from "../../src/excel";
import { benchSheets, textSheets } from "../fixtures/bench-workbook";
import {
  installFakeOffice,
  sheetDataFromSnapshot,
  type FakeOffice,
  type FakeOptions,
  type FakeWorkbookData,
} from "../support/fake-excel";
import { budgetCell, buildSheets, handPlan, targetCell, workbookData } from "./workbook";
import { officeGlobals } from "../support/globals";

const g = officeGlobals();

const LIMIT = 5 * 1024 * 1024;
const sortRanges = (r: CellRange[] = []) => [...r].sort((a, b) => a.top - b.top || a.left - b.left);

/** The real engine, recording what it saw and planned. */
function recording() {
  const seen: WorkbookSnapshot[] = [];
  const plans: ReturnType<Engine>[] = [];
  const engine: Engine = (snapshot, settings, options) => {
    seen.push(snapshot);
    const r = defaultEngine(snapshot, settings, options);
    plans.push(r);
    return r;
  };
  return { seen, plans, engine };
}

function expectWithinLimits(fake: FakeOffice) {
  expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(LIMIT);
  expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(LIMIT);
}

describe("large workbooks", () => {
  it("checks, marks and clears the bench workbook (10 sheets, 1,000 tables) within the payload limits", async () => {
    const { builders } = benchSheets();
    const fake = installFakeOffice(g, {
      name: "bench.xlsx",
      sheets: builders.map((b) => sheetDataFromSnapshot(b.toSnapshot())),
    });
    const before = fake.dump();
    const { seen, plans, engine } = recording();
    const host = createExcelHost({ engine });

    const outcome = await host.check();

    expectWithinLimits(fake);
    expect(outcome.report.summary.tables).toBe(1000);
    expect(outcome.marked).toBe(plans[0].plan.marks.length);
    expect(outcome.marked).toBeGreaterThan(100);
    for (const m of plans[0].plan.marks) expect(fake.cell(m.sheet, m.cell).fill?.color).toBe(m.fill);
    // Read right, block by block: values, text, formats and every merged area.
    seen[0].sheets.forEach((got, i) => {
      const want = builders[i].toSnapshot();
      expect(got.values).toEqual(want.values);
      expect(got.text).toEqual(want.text);
      expect(got.formats).toEqual(want.formats);
      expect(sortRanges(got.merges)).toEqual(sortRanges(want.merges));
    });

    await host.clearMarks();
    expectWithinLimits(fake);
    expect(fake.dump()).toEqual(before);
  }, 120_000);

  it("checks and clears ten sheets of 5,000 rows × 12 columns of Chinese text, in syncs that grow with the bytes", async () => {
    const fake = installFakeOffice(g, { sheets: textSheets(10, 5000) });
    const { seen, engine } = recording();
    const host = createExcelHost({ engine });
    fake.resetCounters();

    const outcome = await host.check();

    expectWithinLimits(fake);
    // No sync was refused: each block was sized from the sheet's first rows.
    expect(fake.failures).toEqual([]);
    const read = fake.responseBytes.reduce((a, b) => a + b, 0);
    expect(read).toBeGreaterThan(10 * LIMIT);
    expect(fake.syncs).toBeLessThan(4 + (2 * read) / LIMIT + 10);
    expect(outcome.report.summary.tables).toBe(0);
    expect(seen[0].sheets).toHaveLength(10);
    expect(seen[0].sheets[9].values[4999][11]).toBe("第10表第5000行：项目支出绩效目标完成情况说明12");
    expect(seen[0].sheets[9].text?.[4999][11]).toBe("第10表第5000行：项目支出绩效目标完成情况说明12");
    expect(fake.sheetNames()).toContain(SUMMARY_SHEET);

    await host.clearMarks();
    expectWithinLimits(fake);
    expect(fake.sheetNames()).not.toContain(SUMMARY_SHEET);
  }, 120_000);

  it("reads a sheet longer than its first rows suggest: a block Excel refuses is read again in halves", async () => {
    const sheets = textSheets(2, 4000);
    // Past the rows the host measures first, the texts grow fiftyfold.
    for (let r = 1000; r < 4000; r++) sheets[0].cells![toA1(r, 0)] = { value: "很长的说明".repeat(200) + r };
    const fake = installFakeOffice(g, { sheets });
    const { seen, engine } = recording();
    await createExcelHost({ engine }).check();
    expectWithinLimits(fake);
    expect(fake.failures).toContain("ResponsePayloadSizeLimitExceeded");
    expect(seen[0].sheets[0].values[3999][0]).toBe("很长的说明".repeat(200) + 3999);
  }, 60_000);

  it("surveys more sheets than one chain holds (40 a sync)", async () => {
    const sheets = buildSheets(45, 1);
    const fake = installFakeOffice(g, workbookData(sheets));
    const { seen, engine } = recording();
    fake.resetCounters();
    await createExcelHost({ engine }).check();
    expect(seen[0].sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.builder.name));
    expect(fake.syncs).toBe(5);
  });

  it("lists the sheets first where Excel refuses calls on the null object past the last sheet", async () => {
    const sheets = buildSheets(3, 2);
    const fake = installFakeOffice(g, workbookData(sheets), { strictNullChildren: true });
    const { seen, engine } = recording();
    fake.resetCounters();
    await createExcelHost({ engine }).check();
    expect(fake.failures).toEqual(["InvalidObjectPath"]);
    expect(seen[0].sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.builder.name));
    expect(fake.syncs).toBe(6);
  });

  it("still takes 4 syncs for 200 tables of ordinary size", async () => {
    const sheets = buildSheets(10, 20);
    const fake = installFakeOffice(g, workbookData(sheets));
    const host = createExcelHost({ engine: () => handPlan(sheets) });
    fake.resetCounters();
    const outcome = await host.check();
    expect(outcome.marked).toBe(400);
    expect(fake.syncs).toBe(4);
  });
});

describe("merged areas", () => {
  it("reads a sheet of 612 merged areas (36 tables) right, past Excel's 512 per read", async () => {
    const sheets = buildSheets(1, 36);
    const want = sheets[0].builder.toSnapshot();
    expect(want.merges?.length).toBeGreaterThan(600);
    const fake = installFakeOffice(g, workbookData(sheets));
    const { seen, engine } = recording();
    fake.resetCounters();
    const outcome = await createExcelHost({ engine }).check();
    expect(sortRanges(seen[0].sheets[0].merges)).toEqual(sortRanges(want.merges));
    expect(outcome.report.summary.tables).toBe(36);
    expect(fake.syncs).toBe(4);
  });

  it("halves a band Excel refuses for holding too many merged areas", async () => {
    const sheets = buildSheets(1, 36);
    const fake = installFakeOffice(g, workbookData(sheets), { mergeCap: 20 });
    const { seen, engine } = recording();
    const outcome = await createExcelHost({ engine }).check();
    expect(fake.failures).toContain("GeneralException");
    expect(sortRanges(seen[0].sheets[0].merges)).toEqual(sortRanges(sheets[0].builder.toSnapshot().merges));
    expect(outcome.report.summary.tables).toBe(36);
  });
});

describe("many marked cells", () => {
  it("reads, marks and restores 6,000 cells exactly, the users' fills and notes among them", async () => {
    const sheets = buildSheets(10, 20);
    const data = workbookData(sheets);
    const plan = handPlan(sheets);
    const base = plan.plan.marks[0];
    // 30 marks a table: every cell of the indicator block's first rows.
    plan.plan.marks = [];
    sheets.forEach((s) =>
      s.tables.forEach((t) => {
        for (let r = 0; r < 5; r++)
          for (let c = 0; c < 6; c++) {
            const cell = toA1(t.firstIndicatorRow + r, t.left + c);
            plan.plan.marks.push({ ...base, sheet: s.builder.name, cell, ...parseA1(cell)! });
          }
      }),
    );
    expect(plan.plan.marks).toHaveLength(6000);
    plan.plan.marks.forEach((m, i) => {
      const cells = data.sheets.find((s) => s.name === m.sheet)!.cells!;
      if (i % 7 === 0) cells[m.cell] = { ...cells[m.cell], fill: "#00B0F0" };
      if (i % 11 === 0) cells[m.cell] = { ...cells[m.cell], note: `用户备注${i}` };
    });
    const fake = installFakeOffice(g, data);
    const before = fake.dump();
    const host = createExcelHost({ engine: () => plan });
    fake.resetCounters();

    const outcome = await host.check();

    expectWithinLimits(fake);
    expect(fake.syncs).toBeGreaterThan(4);
    expect(outcome.marked).toBe(6000);
    plan.plan.marks.forEach((m, i) => {
      const got = fake.cell(m.sheet, m.cell);
      expect(got.fill?.color).toBe(FILLS.error);
      expect(got.note?.startsWith(NOTE_PREFIX)).toBe(true);
      if (i % 11 === 0) expect(got.note).toContain(`用户备注${i}`);
    });

    // A second check reads our own notes back too: still within the limits, still one mark a cell.
    await host.check();
    expectWithinLimits(fake);
    await host.clearMarks();
    expectWithinLimits(fake);
    expect(fake.dump()).toEqual(before);
  }, 120_000);
});

describe("Excel builds and refusals", () => {
  function setup(
    options: FakeOptions,
    edit?: (data: FakeWorkbookData, sheets: ReturnType<typeof buildSheets>) => void,
  ) {
    const sheets = buildSheets();
    const data = workbookData(sheets);
    edit?.(data, sheets);
    const fake = installFakeOffice(g, data, options);
    return { sheets, data, fake, host: createExcelHost({ engine: () => handPlan(sheets) }) };
  }

  it("清除标记 takes back our red and keeps the user's colour where No Fill reads as #FFFFFF and the pattern as null", async () => {
    const { sheets, fake, host } = setup({ nullPattern: true }, (data, s) => {
      data.sheets[0].cells![budgetCell(s[0].tables[0])].fill = "#00B0F0";
    });
    const before = fake.dump();
    await host.check();
    const s1 = sheets[0].builder.name;
    expect(fake.cell(s1, budgetCell(sheets[0].tables[1])).fill?.color).toBe(FILLS.error);
    // The user paints one of our red cells green after the check: theirs now.
    fake.paint(s1, targetCell(sheets[0].tables[2]), "#92D050");
    await host.check();
    await host.clearMarks();
    expect(fake.cell(s1, budgetCell(sheets[0].tables[0])).fill).toEqual({ color: "#00B0F0", pattern: "Solid" });
    expect(fake.cell(s1, budgetCell(sheets[0].tables[1])).fill).toBeNull();
    expect(fake.cell(s1, targetCell(sheets[0].tables[2])).fill).toEqual({ color: "#92D050", pattern: "Solid" });
    const after = fake.dump() as { sheets: { cells: [string, { fill?: { color: string } }][] }[] };
    const ours = new Set<string>([FILLS.error, FILLS.warning, FILLS.info]);
    expect(after.sheets.flatMap((s) => s.cells).filter(([, c]) => c.fill && ours.has(c.fill.color))).toEqual([]);
    fake.paint(s1, targetCell(sheets[0].tables[2]), null);
    expect(fake.dump()).toEqual(before);
  });

  it("caps a summary row at Excel's tallest, 409 points, however long its message", async () => {
    const sheets = buildSheets(1, 1);
    const fake = installFakeOffice(g, workbookData(sheets));
    const plan = handPlan(sheets);
    const long = "预算数与资金来源合计不等，请逐项核对财政拨款、其他资金和上年结转。".repeat(60);
    plan.plan.summary.rows.push([{ value: "错误" }, { value: "目标表1" }, { value: long }, { value: "C5" }]);
    await createExcelHost({ engine: () => plan }).check();
    expect(fake.rowHeight(SUMMARY_SHEET, plan.plan.summary.rows.length - 1)).toBe(409);
  });

  it("where only threads exist, a cell whose comment Excel refuses loses only its own, and the summary lists it", async () => {
    const refused: string[] = [];
    const { sheets, fake, host } = setup({ apiVersion: "1.17" }, (data, s) => {
      // Notes Excel keeps but threaded-comment builds cannot show: a thread there is refused.
      for (const [i, j] of [
        [0, 1],
        [4, 3],
        [9, 4],
      ]) {
        data.sheets[i].cells![budgetCell(s[i].tables[j])].note = "旧备注";
        refused.push(`${s[i].builder.name}!${budgetCell(s[i].tables[j])}`);
      }
    });
    const before = fake.dump();

    const outcome = await host.check();

    expect(outcome.lostComments).toEqual(refused);
    expect(outcome.notice).toBe(`${COMMENT_NOTICE}未能写成批注的单元格：${refused.join("、")}。`);
    expect(fake.comments()).toHaveLength(150 - 3);
    for (const c of refused) {
      const [sheet, cell] = c.split("!");
      expect(fake.comments().some((x) => x.sheet === sheet && x.cell === cell)).toBe(false);
      expect(fake.cell(sheet, cell).fill?.color).toBe(FILLS.error);
    }
    const summary = fake.dump() as { sheets: { name: string; cells: [string, { value: unknown }][] }[] };
    expect(summary.sheets.find((s) => s.name === SUMMARY_SHEET)?.cells.map(([, c]) => c.value)).toContain(
      outcome.notice,
    );

    await host.check();
    expect(fake.comments()).toHaveLength(147);
    await host.clearMarks();
    expect(fake.dump()).toEqual(before);
    void sheets;
  });
});
