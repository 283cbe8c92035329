import {
  checkWorkbook,
  FILLS,
  NOTE_PREFIX,
  parseA1,
  SUMMARY_SHEET,
  toA1,
  type CellRange,
  type WorkbookSnapshot,
} from "../../src/core";
import { defaultEngine, HostError, STORE_SHEET } from "../../src/excel";
import { createWpsHost, SETTINGS_SHEET, WPS_MESSAGES, type WpsHostOptions } from "../../src/wps";
import { fromBgr, patternName, patternNumber, toBgr } from "../../src/wps/et";
import { buildSeedSheet, SEED_PROJECTS } from "../fixtures/seed";
import { sheetDataFromSnapshot, type FakeWorkbookData } from "../support/fake-excel";
import { STORE_HEADER } from "../../src/excel/store";
import { SEED_SHEET, seedWorkbook, USER_FILL, USER_NOTE } from "../e2e/support/seed";
import { bgrToRgb, installFakeEt, rgbToBgr } from "../support/fake-et";
import { budgetCell, buildSheets, handPlan, otherFundsCell, targetCell, workbookData } from "../excel/workbook";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => delete g.Application);

const SHEET = SEED_SHEET;
const clock = () => new Date(2026, 10, 23, 10, 30);

/** The seed's three tables on one sheet, the user's fill and note on 预算数; `broken`: 财政资金 0.80 against 0.81. */
function seed(broken = true) {
  const s = seedWorkbook(broken);
  return { ...s, budget: s.budgetCell };
}

function setup(data: FakeWorkbookData, options: WpsHostOptions = {}) {
  const fake = installFakeEt(g, data);
  const seen: WorkbookSnapshot[] = [];
  const host = createWpsHost({
    now: clock,
    engine: (snapshot, settings, opts) => {
      seen.push(snapshot);
      return defaultEngine(snapshot, settings, opts);
    },
    ...options,
  });
  return { fake, host, seen };
}

const count = (text: string | null, part: string) => (text ?? "").split(part).length - 1;
const sortRanges = (r: CellRange[] = []) => [...r].sort((a, b) => a.top - b.top || a.left - b.left);

describe("colours and patterns", () => {
  it("converts #RRGGBB to ET's BGR integers and back, as the fake (written differently) does", () => {
    for (const hex of ["#FFC7CE", "#00B0F0", "#000000", "#FFFFFF", "#123456"]) {
      expect(toBgr(hex)).toBe(rgbToBgr(hex));
      expect(fromBgr(rgbToBgr(hex))).toBe(hex);
      expect(bgrToRgb(toBgr(hex))).toBe(hex);
    }
    // Red is the low byte.
    expect(toBgr("#FF0000")).toBe(255);
    expect(patternName(patternNumber("Gray25"))).toBe("Gray25");
    expect(patternName(-4142)).toBe("None");
    expect(patternName(-4105)).toBe("Solid");
  });
});

