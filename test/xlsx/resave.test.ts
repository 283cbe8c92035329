/**
 * A marked copy the user opened and saved (re-serialised by exceljs, or by LibreOffice), and a
 * workbook an add-in marked: the record's splices no longer match, so the marks are undone cell by
 * cell from the record's entries. Re-checking gives one summary, a fixed cell loses its red and no
 * note is stacked on ours; clearing leaves no mark, note or sheet of ours, and the user's own fills,
 * notes and values as they were.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { FILLS, LIGHT_FILLS, NOTE_PREFIX, SUMMARY_SHEET, type SheetSnapshot } from "../../src/core";
import { decodeStore, encodeStore, STORE_SHEET, type StoreEntry } from "../../src/excel/store";
import { checkPackage, clearPackage, readPackage } from "../../src/xlsx/package";
import { parseStyles } from "../../src/xlsx/package/styles";
import { monitoringSheet, type MonitoringFill } from "../core/rules/in-year";
import { cloneProject, SEED_PROJECTS } from "../fixtures/seed";
import { partTexts, sheetXml } from "../fixtures/package";
import { buildScenario, MARKED } from "../fixtures/preserve";
import { loadBuffer, seedWorkbook, toBuffer } from "../fixtures/xlsx";
import { convert, hasLibreOffice } from "../fixtures/libreoffice";

const NOW = new Date(2026, 10, 23, 10, 30);
const SHEET = "有错的表";
const OUR_COLOURS = new Set([...Object.values(FILLS), ...Object.values(LIGHT_FILLS)].map((c) => `FF${c.slice(1)}`));
const USER_FILL = "FF92D050";
const MONITORING = "监控表";
const pct = (x: number) => ({ value: x, numFmt: "0%" });
/** 6月底 with 监控结果 blank: the check computes the lights and writes them in. */
const HALF_YEAR: MonitoringFill = {
  spend: [22, 40],
  actual: [15, pct(0.96), "完成", "是", "否", 0.5],
  forecast: [40, pct(0.96), pct(0.95), "是", "否", pct(0.9)],
  chance: ["确定能", "确定能", null, "确定能", "确定能", "有可能"],
  reason: ["上半年大型会议少，下半年集中接待"],
};

/** A sheet snapshot's values, formats and merges as a worksheet. */
function addSnapshotSheet(wb: ExcelJS.Workbook, snap: SheetSnapshot): void {
  const ws = wb.addWorksheet(snap.name);
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const fmt = snap.formats?.[r]?.[c];
      if (fmt && fmt !== "General") cell.numFmt = fmt;
    }),
  );
  for (const m of snap.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/**
 * The seed workbook with a budget-sum error in C4, the user's note on it, a user fill and a note
 * elsewhere; and a monitoring sheet whose blank 监控结果 cells the check fills in.
 */
function userBook(): ExcelJS.Workbook {
  const p = cloneProject(0);
  p.fiscal = 0.8;
  const wb = seedWorkbook(SHEET, [p, SEED_PROJECTS[1]]);
  const ws = wb.worksheets[0];
  ws.getCell("C4").note = "用户自己的备注";
  ws.getCell("A37").value = "备注格";
  ws.getCell("A37").note = "用户的另一条备注";
  ws.getCell("A36").value = "用户的值";
  ws.getCell("A36").fill = { type: "pattern", pattern: "solid", fgColor: { argb: USER_FILL } };
  addSnapshotSheet(wb, monitoringSheet(1, HALF_YEAR, MONITORING));
  return wb;
}

async function userWorkbook(): Promise<Uint8Array> {
  return new Uint8Array(await toBuffer(userBook()));
}

/** A cell's fill set on a loaded workbook without touching the style object it shares with other cells. */
function setFill(cell: ExcelJS.Cell, argb: string): void {
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
}

function noteText(cell: ExcelJS.Cell): string | null {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return null;
  if (typeof n === "string") return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
}

interface CellView {
  value: unknown;
  fill: string | null;
  note: string | null;
}

/** Every cell of the user's sheets as exceljs reads it: value, fill colour (argb or theme) and note. */
async function cells(bytes: Uint8Array): Promise<Map<string, CellView>> {
  const wb = await loadBuffer(Buffer.from(bytes));
  const out = new Map<string, CellView>();
  for (const sheet of [SHEET, MONITORING]) sheetCells(wb, sheet, out);
  return out;
}

function sheetCells(wb: ExcelJS.Workbook, sheet: string, out: Map<string, CellView>): void {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return;
  const at = (a: string) => (sheet === SHEET ? a : `${sheet}!${a}`);
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const f = c.fill as ExcelJS.FillPattern | undefined;
      const colour = f?.type === "pattern" && f.pattern !== "none" ? f.fgColor : undefined;
      const fill = colour ? (colour.argb ?? `theme:${String((colour as { theme?: number }).theme)}`) : null;
      const value = c.value === null || c.value === undefined || c.value === "" ? null : c.value;
      const view = { value, fill, note: noteText(c) };
      if (view.value !== null || view.fill !== null || view.note !== null) out.set(at(c.address), view);
    }),
  );
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  return readPackage(bytes).sheets.map((s) => s.name);
}

