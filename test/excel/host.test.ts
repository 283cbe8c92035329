import {
  FILLS,
  linesFor,
  NOTE_PREFIX,
  rowHeight,
  parseA1,
  SUMMARY_SHEET,
  type CellRange,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../src/core";
import { createExcelHost, HostError, MESSAGES, STORE_SHEET, type ExcelHostOptions } from "../../src/excel";
import { STORE_HEADER } from "../../src/excel/store";
import { buildSeedSheet } from "../fixtures/seed";
import {
  installFakeOffice,
  sheetDataFromSnapshot,
  type FakeOptions,
  type FakeWorkbookData,
} from "../support/fake-excel";
import {
  budgetCell,
  buildSheets,
  handPlan,
  otherFundsCell,
  targetCell,
  workbookData,
  type BuiltSheet,
} from "./workbook";

const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const USER_BLUE = "#00B0F0";
const USER_NOTE = "请核对指标值（张三）";

/** The 10×5 workbook with things of the user's on cells the plans mark. */
function userWorkbook(sheets: BuiltSheet[]): FakeWorkbookData {
  const data = workbookData(sheets);
  const cells = (i: number) => data.sheets[i].cells as NonNullable<FakeWorkbookData["sheets"][number]["cells"]>;
  const t = (i: number, j: number) => sheets[i].tables[j];
  cells(0)[budgetCell(t(0, 0))].fill = USER_BLUE;
  cells(0)[targetCell(t(0, 0))].note = USER_NOTE;
  cells(2)[targetCell(t(2, 2))].fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" };
  cells(3)[otherFundsCell(t(3, 0))] = { numberFormat: "0.0000" };
  data.comments = [
    { sheet: sheets[1].builder.name, cell: budgetCell(t(1, 1)), content: "数据来自预算系统", replies: ["已核对"] },
  ];
  return data;
}

function setup(options: FakeOptions & { data?: FakeWorkbookData; host?: ExcelHostOptions } = {}) {
  const sheets = buildSheets();
  const data = options.data ?? userWorkbook(sheets);
  const fake = installFakeOffice(g, data, options);
  const seen: WorkbookSnapshot[] = [];
  let next = handPlan(sheets);
  const host = createExcelHost({
    engine: (snapshot) => {
      seen.push(snapshot);
      return next;
    },
    now: () => new Date(2026, 10, 23, 10, 30),
    ...options.host,
  });
  return {
    sheets,
    data,
    fake,
    host,
    seen,
    setPlan(p: ReturnType<typeof handPlan>) {
      next = p;
    },
  };
}

const count = (text: string | null, part: string) => (text ?? "").split(part).length - 1;
const sortRanges = (r: CellRange[] = []) => [...r].sort((a, b) => a.top - b.top || a.left - b.left);

describe("check", () => {
  it("reads 10 sheets with 50 tables and marks them in 4 syncs", async () => {
    const { fake, host, seen, sheets } = setup();
    const stages: string[] = [];
    fake.resetCounters();

    const outcome = await host.check((s) => stages.push(s));

    expect(fake.syncs).toBe(4);
    expect(stages).toEqual(["reading", "checking", "writing", "done"]);
    expect(outcome).toMatchObject({ marked: 100, written: 50 });
    expect(outcome.notice).toBeUndefined();

    // The snapshot is the workbook as laid out, sheet by sheet.
    expect(seen).toHaveLength(1);
    expect(seen[0].sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.builder.name));
    seen[0].sheets.forEach((got: SheetSnapshot, i) => {
      const want = sheets[i].builder.toSnapshot();
      if (i === 3) {
        const p = parseA1(otherFundsCell(sheets[3].tables[0]))!;
        want.formats![p.row][p.col] = "0.0000";
      }
      expect(got.origin).toEqual({ row: 0, col: 0 });
      expect(got.values).toEqual(want.values);
      expect(got.text).toEqual(want.text);
      expect(got.formats).toEqual(want.formats);
      expect(sortRanges(got.merges)).toEqual(sortRanges(want.merges));
    });

    const [s1, s2, s3] = sheets.map((s) => s.builder.name);
    const t0 = sheets[0].tables[0];
    expect(fake.cell(s1, budgetCell(t0)).fill?.color).toBe(FILLS.error);
    expect(fake.cell(s1, budgetCell(sheets[0].tables[4])).note).toContain("预算数与资金来源合计不等");
    // The user's note stays readable inside ours.
    const noted = fake.cell(s1, targetCell(t0));
    expect(noted.fill?.color).toBe(FILLS.warning);
    expect(noted.note?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(noted.note).toContain(USER_NOTE);
    // A patterned fill is painted solid.
    expect(fake.cell(s3, targetCell(sheets[2].tables[2])).fill).toMatchObject({
      color: FILLS.warning,
      pattern: "Solid",
    });
    // A cell with the user's comment thread gets a reply, not a note (Excel allows one or the other).
    const thread = fake.comments().find((c) => c.sheet === s2);
    expect(thread?.replies).toHaveLength(2);
    expect(thread?.replies[1]).toContain("预算数与资金来源合计不等");
    expect(fake.cell(s2, budgetCell(sheets[1].tables[1])).note).toBeNull();
    // Computed values go into blank cells with their format.
    expect(fake.cell(s1, otherFundsCell(t0))).toMatchObject({ value: 0, text: "0.00", numberFormat: "0.00" });

    expect(fake.sheetVisibility(STORE_SHEET)).toBe("VeryHidden");
    expect(fake.sheetNames().slice(-2).sort()).toEqual([STORE_SHEET, SUMMARY_SHEET].sort());
    expect(fake.cell(SUMMARY_SHEET, "A1")).toMatchObject({ value: "绩效表检查结果", bold: true });
    expect(fake.cell(SUMMARY_SHEET, "D3")).toMatchObject({
      value: budgetCell(t0),
      hyperlink: `'${s1}'!${budgetCell(t0)}`,
    });
    expect(fake.columnWidth(SUMMARY_SHEET, 2)).toBeGreaterThan(fake.columnWidth(SUMMARY_SHEET, 0)!);
  });

  it("keeps its own sheets and values out of the engine's sight on the next check", async () => {
    const { fake, host, seen, sheets } = setup();
    await host.check();
    fake.resetCounters();
    await host.check();
    expect(fake.syncs).toBe(4);
    // The summary is read, and named to the engine as ours by the store.
    const names = seen[1].sheets.map((s) => s.name).filter((n) => !seen[1].own?.includes(n));
    expect(seen[1].own).toEqual([SUMMARY_SHEET]);
    expect(names).not.toContain(STORE_SHEET);
    expect(names).not.toContain(SUMMARY_SHEET);
    // The 0 written last time reads as the blank the user left, so the engine plans it again.
    const p = parseA1(otherFundsCell(sheets[0].tables[0]))!;
    expect(seen[1].sheets[0].values[p.row][p.col]).toBeNull();
    expect(seen[0].sheets[0].values).toEqual(seen[1].sheets[0].values);
  });

  it("reads hidden sheets as hidden, and marks them", async () => {
    const sheets = buildSheets();
    const data = userWorkbook(sheets);
    data.sheets[5].visibility = "Hidden";
    const { fake, host, seen } = setup({ data });
    await host.check();
    expect(seen[0].sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([sheets[5].builder.name]);
    expect(fake.cell(sheets[5].builder.name, budgetCell(sheets[5].tables[0])).fill?.color).toBe(FILLS.error);
  });

  it("does not stack marks, and a fixed cell loses its red", async () => {
    const { fake, host, sheets, data, setPlan } = setup();
    await host.check();
    const s1 = sheets[0].builder.name;
    const s2 = sheets[1].builder.name;
    const fixed = budgetCell(sheets[0].tables[1]);
    fake.type(s1, fixed, 0.5);
    setPlan(handPlan(sheets, { skip: new Set([`${s1}!${fixed}`]) }));
    fake.resetCounters();

    const outcome = await host.check();

    expect(fake.syncs).toBe(4);
    expect(outcome.marked).toBe(99);
    expect(fake.cell(s1, fixed)).toMatchObject({ value: 0.5, fill: null, note: null });
    const noted = fake.cell(s1, targetCell(sheets[0].tables[0]));
    expect(count(noted.note, NOTE_PREFIX)).toBe(1);
    expect(count(noted.note, USER_NOTE)).toBe(1);
    expect(fake.cell(s1, budgetCell(sheets[0].tables[0])).fill?.color).toBe(FILLS.error);
    const thread = fake.comments().find((c) => c.sheet === s2);
    expect(thread?.replies.filter((r) => r.includes(NOTE_PREFIX))).toHaveLength(1);
    expect(fake.cell(s1, otherFundsCell(sheets[0].tables[0])).value).toBe(0);

    await host.clearMarks();
    const expected = installFakeOffice({}, data);
    expected.type(s1, fixed, 0.5);
    expect(fake.dump()).toEqual(expected.dump());
  });

  it("checks a protected sheet beside normal ones: findings for all, marks on the others, and says which were not marked", async () => {
    const sheets = buildSheets();
    const data = userWorkbook(sheets);
    data.sheets[2].protected = true;
    const { fake, host } = setup({ data });
    const name = sheets[2].builder.name;
    const before = fake.dump();

    const outcome = await host.check();

    // The report keeps every finding, the protected sheet's too; the others are marked.
    expect(outcome.report.findings.filter((f) => f.sheet === name)).toHaveLength(10);
    expect(outcome.marked).toBe(90);
    expect(outcome.unmarkedSheets).toEqual([name]);
    expect(outcome.notice).toBe(
      `工作表“${name}”受保护，其中 15 个单元格未标记（问题已列入“检查结果”工作表）：请在“审阅”选项卡中撤消工作表保护后重新检查。`,
    );
    expect(fake.cell(name, budgetCell(sheets[2].tables[0])).fill).toBeNull();
    expect(fake.cell(sheets[3].builder.name, budgetCell(sheets[3].tables[0])).fill?.color).toBe(FILLS.error);
    // The summary lists the protected sheet's findings and ends with the same sentence.
    const summary = (fake.dump() as { sheets: { name: string; cells: [string, { value: unknown }][] }[] }).sheets.find(
      (s) => s.name === SUMMARY_SHEET,
    );
    const values = summary?.cells.map(([, c]) => c.value) ?? [];
    expect(values.filter((v) => v === name).length).toBe(10);
    expect(values).toContain(outcome.notice);

    // Once unprotected, the next check marks it, and 清除标记 restores everything.
    fake.setProtected(name, false);
    const again = await host.check();
    expect(again.marked).toBe(100);
    expect(again.notice).toBeUndefined();
    await host.clearMarks();
    fake.setProtected(name, true);
    expect(fake.dump()).toEqual(before);
  });

  it("keeps the bookkeeping of a sheet protected since the last check, and restores it once unprotected", async () => {
    const { fake, host, sheets, data } = setup();
    await host.check();
    const name = sheets[6].builder.name;
    fake.setProtected(name, true);
    const outcome = await host.check();
    expect(outcome.unmarkedSheets).toEqual([name]);
    // Still marked from the first check: nothing could be written there.
    expect(fake.cell(name, budgetCell(sheets[6].tables[0])).fill?.color).toBe(FILLS.error);
    fake.setProtected(name, false);
    await host.clearMarks();
    expect(fake.dump()).toEqual(installFakeOffice({}, data).dump());
  });

  it("marks around a protected sheet that has nothing to mark", async () => {
    const sheets = buildSheets();
    const data = userWorkbook(sheets);
    data.sheets[2].protected = true;
    const { fake, host, setPlan } = setup({ data });
    const full = handPlan(sheets);
    const name = sheets[2].builder.name;
    full.plan.marks = full.plan.marks.filter((m) => m.sheet !== name);
    full.plan.writes = full.plan.writes.filter((w) => w.sheet !== name);
    setPlan(full);
    const outcome = await host.check();
    expect(outcome.marked).toBe(90);
    expect(fake.cell(name, budgetCell(sheets[2].tables[0])).fill).toBeNull();
  });

  it("a protected store sheet: points to 清除标记 (it cannot be unprotected), which clears it, then checks again", async () => {
    const { fake, host } = setup();
    const before = fake.dump();
    await host.check();
    fake.setProtected(STORE_SHEET, true);
    const marked = fake.dump();

    const error = await host.check().catch((e: unknown) => e);
    expect(error).toEqual(new HostError("检查记录表受保护，无法更新标记：请先点“清除标记”，再检查。"));
    expect(fake.dump()).toEqual(marked);

    expect(await host.clearMarks()).toBe(150);
    expect(fake.dump()).toEqual(before);
    expect((await host.check()).marked).toBe(100);
  });

  it("refuses a protected workbook structure and changes nothing", async () => {
    const sheets = buildSheets();
    const { fake, host } = setup({ data: { ...userWorkbook(sheets), protected: true } });
    const before = fake.dump();
    await expect(host.check()).rejects.toThrow("工作簿结构受保护");
    expect(fake.dump()).toEqual(before);
  });

  it("waits while a cell is being edited (delayForCellEdit), then checks", async () => {
    const { fake, host } = setup({ editMode: true });
    const before = fake.dump();
    let done = false;
    const check = host.check().then((o) => ((done = true), o));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(fake.dump()).toEqual(before);
    fake.setEditMode(false);
    expect((await check).marked).toBe(100);
  });

  it("says so when a cell is being edited and a selection cannot wait", async () => {
    const { fake, host, sheets } = setup({ editMode: true });
    await expect(host.select(sheets[0].builder.name, "A1")).rejects.toThrow(
      new HostError("Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再重试。"),
    );
    fake.setEditMode(false);
  });

  it("splits a write larger than one request into several, and restores all of it", async () => {
    const { fake, host, data } = setup({
      maxRequestBytes: 120_000,
      host: { requestBudget: 60_000, readBudget: { request: 60_000, response: 3_000_000 } },
    });
    const before = fake.dump();
    fake.resetCounters();
    const outcome = await host.check();
    expect(fake.syncs).toBeGreaterThan(4);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(120_000);
    expect(outcome.marked).toBe(100);
    const reference = installFakeOffice({}, data);
    expect(fake.comments()).toHaveLength(reference.comments().length);
    await host.clearMarks();
    expect(fake.dump()).toEqual(before);
  });

  it("reports a request Excel refuses as too large, and changes nothing", async () => {
    const { fake, host } = setup({ maxRequestBytes: 120_000, host: { requestBudget: 50_000_000 } });
    const before = fake.dump();
    await expect(host.check()).rejects.toThrow("超出了 Excel 单次请求的上限");
    expect(fake.dump()).toEqual(before);
  });
});

describe("our summary is known by the store, not by its name", () => {
  /** A sheet of the user's named 检查结果, holding a table. */
  function withUsersSummary() {
    const sheets = buildSheets();
    const data = userWorkbook(sheets);
    data.sheets.push(sheetDataFromSnapshot(buildSeedSheet(SUMMARY_SHEET).builder.toSnapshot()));
    return data;
  }

  it("leaves the user's 检查结果 to be checked; ours takes a free name, replaced on every check", async () => {
    const data = withUsersSummary();
    const { fake, host, seen } = setup({ data });
    const usersCells = fake.cell(SUMMARY_SHEET, "A1");
    const first = await host.check();
    expect(first.summarySheet).toBe(`${SUMMARY_SHEET} (2)`);
    expect(seen[0].sheets.map((s) => s.name)).toContain(SUMMARY_SHEET);
    expect(seen[0].own ?? []).toEqual([]);
    expect(fake.cell(`${SUMMARY_SHEET} (2)`, "A1").value).toBe("绩效表检查结果");
    await host.check();
    expect(seen[1].own).toEqual([`${SUMMARY_SHEET} (2)`]);
    expect(seen[1].sheets.map((s) => s.name)).toContain(SUMMARY_SHEET);
    expect(
      fake
        .sheetNames()
        .filter((n) => n.startsWith(SUMMARY_SHEET))
        .sort(),
    ).toEqual([SUMMARY_SHEET, `${SUMMARY_SHEET} (2)`]);
    expect(fake.cell(SUMMARY_SHEET, "A1")).toEqual(usersCells);
    await host.clearMarks();
    expect(fake.sheetNames()).toContain(SUMMARY_SHEET);
    expect(fake.sheetNames()).not.toContain(`${SUMMARY_SHEET} (2)`);
    expect(fake.cell(SUMMARY_SHEET, "A1")).toEqual(usersCells);
  });

  it("knows a summary of an older store (which names none) by its layout, and clears it", async () => {
    /** As an older add-in left it: our summary, and a store of entries only. */
    const legacy = () => {
      const data = userWorkbook(buildSheets());
      data.sheets.push(
        { name: SUMMARY_SHEET, cells: { A1: { value: "绩效表检查结果" }, A3: { value: "标记颜色" } } },
        { name: STORE_SHEET, visibility: "VeryHidden", cells: { A1: { value: STORE_HEADER } } },
      );
      return data;
    };
    const cleared = setup({ data: legacy() });
    expect(await cleared.host.clearMarks()).toBe(0);
    expect(cleared.fake.sheetNames()).not.toContain(SUMMARY_SHEET);
    expect(cleared.fake.sheetNames()).not.toContain(STORE_SHEET);
    const checked = setup({ data: legacy() });
    const outcome = await checked.host.check();
    expect(checked.seen[0].own).toEqual([SUMMARY_SHEET]);
    expect(outcome.summarySheet).toBe(SUMMARY_SHEET);
    expect(checked.fake.sheetNames().filter((n) => n.startsWith(SUMMARY_SHEET))).toEqual([SUMMARY_SHEET]);
  });
});

describe("clearMarks", () => {
  it("restores fills, notes, comments and blank cells exactly, in at most 4 syncs", async () => {
    const { fake, host } = setup();
    const before = fake.dump();
    await host.check();
    expect(fake.dump()).not.toEqual(before);
    fake.resetCounters();

    const restored = await host.clearMarks();

    expect(fake.syncs).toBe(4);
    expect(restored).toBe(150);
    expect(fake.dump()).toEqual(before);
    expect(fake.sheetNames()).not.toContain(SUMMARY_SHEET);
    expect(fake.sheetNames()).not.toContain(STORE_SHEET);
  });

  it("leaves what the user changed after the check: a new colour, a typed value", async () => {
    const { fake, host, sheets } = setup();
    await host.check();
    const s5 = sheets[4].builder.name;
    const t = sheets[4].tables[0];
    fake.paint(s5, budgetCell(t), "#92D050");
    fake.type(s5, otherFundsCell(t), 3);
    await host.clearMarks();
    expect(fake.cell(s5, budgetCell(t)).fill).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(fake.cell(s5, otherFundsCell(t)).value).toBe(3);
    expect(fake.cell(s5, budgetCell(t)).note).toBeNull();
  });

  it("does nothing, in 2 syncs, on a workbook never checked", async () => {
    const { fake, host } = setup();
    const before = fake.dump();
    fake.resetCounters();
    expect(await host.clearMarks()).toBe(0);
    expect(fake.syncs).toBe(2);
    expect(fake.dump()).toEqual(before);
  });

  it("refuses a sheet protected since the check, naming it", async () => {
    const { fake, host, sheets } = setup();
    await host.check();
    const marked = fake.dump();
    fake.setProtected(sheets[6].builder.name, true);
    await expect(host.clearMarks()).rejects.toThrow(`工作表“${sheets[6].builder.name}”受保护`);
    fake.setProtected(sheets[6].builder.name, false);
    expect(fake.dump()).toEqual(marked);
  });
});

describe("older Excel", () => {
  it("uses threaded comments where notes are missing (ExcelApi 1.10-1.17)", async () => {
    const sheets = buildSheets();
    const data = workbookData(sheets);
    const { fake, host } = setup({ apiVersion: "1.17", data });
    expect(host.capabilities()).toEqual({ supported: true, annotations: "comments", message: MESSAGES.comments });
    const before = fake.dump();
    fake.resetCounters();
    const outcome = await host.check();
    expect(fake.syncs).toBe(4);
    expect(outcome.notice).toBeUndefined();
    const comments = fake.comments();
    expect(comments).toHaveLength(150);
    expect(comments.every((c) => c.content.startsWith(NOTE_PREFIX))).toBe(true);
    expect(fake.cell(sheets[0].builder.name, budgetCell(sheets[0].tables[0])).note).toBeNull();

    await host.check();
    expect(fake.comments()).toHaveLength(150);
    await host.clearMarks();
    expect(fake.dump()).toEqual(before);
  });

  it("writes everything else when Excel refuses a comment on a cell holding a note", async () => {
    const { fake, host, sheets } = setup({ apiVersion: "1.17" });
    const before = fake.dump();
    const outcome = await host.check();
    expect(outcome.notice).toContain("检查结果");
    expect(fake.sheetNames()).toContain(SUMMARY_SHEET);
    expect(fake.cell(sheets[9].builder.name, budgetCell(sheets[9].tables[4])).fill?.color).toBe(FILLS.error);
    await host.clearMarks();
    expect(fake.dump()).toEqual(before);
  });

  it("refuses Excel older than the minimum API set, pointing to the command-line tool", async () => {
    const { fake, host } = setup({ apiVersion: "1.12" });
    const caps = host.capabilities();
    expect(caps.supported).toBe(false);
    expect(caps.message).toContain("命令行工具 jixiao-check");
    fake.resetCounters();
    await expect(host.check()).rejects.toThrow(new HostError(MESSAGES.tooOld));
    await expect(host.clearMarks()).rejects.toThrow(HostError);
    expect(fake.syncs).toBe(0);
  });

  it("says it runs outside Excel when Office is absent", () => {
    const host = createExcelHost();
    expect(host.capabilities()).toEqual({ supported: false, annotations: "none", message: MESSAGES.outsideExcel });
  });
});

describe("select, settings, tables", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { fake, host, sheets } = setup();
    fake.resetCounters();
    await host.select(sheets[7].builder.name, "F12");
    expect(fake.syncs).toBe(1);
    expect(fake.activeSheet()).toBe(sheets[7].builder.name);
    expect(fake.selection()).toEqual({ sheet: sheets[7].builder.name, address: "F12" });
    await expect(host.select("不存在", "A1")).rejects.toThrow("找不到工作表“不存在”");
  });

  it("keeps settings with the workbook under one key", async () => {
    const { fake, host } = setup();
    expect(host.loadSettings()).toEqual({});
    await host.saveSettings({ overTargetNotePercent: 20, rules: { "plan-final": "off" } });
    expect(fake.savedSettings()["jixiao-settings"]).toBe('{"overTargetNotePercent":20,"rules":{"plan-final":"off"}}');
    expect(host.loadSettings()).toEqual({ overTargetNotePercent: 20, rules: { "plan-final": "off" } });
  });

  it("reports a settings save that fails", async () => {
    const { host } = setup({ failSettingsSave: true });
    await expect(host.saveSettings({})).rejects.toThrow("设置未能保存到工作簿");
  });

  it("reads the settings afresh: what the pane saved reaches a check in the ribbon's runtime", async () => {
    const sheets = buildSheets(1, 1);
    const fake = installFakeOffice(g, workbookData(sheets));
    const ribbon = fake.runtime();
    await createExcelHost().saveSettings({ scoreTolerance: 0.5 });
    g.Excel = ribbon.Excel;
    g.Office = ribbon.Office;
    const got: unknown[] = [];
    const host = createExcelHost({
      engine: (_s, settings) => {
        got.push(settings);
        return handPlan(sheets);
      },
    });
    // The ribbon's runtime started before the pane saved: its copy is stale until refreshed.
    expect(host.loadSettings()).toEqual({});
    await host.check();
    expect(got).toEqual([{ scoreTolerance: 0.5 }]);
  });

  it("passes the saved settings to the engine", async () => {
    const sheets = buildSheets(1, 1);
    installFakeOffice(g, workbookData(sheets, { settings: { "jixiao-settings": '{"scoreTolerance":0.5}' } }));
    const got: unknown[] = [];
    const host = createExcelHost({
      engine: (_s, settings) => {
        got.push(settings);
        return handPlan(sheets);
      },
    });
    await host.check();
    expect(got).toEqual([{ scoreTolerance: 0.5 }]);
  });

  it("says what is wrong with saved settings the engine refuses", async () => {
    const sheets = buildSheets(1, 1);
    installFakeOffice(g, workbookData(sheets, { settings: { "jixiao-settings": '{"profile":"上海"}' } }));
    const host = createExcelHost();
    await expect(host.check()).rejects.toThrow(/^设置有误：没有名为“上海”的表格式，可选：central/);
  });
});