describe("WPS host: check", () => {
  it("reads the seed as the engine's snapshot and marks exactly the engine's findings", async () => {
    const s = seed();
    const { fake, host, seen } = setup(s.data);
    const stages: string[] = [];
    const outcome = await host.check((st) => stages.push(st));
    expect(stages).toEqual(["reading", "checking", "writing", "done"]);

    const got = seen[0].sheets[0];
    const want = s.snapshot.sheets[0];
    expect(got.origin).toEqual({ row: 0, col: 0 });
    expect(got.values).toEqual(want.values);
    expect(got.text).toEqual(want.text);
    expect(got.formats).toEqual(want.formats);
    expect(sortRanges(got.merges)).toEqual(sortRanges(want.merges));

    const expected = checkWorkbook(s.snapshot).report;
    expect(outcome.report.findings).toEqual(expected.findings);
    expect(outcome.report.findings.some((f) => f.rule === "budget-sum" && f.cell === s.budget)).toBe(true);
    expect(outcome.notice).toBeUndefined();

    const marked = fake.cell(SHEET, s.budget);
    expect(marked.fill?.color).toBe(FILLS.error);
    expect(marked.note?.startsWith(NOTE_PREFIX)).toBe(true);
    // The user's note stays readable inside ours.
    expect(marked.note).toContain(USER_NOTE);
    expect([...fake.sheetNames()].sort()).toEqual([SHEET, STORE_SHEET, SUMMARY_SHEET].sort());
    expect(fake.sheetVisibility(STORE_SHEET)).toBe("VeryHidden");
    expect(fake.cell(SUMMARY_SHEET, "A1")).toMatchObject({ value: "绩效表检查结果", bold: true });
    // It prints as the plan says: landscape, one page wide, the findings' header on every page.
    const print = fake.pageSetup(SUMMARY_SHEET);
    expect(print).toMatchObject({
      Orientation: 2,
      Zoom: false,
      FitToPagesWide: 1,
      FitToPagesTall: false,
      PrintGridlines: true,
    });
    expect(print?.PrintTitleRows).toMatch(/^\$\d+:\$\d+$/);
    // The user stays on the sheet they were on.
    expect(fake.activeSheet()).toBe(SHEET);
    // Every finding's cell is linked from the summary.
    const links = expected.findings.map((f) => `'${f.sheet}'!${f.cell}`);
    const summaryLinks = new Set<string>();
    for (let r = 1; r < 200; r++)
      for (let c = 0; c < 9; c++) {
        const h = fake.cell(SUMMARY_SHEET, toA1(r, c)).hyperlink;
        if (h) summaryLinks.add(h);
      }
    for (const l of links) expect(summaryLinks).toContain(l);
  });

  it("a second check does not stack marks; a fixed cell gets the user's fill and note back", async () => {
    const s = seed();
    const { fake, host } = setup(s.data);
    await host.check();
    await host.check();
    const twice = fake.cell(SHEET, s.budget);
    expect(count(twice.note, NOTE_PREFIX)).toBe(1);
    expect(count(twice.note, USER_NOTE)).toBe(1);
    expect(fake.sheetNames().filter((n) => n === SUMMARY_SHEET)).toHaveLength(1);

    fake.type(SHEET, s.budget, 0.8);
    const outcome = await host.check();
    expect(outcome.report.findings.some((f) => f.rule === "budget-sum")).toBe(false);
    expect(fake.cell(SHEET, s.budget)).toMatchObject({ value: 0.8, note: USER_NOTE });
    expect(fake.cell(SHEET, s.budget).fill).toEqual({ color: USER_FILL, pattern: "Solid" });
  });

  it("清除标记 restores the workbook exactly: fills with patterns, notes, written values and their formats", async () => {
    const sheets = buildSheets(3, 2);
    const data = workbookData(sheets);
    const cells = (i: number) => data.sheets[i].cells!;
    cells(0)[budgetCell(sheets[0].tables[0])].fill = USER_FILL;
    cells(0)[targetCell(sheets[0].tables[0])].note = USER_NOTE;
    cells(1)[targetCell(sheets[1].tables[1])].fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" };
    cells(2)[otherFundsCell(sheets[2].tables[0])] = { numberFormat: "0.0000" };
    const pristine = installFakeEt({}, data).dump();
    const { fake, host } = setup(data, { engine: () => handPlan(sheets) });

    const outcome = await host.check();
    expect(outcome).toMatchObject({ marked: 12, written: 6 });
    // A patterned fill is painted solid, and a computed value lands with its format.
    expect(fake.cell(sheets[1].builder.name, targetCell(sheets[1].tables[1])).fill).toMatchObject({
      color: FILLS.warning,
      pattern: "Solid",
    });
    expect(fake.cell(sheets[2].builder.name, otherFundsCell(sheets[2].tables[0]))).toMatchObject({
      value: 0,
      text: "0.00",
      numberFormat: "0.00",
    });
    await host.check();

    const restored = await host.clearMarks();
    expect(restored).toBe(18);
    expect(fake.dump()).toEqual(pristine);
    expect(await host.clearMarks()).toBe(0);
  });

  it("asks ET a bounded number of times: 10 sheets of 5 tables read, checked and marked", async () => {
    const sheets = buildSheets();
    const { fake, host } = setup(workbookData(sheets), { engine: () => handPlan(sheets) });
    const cells = sheets.reduce((n, s) => {
      const snap = s.builder.toSnapshot();
      return n + snap.values.reduce((m, r) => m + r.length, 0);
    }, 0);
    fake.resetCalls();
    await host.check();
    const first = fake.calls();
    fake.resetCalls();
    await host.check();
    const second = fake.calls();

    console.log(`ET calls for ${cells} cells: first check ${first}, second ${second}`);
    // About 3.3 a cell (values come in one call a sheet; formats, merges and number texts cost the rest).
    expect(first).toBeLessThan(cells * 4);
    expect(second).toBeLessThan(cells * 4);
  });

  it("keeps its own sheets and values out of the engine's sight on the next check", async () => {
    const sheets = buildSheets(2, 2);
    const { host, seen } = setup(workbookData(sheets), {
      engine: (snapshot) => {
        seen.push(snapshot);
        return handPlan(sheets);
      },
    });
    await host.check();
    await host.check();
    // The summary is read, and named to the engine as ours by the store.
    expect(seen[1].own).toEqual([SUMMARY_SHEET]);
    const names = seen[1].sheets.map((x) => x.name).filter((n) => !seen[1].own?.includes(n));
    expect(names).toEqual(sheets.map((x) => x.builder.name));
    const p = parseA1(otherFundsCell(sheets[0].tables[0]))!;
    expect(seen[1].sheets[0].values[p.row][p.col]).toBeNull();
    expect(seen[1].sheets[0].values).toEqual(seen[0].sheets[0].values);
  });

  it("a protected sheet is checked and reported but not marked; the notice names it", async () => {
    const sheets = buildSheets(3, 2);
    const data = workbookData(sheets);
    data.sheets[1].protected = true;
    const name = sheets[1].builder.name;
    const { fake, host } = setup(data, { engine: () => handPlan(sheets) });
    const before = JSON.stringify(fake.dump());

    const outcome = await host.check();
    expect(outcome.marked).toBe(8);
    expect(outcome.report.findings.filter((f) => f.sheet === name)).toHaveLength(4);
    expect(outcome.notice).toContain(`工作表“${name}”受保护`);
    expect(outcome.notice).toContain("6 个单元格未标记");
    const sheetOf = (dump: unknown) => JSON.stringify((dump as { name: string }[]).find((d) => d.name === name));
    expect(sheetOf(fake.dump())).toBe(sheetOf(JSON.parse(before)));
    expect(fake.cell(sheets[0].builder.name, budgetCell(sheets[0].tables[0])).fill?.color).toBe(FILLS.error);

    // Once unprotected, the next check marks it, and 清除标记 then restores everything.
    fake.protect(name, false);
    expect((await host.check()).marked).toBe(12);
    fake.protect(name, true);
    const error = await host.clearMarks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toBe(
      `工作表“${name}”受保护，无法清除其中的标记：请在“审阅”选项卡中撤消工作表保护后再清除。`,
    );
    fake.protect(name, false);
    await host.clearMarks();
    expect(JSON.stringify(fake.dump())).toBe(before.replace('"protected":true', '"protected":false'));
  });

  it("a protected workbook structure is refused before anything is written", async () => {
    const s = seed();
    const data = { ...s.data, protected: true };
    const { fake, host } = setup(data);
    const before = fake.dump();
    const error = await host.check().catch((e: unknown) => e);
    expect(error).toEqual(
      new HostError("工作簿结构受保护，无法添加或删除“检查结果”工作表：请在“审阅”选项卡中撤消工作簿保护后再试。"),
    );
    expect(fake.dump()).toEqual(before);
  });

  it("a protected store points to 清除标记, which deletes it", async () => {
    const s = seed();
    const { fake, host } = setup(s.data);
    const pristine = fake.dump();
    await host.check();
    fake.protect(STORE_SHEET);
    await expect(host.check()).rejects.toEqual(
      new HostError("检查记录表受保护，无法更新标记：请先点“清除标记”，再检查。"),
    );
    await host.clearMarks();
    expect(fake.dump()).toEqual(pristine);
  });

  it("reads a one-cell sheet (Value2 is then a scalar) and a number too wide for its column (Text shows ####)", async () => {
    const s = seed(false);
    s.data.sheets.push({ name: "说明", cells: { B2: { value: "仅供参考" } } });
    s.data.sheets.push({ name: "宽数", cells: { A1: { value: 123456789.5, numberFormat: "#,##0.00" } } });
    // Formatting far below the table stretches the used range; only rows with values are read.
    s.data.sheets.push({ name: "格式", cells: { B2: { value: "表" }, A3000: { numberFormat: "0.00" } } });
    const { host, seen } = setup(s.data);
    await host.check();
    const one = seen[0].sheets.find((x) => x.name === "说明")!;
    expect(one).toMatchObject({ origin: { row: 1, col: 1 }, values: [["仅供参考"]], text: [["仅供参考"]] });
    const wide = seen[0].sheets.find((x) => x.name === "宽数")!;
    expect(wide.text).toEqual([["123,456,789.50"]]);
    expect(seen[0].sheets.find((x) => x.name === "格式")).toMatchObject({
      origin: { row: 1, col: 0 },
      values: [[null, "表"]],
      formats: [["General", "General"]],
    });
  });

  it("outside WPS and without a workbook: one Chinese sentence", async () => {
    const host = createWpsHost({ app: () => null });
    expect(host.capabilities()).toEqual({ supported: false, annotations: "none", message: WPS_MESSAGES.outsideWps });
    await expect(host.check()).rejects.toEqual(new HostError(WPS_MESSAGES.outsideWps));
    const { fake, host: h2 } = setup(seed().data);
    expect(h2.capabilities()).toEqual({ supported: true, annotations: "notes" });
    fake.closeWorkbook();
    await expect(h2.check()).rejects.toEqual(new HostError(WPS_MESSAGES.noWorkbook));
    expect(h2.loadSettings()).toEqual({});
  });
});