/** The copy opened and saved by a program that rewrites every part (exceljs). */
async function resaveExceljs(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await loadBuffer(Buffer.from(bytes));
  return new Uint8Array(await toBuffer(wb));
}

/** Every relationship's target and every content-type override names a part the package has. */
function danglingRefs(bytes: Uint8Array): string[] {
  const parts = partTexts(bytes);
  const has = (n: string) => [...parts.keys()].some((k) => k.toLowerCase() === n.toLowerCase());
  const out: string[] = [];
  for (const [name, xml] of parts) {
    if (!name.endsWith(".rels")) continue;
    const dir = name.replace(/_rels\/[^/]*$/, "");
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])?.[1] ?? "";
      const resolved = path.posix.normalize(target.startsWith("/") ? target.slice(1) : dir + target);
      if (!has(resolved)) out.push(`${name} -> ${target}`);
    }
  }
  for (const m of (parts.get("[Content_Types].xml") ?? "").matchAll(/PartName="\/([^"]*)"/g))
    if (!has(m[1])) out.push(`override ${m[1]}`);
  return out;
}

/** What clearing must give: the user's sheet as it was, nothing of ours anywhere, no reference left dangling. */
async function expectCleared(cleared: Uint8Array, original: Uint8Array): Promise<void> {
  expect(await sheetNames(cleared)).toEqual(await sheetNames(original));
  expect(danglingRefs(cleared)).toEqual([]);
  // The marked sheets' print setup as it was: no notes printed at the end, no sheet-name header of ours.
  for (const sheet of [SHEET, MONITORING]) {
    const print = (bytes: Uint8Array) => {
      const xml = sheetXml(bytes, sheet);
      return [/cellComments="([^"]*)"/.exec(xml)?.[1] ?? null, /&amp;A/.test(xml)];
    };
    expect([sheet, ...print(cleared)]).toEqual([sheet, ...print(original)]);
  }
  const got = await cells(cleared);
  for (const [, c] of got) {
    expect(c.fill === null || !OUR_COLOURS.has(c.fill)).toBe(true);
    expect(c.note ?? "").not.toContain(NOTE_PREFIX);
  }
  expect(got).toEqual(await cells(original));
}

/** What re-checking must give: one summary, one record, C4 red with one note of ours over the user's. */
async function expectRechecked(bytes: Uint8Array): Promise<void> {
  const r = checkPackage(bytes, { name: "用户.xlsx", now: NOW });
  const copy = r.copy as Uint8Array;
  const names = await sheetNames(copy);
  expect(names).toEqual([SHEET, MONITORING, SUMMARY_SHEET, STORE_SHEET]);
  const got = await cells(copy);
  expect(got.get("C4")?.fill).toBe(`FF${FILLS.error.slice(1)}`);
  const note = got.get("C4")?.note ?? "";
  expect(note.split(NOTE_PREFIX)).toHaveLength(2);
  expect(note.split("原备注：")).toHaveLength(2);
  expect(note).toContain("用户自己的备注");
  expect(got.get("A36")).toEqual({ value: "用户的值", fill: USER_FILL, note: null });
  expect(got.get("A37")?.note).toBe("用户的另一条备注");
  // The monitoring sheet's blank 监控结果 got its light, coloured, once.
  expect(got.get(`${MONITORING}!I13`)).toMatchObject({ value: "红", fill: `FF${LIGHT_FILLS.red.slice(1)}` });
  expect(got.get(`${MONITORING}!I13`)?.note?.split(NOTE_PREFIX)).toHaveLength(2);
}

