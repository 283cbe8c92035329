/** 新建表 through the real host: createSheet on the strict fake Excel holding the seed workbook. */
import { toA1, type SheetSnapshot, type Table } from "../../src/core";
import { Grid } from "../../src/core/grid";
import { locateTables } from "../../src/core/locate";
import { createExcelHost, HostError, type TableRef } from "../../src/excel";
import { buildSheetSnapshot } from "../../src/excel/snapshot-build";
import { SheetBuilder } from "../fixtures/sheet-builder";
import { buildSeedSheet, SEED_PROJECTS, writeTargetTable } from "../fixtures/seed";
import { installFakeOffice, sheetDataFromSnapshot, type FakeWorkbookData } from "../support/fake-excel";

const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const SOURCE = "绩效目标表";
const SECOND = SEED_PROJECTS[1];

function seedWorkbook(seedSheet = buildSeedSheet().builder.toSnapshot()): FakeWorkbookData {
  return {
    name: "曹妃甸.xlsx",
    sheets: [
      { name: "封面", cells: { A1: { value: "2025年预算项目绩效" } } },
      sheetDataFromSnapshot(seedSheet),
      { name: "说明", cells: { A1: { value: "填表说明" } } },
    ],
  };
}

function setup(data = seedWorkbook()) {
  const fake = installFakeOffice(g, data);
  return { fake, host: createExcelHost() };
}

/** The seed's second table (各项公务接待活动) as the pane lists it. */
async function secondTable(host: ReturnType<typeof createExcelHost>): Promise<TableRef> {
  const refs = await host.listTables();
  const ref = refs.find((r) => r.projectCode === SECOND.code);
  if (!ref) throw new Error("seed table not listed");
  return ref;
}

/** The new sheet as the host reads it, and the one table on it. */
function readTable(name: string): Promise<Table> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,text,numberFormat");
    const merged = ws.getRange().getMergedAreasOrNullObject().load("address");
    await context.sync();
    const snapshot: SheetSnapshot = buildSheetSnapshot(
      name,
      used.isNullObject ? null : used,
      merged.isNullObject ? null : merged.address,
    );
    const tables = locateTables(new Grid(snapshot));
    expect(tables).toHaveLength(1);
    return tables[0];
  });
}

const sheetDump = (fake: ReturnType<typeof setup>["fake"], name: string) =>
  (fake.dump() as { sheets: { name: string }[] }).sheets.find((s) => s.name === name);