describe("WPS host: our summary is known by the store, not by its name", () => {
  it("checks the user's 检查结果 like any sheet; ours takes a free name and is the one replaced and cleared", async () => {
    const s = seed();
    const users = sheetDataFromSnapshot(buildSeedSheet(SUMMARY_SHEET).builder.toSnapshot());
    const { fake, host, seen } = setup({ ...s.data, sheets: [...s.data.sheets, users] });
    const first = await host.check();
    const ours = `${SUMMARY_SHEET} (2)`;
    expect(first.summarySheet).toBe(ours);
    expect(first.report.tables.filter((t) => t.sheet === SUMMARY_SHEET)).toHaveLength(3);
    const usersA1 = fake.cell(SUMMARY_SHEET, "A1");
    const again = await host.check();
    expect(seen[1].own).toEqual([ours]);
    expect(again.report.tables.map((t) => t.sheet)).toEqual(first.report.tables.map((t) => t.sheet));
    expect(
      fake
        .sheetNames()
        .filter((n) => n.startsWith(SUMMARY_SHEET))
        .sort(),
    ).toEqual([SUMMARY_SHEET, ours]);
    await host.clearMarks();
    expect(fake.sheetNames()).toContain(SUMMARY_SHEET);
    expect(fake.sheetNames()).not.toContain(ours);
    expect(fake.sheetNames()).not.toContain(STORE_SHEET);
    expect(fake.cell(SUMMARY_SHEET, "A1")).toEqual(usersA1);
  });

  it("knows a summary of an older store (which names none) by its layout", async () => {
    const s = seed();
    const legacy = () => ({
      ...s.data,
      sheets: [
        ...s.data.sheets,
        { name: SUMMARY_SHEET, cells: { A1: { value: "绩效表检查结果" }, A3: { value: "标记颜色" } } },
        { name: STORE_SHEET, visibility: "VeryHidden" as const, cells: { A1: { value: STORE_HEADER } } },
      ],
    });
    const cleared = setup(legacy());
    await cleared.host.clearMarks();
    expect(cleared.fake.sheetNames()).toEqual([SHEET]);
    const checked = setup(legacy());
    const outcome = await checked.host.check();
    expect(checked.seen[0].own).toEqual([SUMMARY_SHEET]);
    expect(outcome.summarySheet).toBe(SUMMARY_SHEET);
    expect(outcome.report.tables.every((t) => t.sheet === SHEET)).toBe(true);
    expect(checked.fake.sheetNames().filter((n) => n.startsWith(SUMMARY_SHEET))).toEqual([SUMMARY_SHEET]);
  });
});