/** The copy with C4's error fixed (财政资金 E4 back to 0.81), as the user would. */
async function fixC4(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await loadBuffer(Buffer.from(bytes));
  wb.getWorksheet(SHEET)!.getCell("E4").value = 0.81;
  return new Uint8Array(await toBuffer(wb));
}

describe("a marked copy saved again by a program that rewrites every part (exceljs)", () => {
  let original: Uint8Array;
  let resaved: Uint8Array;

  beforeAll(async () => {
    original = await userWorkbook();
    const copy = checkPackage(original, { name: "用户.xlsx", now: NOW }).copy as Uint8Array;
    resaved = await resaveExceljs(copy);
    // The premise: exceljs rewrote the parts the record's splices describe.
    const a = unzipSync(copy)["xl/workbook.xml"];
    const b = unzipSync(resaved)["xl/workbook.xml"];
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).not.toBe(0);
    expect((await cells(resaved)).get("C4")?.fill).toBe(`FF${FILLS.error.slice(1)}`);
    expect(sheetXml(resaved, SHEET)).toContain("&amp;A");
  });

  it("clear takes every mark, note, value and sheet of ours away and keeps the user's", async () => {
    await expectCleared(clearPackage(resaved), original);
  });

  it("changes no cell format another cell may share: the restored ones are added (or already there)", () => {
    const xfs = (bytes: Uint8Array) =>
      parseStyles(partTexts(bytes).get("xl/styles.xml") as string).lists.cellXfs?.items ?? [];
    const before = xfs(resaved);
    const after = xfs(clearPackage(resaved));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThanOrEqual(before.length);
  });

  it("checking it again gives one summary and one note of ours on C4", async () => {
    await expectRechecked(resaved);
  });

  it("a cell fixed since loses its red", async () => {
    const fixed = await fixC4(resaved);
    const copy = checkPackage(fixed, { name: "用户.xlsx", now: NOW }).copy as Uint8Array;
    const c4 = (await cells(copy)).get("C4");
    expect(c4?.fill).toBeNull();
    expect(c4?.note).toBe("用户自己的备注");
  });

  it("a cell the user coloured since keeps the user's colour", async () => {
    const wb = await loadBuffer(Buffer.from(resaved));
    setFill(wb.getWorksheet(SHEET)!.getCell("C4"), "FF00B0F0");
    const cleared = clearPackage(new Uint8Array(await toBuffer(wb)));
    expect((await cells(cleared)).get("C4")?.fill).toBe("FF00B0F0");
  });

  it("a value of ours the user typed over stays the user's", async () => {
    const store = readPackage(resaved).snapshot.sheets.find((s) => s.name === STORE_SHEET);
    const wrote = decodeStore(store?.values).filter((e) => e.wrote);
    expect(wrote.length).toBeGreaterThan(0);
    const wb = await loadBuffer(Buffer.from(resaved));
    expect(wrote.every((e) => e.sheet === MONITORING)).toBe(true);
    wb.getWorksheet(MONITORING)!.getCell(wrote[0].cell).value = "绿";
    const cleared = await cells(clearPackage(new Uint8Array(await toBuffer(wb))));
    expect(cleared.get(`${MONITORING}!${wrote[0].cell}`)?.value).toBe("绿");
    for (const e of wrote.slice(1)) expect(cleared.get(`${MONITORING}!${e.cell}`)).toBeUndefined();
  });
});