describe("createSheet", () => {
  it("adds a blank target sheet under a free name, activated, in 2 syncs, never touching an existing sheet", async () => {
    const { fake, host } = setup();
    const before = sheetDump(fake, SOURCE);
    fake.resetCounters();

    const first = await host.createSheet("target");
    expect(fake.syncs).toBe(2);
    const second = await host.createSheet("target");

    // The template is called 绩效目标表, which the seed's sheet already is.
    expect([first, second]).toEqual(["绩效目标表 (2)", "绩效目标表 (3)"]);
    expect(fake.sheetNames()).toEqual(["封面", SOURCE, "说明", first, second]);
    expect(fake.activeSheet()).toBe(second);
    expect(fake.selection()?.sheet).toBe(second);
    expect(sheetDump(fake, SOURCE)).toEqual(before);
    expect((await readTable(first)).kind).toBe("target");
    expect(fake.validations(first).some((v) => v.rule && "list" in v.rule)).toBe(true);
  });

  it("does not offer a blank sheet (no name, code or indicator) as a source; a new sheet and a check of it give no error", async () => {
    const { host } = setup();
    const name = await host.createSheet("target");
    expect((await host.listTables()).map((t) => t.projectCode)).toEqual(SEED_PROJECTS.map((p) => p.code));
    const outcome = await host.check();
    const own = outcome.report.findings.filter((f) => f.sheet === name);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.rule === "awaiting-input" && f.severity === "info")).toBe(true);
  });

  it("makes a monitoring sheet from the seed's second table, right after its source, and a check reads it back", async () => {
    const { fake, host } = setup();
    const ref = await secondTable(host);
    fake.resetCounters();

    const name = await host.createSheet("monitoring", ref);

    expect(fake.syncs).toBe(4);
    expect(name).toBe("各项公务接待活动-监控");
    expect(fake.sheetNames()).toEqual(["封面", SOURCE, name, "说明"]);
    expect(fake.activeSheet()).toBe(name);
    expect(fake.selection()).toEqual({ sheet: name, address: "E8" });
    expect(fake.cell(name, "B2").value).toBe("13020924P000558100016");
    expect(fake.cell(name, "B3")).toMatchObject({ value: 100.8, text: "100.80" });
    expect([6, 7, 8, 9, 10, 11, 12].map((r) => fake.cell(name, toA1(r, 3)).value)).toEqual([
      "年度指标值",
      ...SECOND.indicators.map((i) => i.target),
    ]);
    expect(fake.validations(name).find((v) => v.range === "G8:G13")).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "确定能,有可能,完全不可能" } },
      errorAlert: { showAlert: true, style: "Stop" },
    });
    expect(fake.merges(name)).toEqual(["A1:I1", "B2:D2", "F2:I2", "B3:D3", "F3:I3", "A8:A11"]);
    expect(fake.cell(name, "A8").value).toBe("产出指标");

    const outcome = await host.check();
    const tables = outcome.report.tables.filter((t) => t.sheet === name);
    expect(tables).toEqual([expect.objectContaining({ kind: "monitoring", projectCode: SECOND.code })]);
    expect(outcome.report.findings.filter((f) => f.sheet === name && f.rule === "table-unreadable")).toEqual([]);
  });

  it("makes a self-evaluation sheet whose weights add up to 100, 执行率 10, also after a check", async () => {
    const { fake, host } = setup();
    await host.check(); // marks, a store sheet and 检查结果 in the workbook must not matter
    const ref = await secondTable(host);
    fake.resetCounters();

    const name = await host.createSheet("self-evaluation", ref);

    expect(fake.syncs).toBe(4);
    expect(name).toBe("各项公务接待活动-自评");
    expect(fake.sheetNames().slice(0, 4)).toEqual(["封面", SOURCE, name, "说明"]);
    expect(fake.activeSheet()).toBe(name);
    const t = await readTable(name);
    expect(t.kind).toBe("self-evaluation");
    expect(t.projectCode?.text).toBe(SECOND.code);
    expect(t.selfEvaluation?.weight?.value).toBe(10);
    const weights = t.indicators.map((i) => i.weight?.value);
    expect(weights).toHaveLength(6);
    expect(10 + weights.reduce<number>((s, w) => s + (typeof w === "number" ? w : NaN), 0)).toBeCloseTo(100, 10);

    const outcome = await host.check();
    expect(outcome.report.tables.filter((x) => x.sheet === name)).toEqual([
      expect.objectContaining({ kind: "self-evaluation", projectCode: SECOND.code }),
    ]);
  });

  it("takes the weights from the workbook's settings, for a blank sheet too", async () => {
    const data = seedWorkbook();
    data.settings = { "jixiao-settings": JSON.stringify({ weights: { execution: 20, output: 40 } }) };
    const { host } = setup(data);
    const name = await host.createSheet("self-evaluation", await secondTable(host));
    const t = await readTable(name);
    expect(t.selfEvaluation?.weight?.value).toBe(20);
    expect(t.indicators.reduce((s, i) => s + Number(i.weight?.value), 0)).toBeCloseTo(80, 10);

    // A blank sheet, with no source read, shows them too.
    const blank = await readTable(await host.createSheet("self-evaluation"));
    expect(blank.kind).toBe("self-evaluation");
    expect(blank.selfEvaluation?.weight?.value).toBe(20);
  });

  it("lays a new sheet out in the chosen form: its spending plan or none, its weights", async () => {
    const plain = setup();
    expect((await readTable(await plain.host.createSheet("target"))).plan).not.toBeNull();
    const data = seedWorkbook();
    data.settings = { "jixiao-settings": JSON.stringify({ profile: "central" }) };
    const central = setup(data);
    const t = await readTable(await central.host.createSheet("target"));
    expect([t.kind, t.plan]).toEqual(["target", null]);
    const hubei = seedWorkbook();
    hubei.settings = { "jixiao-settings": JSON.stringify({ profile: "hubei" }) };
    const h = setup(hubei);
    expect((await readTable(await h.host.createSheet("self-evaluation"))).selfEvaluation?.weight?.value).toBe(20);
  });

  it("reads the source afresh: a figure changed since the pane listed the table is the one copied", async () => {
    const { fake, host } = setup();
    const ref = await secondTable(host);
    const written = buildSeedSheet().tables[1];
    fake.type(SOURCE, toA1(written.budgetRow, written.left + 2), 120.5);
    const name = await host.createSheet("monitoring", ref);
    expect(fake.cell(name, "B3")).toMatchObject({ value: 120.5, text: "120.50" });
  });

  it("finds a table moved since it was listed by its 项目编码", async () => {
    const { host } = setup();
    const ref = await secondTable(host);
    // The same three tables, two rows lower: the listed range no longer matches.
    const b = new SheetBuilder(SOURCE);
    let top = 2;
    for (const p of SEED_PROJECTS) top = writeTargetTable(b, p, top, 0, { title: true }).bottom + 3;
    const moved = setup(seedWorkbook(b.toSnapshot()));
    const name = await moved.host.createSheet("monitoring", ref);
    expect(moved.fake.cell(name, "B2").value).toBe(SECOND.code);
  });

  it("a source gone (sheet renamed or cleared): a Chinese HostError and no new sheet", async () => {
    const { fake, host } = setup();
    const ref = await secondTable(host);
    const names = fake.sheetNames();

    fake.rename(SOURCE, "旧目标表");
    const renamed = host.createSheet("monitoring", ref);
    await expect(renamed).rejects.toBeInstanceOf(HostError);
    await expect(renamed).rejects.toThrow(
      `在工作表“${SOURCE}”中找不到项目“各项公务接待活动”：请点“刷新列表”后重新选择来源表。`,
    );
    expect(fake.sheetNames()).toEqual(["封面", "旧目标表", "说明"]);

    fake.rename("旧目标表", SOURCE);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SOURCE).getRange().clear("All");
      await context.sync();
    });
    fake.resetCounters();
    const cleared = host.createSheet("self-evaluation", ref);
    await expect(cleared).rejects.toBeInstanceOf(HostError);
    await expect(cleared).rejects.toThrow("找不到项目“各项公务接待活动”");
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames()).toEqual(names);
  });

  it("a protected workbook structure: a Chinese HostError and no new sheet", async () => {
    const { fake, host } = setup();
    const ref = await secondTable(host);
    fake.setProtected(null, true);
    fake.resetCounters();
    const p = host.createSheet("monitoring", ref);
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(p).rejects.toThrow("工作簿结构受保护，无法新建工作表");
    expect(fake.syncs).toBe(3);
    expect(fake.sheetNames()).toEqual(["封面", SOURCE, "说明"]);
    await expect(host.createSheet("target")).rejects.toThrow("工作簿结构受保护");
    expect(fake.sheetNames()).toEqual(["封面", SOURCE, "说明"]);
  });

  it("a cell in edit mode: the edit-mode sentence, and no new sheet", async () => {
    const { fake, host } = setup();
    const ref = await secondTable(host);
    fake.setEditMode(true);
    const p = host.createSheet("monitoring", ref);
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(p).rejects.toThrow("Excel 正在编辑单元格");
    fake.setEditMode(false);
    expect(fake.sheetNames()).toEqual(["封面", SOURCE, "说明"]);
  });
});