describe("WPS host: settings, select, tables, new sheets", () => {
  it("keeps settings in the workbook on a very hidden sheet the engine does not read", async () => {
    const s = seed();
    const { fake, host, seen } = setup(s.data);
    expect(host.loadSettings()).toEqual({});
    await host.saveSettings({ rules: { "budget-sum": "off" } });
    expect(fake.sheetVisibility(SETTINGS_SHEET)).toBe("VeryHidden");
    expect(fake.activeSheet()).toBe(SHEET);
    // A fresh host (the workbook reopened) reads them back, and the check obeys them.
    const again = createWpsHost({ now: clock });
    expect(again.loadSettings()).toEqual({ rules: { "budget-sum": "off" } });
    const outcome = await host.check();
    expect(outcome.report.findings.filter((f) => f.rule === "budget-sum")).toEqual([]);
    expect(seen[0].sheets.map((x) => x.name)).toEqual([SHEET]);
    await host.saveSettings({});
    expect(again.loadSettings()).toEqual({});
  });

  it("select activates the sheet and selects the cell; an unknown sheet is named", async () => {
    const s = seed();
    const { fake, host } = setup(s.data);
    await host.check();
    await host.select(SHEET, s.budget);
    expect(fake.selection()).toEqual({ sheet: SHEET, address: s.budget });
    await expect(host.select("无此表", "A1")).rejects.toEqual(
      new HostError("找不到工作表“无此表”，它可能已被重命名或删除：请重新检查。"),
    );
  });

  it("lists the seed's tables and makes a monitoring sheet from one, right after its source", async () => {
    const s = seed(false);
    s.data.sheets.push({ name: "附表", cells: { A1: { value: "其他" } } });
    const { fake, host } = setup(s.data);
    const tables = await host.listTables();
    expect(tables.map((t) => t.projectName)).toEqual(SEED_PROJECTS.map((p) => p.name));
    const name = await host.createSheet("monitoring", tables[1]);
    expect(fake.sheetNames()).toEqual([SHEET, name, "附表"]);
    expect(fake.activeSheet()).toBe(name);
    expect(fake.gridlines(name)).toBe(false);
    expect(fake.merges(name).length).toBeGreaterThan(0);
    // The new sheet reads back as a monitoring table of the same project.
    const listed = await host.listTables();
    const made = listed.find((t) => t.sheet === name);
    expect(made).toMatchObject({ kind: "monitoring", projectName: SEED_PROJECTS[1].name });
    // A second one gets a free name, never touching the first.
    const second = await host.createSheet("monitoring", tables[1]);
    expect(second).not.toBe(name);
    fake.protectStructure();
    await expect(host.createSheet("target")).rejects.toEqual(
      new HostError("工作簿结构受保护，无法新建工作表：请在“审阅”选项卡中撤消工作簿保护后再试。"),
    );
  });
});