describe("a marked copy of which one part was rewritten", () => {
  it("is undone cell by cell, print setup too: no notes printed at the end, no sheet-name header of ours", async () => {
    const original = await userWorkbook();
    const copy = checkPackage(original, { name: "用户.xlsx", now: NOW }).copy as Uint8Array;
    const files = unzipSync(copy);
    const part = readPackage(copy).sheets.find((s) => s.name === SHEET)?.part as string;
    // The sheet part alone saved again (its XML declaration dropped): the record's splices no longer fit it.
    const xml = new TextDecoder().decode(files[part]);
    expect(xml).toMatch(/cellComments="atEnd"[^]*&amp;A/);
    files[part] = strToU8(xml.replace(/^<\?xml[^>]*\?>\s*/, ""));
    await expectCleared(clearPackage(zipSync(files)), original);
  });
});

describe("a marked copy under a SpreadsheetML prefix (as the Open XML SDK writes), one part rewritten", () => {
  it("is undone cell by cell in that prefix: every part as it was, but for the cells' restored formats", async () => {
    const original = await buildScenario("prefixed");
    const copy = checkPackage(original, { name: "a.xlsx", now: NOW }).copy as Uint8Array;
    const files = unzipSync(copy);
    const part = readPackage(copy).sheets.find((s) => s.name === MARKED)?.part as string;
    files[part] = strToU8(new TextDecoder().decode(files[part]).replace(/^<\?xml[^>]*\?>\s*/, ""));
    const cleared = partTexts(clearPackage(zipSync(files)));
    const before = partTexts(original);
    // Style indexes aside (restored formats are new ones), the declaration the rewrite dropped, and
    // the workbook view we added to open on our summary (its first tab is the default anyway).
    const plain = (t: string | undefined) =>
      (t ?? "")
        .replace(/^<\?xml[^>]*\?>\s*/, "")
        .replace(/ s="\d+"/g, "")
        .replace('<x:bookViews><x:workbookView activeTab="0"/></x:bookViews>', "");
    expect([...cleared.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, text] of before) {
      if (name === "xl/styles.xml") continue;
      expect([name, plain(cleared.get(name))]).toEqual([name, plain(text)]);
    }
  });
});