describe("with the real engine", () => {
  /** The 检查结果 row (0-based) whose column D holds `text`. */
  function findRow(fake: ReturnType<typeof installFakeOffice>, text: string): number {
    for (let r = 0; r < 100; r++) if (fake.cell(SUMMARY_SHEET, `D${r + 1}`).value === text) return r;
    throw new Error(`no summary row holds ${text}`);
  }

  function seedWorkbook(): FakeWorkbookData {
    return { name: "曹妃甸.xlsx", sheets: [sheetDataFromSnapshot(buildSeedSheet().builder.toSnapshot())] };
  }

  it("spans the overall result across the sheet when the summary is cut into small slices", async () => {
    const fake = installFakeOffice(g, seedWorkbook());
    // Small enough that the title and result rows travel without the 9-column header row.
    await createExcelHost({ requestBudget: 1_500 }).check();
    expect(fake.merges(SUMMARY_SHEET)).toContain("A2:I2");
  });

  it("sets the summary's print layout from the plan; the user's sheets keep theirs", async () => {
    const fake = installFakeOffice(g, seedWorkbook());
    const outcome = await createExcelHost().check();
    expect(outcome.report.findings.length).toBeGreaterThan(0);
    const head = Number(/^\$(\d+):/.exec(fake.print(SUMMARY_SHEET).titleRows ?? "")?.[1]);
    expect(fake.cell(SUMMARY_SHEET, `A${head}`).value).toBe("级别");
    expect(fake.print(SUMMARY_SHEET)).toEqual({
      orientation: "Landscape",
      printGridlines: true,
      printComments: "NoComments",
      titleRows: `$${head}:$${head}`,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fake.print("绩效目标表")).toEqual({
      orientation: "Portrait",
      printGridlines: false,
      printComments: "NoComments",
      titleRows: null,
      zoom: { scale: 100 },
    });
  });

  it("lists the seed's tables in 2 syncs", async () => {
    const fake = installFakeOffice(g, seedWorkbook());
    const host = createExcelHost();
    const tables = await host.listTables();
    expect(fake.syncs).toBe(2);
    expect(tables.map((t) => t.projectCode)).toEqual([
      "13020924P00056410001N",
      "13020924P000558100016",
      "13020924P00098810001T",
    ]);
    expect(tables[0]).toMatchObject({ sheet: "绩效目标表", kind: "target", projectName: "办公设备购置" });
  });

  it("checks the seed, marks its findings, and restores it", async () => {
    const fake = installFakeOffice(g, seedWorkbook());
    const host = createExcelHost();
    const before = fake.dump();
    const outcome = await host.check();
    expect(outcome.report.summary.tables).toBe(3);
    expect(outcome.marked).toBeGreaterThan(0);
    for (const f of outcome.report.findings) {
      expect(fake.cell(f.sheet, f.cell).note).toContain(f.message);
    }
    expect(fake.cell(SUMMARY_SHEET, "A2").value).toMatch(/^共 3 张表/);
    // The overall result spans the sheet, its fill across the whole row, as in the file host's copy.
    expect(fake.merges(SUMMARY_SHEET)).toContain("A2:I2");
    expect(fake.format(SUMMARY_SHEET, "I2")).toMatchObject({ fill: fake.format(SUMMARY_SHEET, "A2").fill, wrap: true });
    expect(fake.format(SUMMARY_SHEET, "A2").fill).not.toBeNull();
    // Messages wrap in their column, top-aligned, each row as tall as its message: not one line cut off at E.
    const first = outcome.report.findings[0];
    const row = findRow(fake, first.message);
    expect(fake.format(SUMMARY_SHEET, `D${row + 1}`)).toMatchObject({ wrap: true, verticalAlignment: "Top" });
    expect(fake.format(SUMMARY_SHEET, `A${row + 1}`)).toMatchObject({ wrap: false, verticalAlignment: "Top" });
    expect(linesFor(first.message, 60)).toBeGreaterThan(1);
    expect(fake.rowHeight(SUMMARY_SHEET, row)).toBe(rowHeight(linesFor(first.message, 60)));
    // The headline fits one line: Excel's own height.
    expect(fake.rowHeight(SUMMARY_SHEET, 0)).toBeNull();
    const second = await host.check();
    expect(second.report).toEqual(outcome.report);
    await host.clearMarks();
    expect(fake.dump()).toEqual(before);
  });
});