describe("a workbook the Excel or WPS add-in marked (entries only, no package record)", () => {
  /** As the add-in leaves it: C4 red with our note over the user's, our summary, the store naming it. */
  async function addinMarked(summaryName: string): Promise<{ original: Uint8Array; marked: Uint8Array }> {
    const book = () => {
      const wb = userBook();
      if (summaryName !== SUMMARY_SHEET) wb.addWorksheet(SUMMARY_SHEET).getCell("A1").value = "用户自己的检查结果表";
      return wb;
    };
    const before = book();
    const wb = book();
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell("C4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FILLS.error.slice(1)}` } };
    ws.getCell("C4").note = `${NOTE_PREFIX}预算数与资金来源合计不等\n\n原备注：用户自己的备注`;
    const summary = wb.addWorksheet(summaryName);
    summary.getCell("A1").value = "绩效表检查结果";
    summary.getCell("A3").value = "标记颜色";
    const entries: StoreEntry[] = [
      {
        sheet: SHEET,
        cell: "C4",
        paint: FILLS.error,
        fill: { color: "#FFFFFF", pattern: "None" },
        note: { before: "用户自己的备注" },
      },
    ];
    wb.addWorksheet(STORE_SHEET, { state: "veryHidden" }).addRows(encodeStore(entries, { summary: summaryName }));
    return {
      original: new Uint8Array(await toBuffer(before)),
      marked: new Uint8Array(await toBuffer(wb)),
    };
  }

  it("is cleared back to the user's workbook", async () => {
    const { original, marked } = await addinMarked(SUMMARY_SHEET);
    await expectCleared(clearPackage(marked), original);
  });

  it("is checked with the earlier marks removed first: one summary, one note", async () => {
    const { marked } = await addinMarked(SUMMARY_SHEET);
    await expectRechecked(marked);
  });

  it("its summary is the one the store names; the user's own 检查结果 stays and is checked like any sheet", async () => {
    const { original, marked } = await addinMarked(`${SUMMARY_SHEET} (2)`);
    const cleared = clearPackage(marked);
    expect(await sheetNames(cleared)).toEqual([SHEET, MONITORING, SUMMARY_SHEET]);
    await expectCleared(cleared, original);
  });
});

describe("our summary is known by our record, not by its name", () => {
  it("a sheet of the user's named 检查结果 holding a table is checked; ours is not", async () => {
    const p = cloneProject(1);
    p.fiscal = 1;
    const wb = seedWorkbook(SHEET, [SEED_PROJECTS[0]]);
    const own = seedWorkbook(SUMMARY_SHEET, [p]).worksheets[0];
    const copyTo = wb.addWorksheet(SUMMARY_SHEET);
    own.eachRow((row, r) => row.eachCell((c, k) => (copyTo.getCell(r, k).value = c.value)));
    const bytes = new Uint8Array(await toBuffer(wb));
    const r = checkPackage(bytes, { name: "a.xlsx", now: NOW });
    expect(r.result.report.tables.map((t) => t.sheet)).toEqual([SHEET, SUMMARY_SHEET]);
    expect(r.result.report.findings.some((f) => f.sheet === SUMMARY_SHEET && f.rule === "budget-sum")).toBe(true);
    // Checked again (the copy, and the copy saved by exceljs): our summary is not read as a table sheet.
    const copy = r.copy as Uint8Array;
    expect(await sheetNames(copy)).toEqual([SHEET, SUMMARY_SHEET, `${SUMMARY_SHEET} (2)`, STORE_SHEET]);
    for (const again of [copy, await resaveExceljs(copy)]) {
      const r2 = checkPackage(again, { name: "a.xlsx", now: NOW });
      expect(r2.result.report.tables.map((t) => t.sheet)).toEqual([SHEET, SUMMARY_SHEET]);
      expect(await sheetNames(r2.copy as Uint8Array)).toEqual([
        SHEET,
        SUMMARY_SHEET,
        `${SUMMARY_SHEET} (2)`,
        STORE_SHEET,
      ]);
    }
  });
});

describe("theme and indexed fills", () => {
  /** The seed workbook with C4 filled by a theme colour (with tint) and C18 by an indexed one, in styles.xml. */
  async function themed(): Promise<Uint8Array> {
    const p = cloneProject(0);
    p.fiscal = 0.8;
    const q = cloneProject(1);
    q.fiscal = 1;
    const files = unzipSync(new Uint8Array(await toBuffer(seedWorkbook(SHEET, [p, q]))));
    const text = (n: string) => new TextDecoder().decode(files[n]);
    let styles = text("xl/styles.xml");
    const fills = /<fills count="(\d+)">/.exec(styles);
    const xfs = /<cellXfs count="(\d+)">/.exec(styles);
    if (!fills || !xfs) throw new Error("styles without fills or cellXfs");
    const nFills = Number(fills[1]);
    const nXfs = Number(xfs[1]);
    styles = styles
      .replace(fills[0], `<fills count="${nFills + 2}">`)
      .replace(
        "</fills>",
        '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>' +
          '<fill><patternFill patternType="solid"><fgColor indexed="13"/><bgColor indexed="64"/></patternFill></fill></fills>',
      )
      .replace(xfs[0], `<cellXfs count="${nXfs + 2}">`)
      .replace(
        "</cellXfs>",
        `<xf numFmtId="2" fontId="0" fillId="${nFills}" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"/>` +
          `<xf numFmtId="2" fontId="0" fillId="${nFills + 1}" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"/></cellXfs>`,
      );
    files["xl/styles.xml"] = strToU8(styles);
    const sheet = text("xl/worksheets/sheet1.xml")
      .replace(/<c r="C4" s="\d+"/, `<c r="C4" s="${nXfs}"`)
      .replace(/<c r="C21" s="\d+"/, `<c r="C21" s="${nXfs + 1}"`);
    expect(sheet).toContain(`<c r="C4" s="${nXfs}"`);
    expect(sheet).toContain(`<c r="C21" s="${nXfs + 1}"`);
    files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
    return zipSync(files);
  }

  it("are recorded as the colour shown with the fill itself, and come back after a re-save", async () => {
    const original = await themed();
    const r = checkPackage(original, { name: "a.xlsx", now: NOW });
    const marked = r.result.report.findings.filter((f) => f.rule === "budget-sum").map((f) => f.cell);
    expect(marked).toEqual(expect.arrayContaining(["C4", "C21"]));
    const copy = r.copy as Uint8Array;
    const store = readPackage(copy).snapshot.sheets.find((s) => s.name === STORE_SHEET);
    const entries = decodeStore(store?.values);
    const c4 = entries.find((e) => e.cell === "C4")?.fill;
    const c21 = entries.find((e) => e.cell === "C21")?.fill;
    // exceljs's theme's accent 1 (#4F81BD) lightened 80%, and palette entry 13 (yellow): never white.
    expect(c4).toMatchObject({ color: "#DCE6F2", pattern: "Solid" });
    expect(c4?.xml).toContain('theme="4"');
    expect(c21).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(c21?.xml).toContain('indexed="13"');
    const before = await cells(original);
    expect(before.get("C4")?.fill).toBe("theme:4");
    // Exact from the record, and cell by cell after exceljs rewrote the copy.
    for (const cleared of [clearPackage(copy), clearPackage(await resaveExceljs(copy))]) {
      const after = await cells(cleared);
      expect(after.get("C4")).toEqual(before.get("C4"));
      expect(after.get("C21")).toEqual(before.get("C21"));
      const wb = await loadBuffer(Buffer.from(cleared));
      const fill = wb.getWorksheet(SHEET)!.getCell("C21").fill as ExcelJS.FillPattern;
      expect(fill.fgColor).toMatchObject({ indexed: 13 });
    }
  });
});

const available = hasLibreOffice();
const maybe = available ? describe : describe.skip;
if (!available) process.stderr.write("LibreOffice not installed: the LibreOffice re-save in resave.test.ts skipped\n");

maybe("a marked copy saved again by LibreOffice", () => {
  let dir: string;
  let original: Uint8Array;
  let resaved: Uint8Array;

  /** Saves `bytes` as LibreOffice would (headless convert to xlsx). */
  async function resaveLibreOffice(bytes: Uint8Array, name: string): Promise<Uint8Array> {
    const file = path.join(dir, `${name}.xlsx`);
    await fs.writeFile(file, bytes);
    return new Uint8Array(await fs.readFile(convert(dir, [file], "xlsx")[0]));
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-resave-"));
    // The original as LibreOffice saves it, so its own cells read back as LibreOffice writes them.
    original = await resaveLibreOffice(await userWorkbook(), "original");
    const copy = checkPackage(original, { name: "用户.xlsx", now: NOW }).copy as Uint8Array;
    resaved = await resaveLibreOffice(copy, "marked");
    expect((await cells(resaved)).get("C4")?.fill).toBe(`FF${FILLS.error.slice(1)}`);
  }, 240_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("clear takes every mark, note, value and sheet of ours away and keeps the user's; LibreOffice opens it", async () => {
    const cleared = clearPackage(resaved);
    await expectCleared(cleared, original);
    const file = path.join(dir, "cleared.xlsx");
    await fs.writeFile(file, cleared);
    const pdf = convert(dir, [file], "pdf")[0];
    expect((await fs.readFile(pdf)).subarray(0, 4).toString()).toBe("%PDF");
  }, 240_000);

  it("checking it again gives one summary and one note of ours on C4", async () => {
    await expectRechecked(resaved);
  });

  it("a cell fixed since loses its red", async () => {
    const copy = checkPackage(await fixC4(resaved), { name: "用户.xlsx", now: NOW }).copy as Uint8Array;
    expect((await cells(copy)).get("C4")?.fill).toBeNull();
  });
});
